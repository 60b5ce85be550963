/**
 * The speaker read from the words after a speech verb (`mentionAfter`): "said Smith", "said John
 * Smith, the mayor", "said former prime minister Jane Holt", "said the agency's Azra Khan".
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import type { Mention } from './types.js';
import {
  bare,
  PRONOUNS,
  isPossessive,
  isOnlyTitles,
  isTitleOrRole,
  NOMINAL_STOPS,
  DETERMINERS,
  DEFINITE,
  GROUP_NOUNS,
} from './words.js';
import { nameRunAt, jointAfter, splitTitleRun } from './names.js';
import { oneWithModifierStart, GROUP_WITH_MODIFIER_START } from './unnamed.js';
import { documentIssuedBy } from './documents.js';
import { partyMemberAfter, AFFILIATION_LINKS, affiliationAfter } from './affiliations.js';
import { servesThrough } from './serving.js';
import { headsDescriptionAfter } from './noun-adjunct.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_SMALL = /^\p{Ll}/u;
const SMALL_WORD = /^\p{Ll}[\p{L}-]*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * Reads the speaker right after a speech verb: "said Smith", "said John Smith, the mayor",
 * "said former prime minister Jane Holt", "said the ministry".
 */
export function mentionAfter(post: string): Mention | null {
  const words = post.trimStart().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return null;
  const firstBare = bare(first);
  if (PRONOUNS.has(lowerCase(firstBare))) return { kind: 'pronoun', text: lowerCase(firstBare) };
  // Titles and affiliations before a name ("said former prime minister Jane Holt", "said
  // Rockets head coach Tom Baxter"): the speaker is the last capitalised run in that stretch.
  let best: string[] = [];
  let bestEnd = 0;
  let i = 0;
  while (i < words.length && i < 10) {
    const run = nameRunAt(words, i);
    if (run.tokens.length > 0) {
      const possessive = isPossessive(words[run.end - 1]!);
      if (!isOnlyTitles(run.tokens) && !possessive) {
        best = run.tokens;
        bestEnd = run.end;
      }
      if (
        run.stopped ||
        (!possessive && !isOnlyTitles(run.tokens) && !OPENS_SMALL.test(words[run.end] ?? ''))
      )
        break;
      i = run.end;
      continue;
    }
    const w = bare(words[i]!);
    // Lower-case descriptors before a name ("said regulator Ines Duarte"), but never a
    // preposition or determiner ("said in a statement").
    // Numbers and ages describe too ("said 9/11 survivor Rita Lomax", "says 16-year-old Eli Ward").
    const numeric = i < 3 && /^\d[\p{L}\d/-]*$/u.test(w);
    // "said fish and chip shop owner Jody Kerr": "and" may join two descriptors.
    // "said Arts Council president and CEO Jo Carden": or a title in capitals.
    const next = words[i + 1] ?? '';
    const joins = w === 'and' && i > 0 && (SMALL_WORD.test(next) || isTitleOrRole(bare(next)));
    if (
      (numeric || OPENS_SMALL.test(w)) &&
      words[i] === w &&
      (numeric || joins || isTitleOrRole(w) || (i < 5 && !NOMINAL_STOPS.has(w) && !DETERMINERS.has(w)))
    ) {
      i++;
      continue;
    }
    break;
  }
  // "says House." — a lone title word closing the tag may be a surname; the resolver decides.
  if (best.length === 0) {
    const lone = nameRunAt(words, 0);
    if (
      lone.tokens.length === 1 &&
      lone.stopped &&
      isOnlyTitles(lone.tokens) &&
      CAPITALISED_WORD.test(lone.tokens[0]!)
    )
      return { kind: 'name', text: lone.tokens[0]!, appositive: null };
  }
  if (best.length > 0) {
    const joint = jointAfter(words, best, bestEnd);
    if (joint) return { kind: 'name', text: joint.text, appositive: null, together: joint.together };
    const rest = words.slice(bestEnd).join(' ');
    // Not past the sentence's end: "said Jo Carden. The evening's ..." has no apposition.
    const closed = /\.$/.test(words[bestEnd - 1] ?? '') && !SINGLE_INITIAL.test(words[bestEnd - 1] ?? '');
    const appositive = closed ? null : (/^,?\s*((?:the|a|an)\s[^,.;]{2,100})/i.exec(rest)?.[1] ?? null);
    return { kind: 'name', text: best.join(' '), appositive };
  }
  const det = lowerCase(firstBare);
  const owned = possessedName(words);
  if (owned) return owned;
  const source = oneWithModifierStart(post.trimStart());
  if (source) return source;
  const issued = documentIssuedBy(words);
  if (issued) return issued;
  const member = partyMemberAfter(words);
  if (member) return member;
  if (DETERMINERS.has(det) || isPossessive(firstBare)) {
    const phrase: string[] = [first];
    let head = '';
    for (let k = 1; k < words.length && k < 7; k++) {
      const w = bare(words[k]!);
      if (NOMINAL_STOPS.has(lowerCase(w))) {
        // "said a spokeswoman for the water authority": a person's noun keeps its body, as written.
        const linked = AFFILIATION_LINKS.has(w) || servesThrough(w, head);
        const body = words[k] === w && linked ? affiliationAfter(words, k, head) : null;
        if (body) phrase.push(w, ...body);
        break;
      }
      // "according to his trainer Ivo Brandt", "said the club's chairman Tom Vane": a name
      // after the described role is the speaker, the description its apposition. Not a
      // capitalised run a person's noun follows ("said a senior Ohio official"): that run is a
      // modifier and the phrase goes on to its head (mentions/noun-adjunct.ts).
      if (k >= 2 && OPENS_CAPITAL.test(w) && OPENS_SMALL.test(head)) {
        const named = nameRunAt(words, k);
        if (
          named.tokens.length > 0 &&
          !isOnlyTitles(named.tokens) &&
          !headsDescriptionAfter(words, named.end)
        )
          return { kind: 'name', text: named.tokens.join(' '), appositive: phrase.join(' ') };
      }
      phrase.push(w);
      head = lowerCase(w);
      if (words[k] !== w) break;
    }
    if (head) {
      // "says Moreau's sister, Claire Dubois": a name in apposition names the speaker outright.
      const apposed = words[phrase.length - 1]?.endsWith(',') ? nameRunAt(words, phrase.length) : null;
      if (apposed && apposed.tokens.length > 0 && !isOnlyTitles(apposed.tokens))
        return { kind: 'name', text: apposed.tokens.join(' '), appositive: phrase.join(' ') };
      return {
        kind: 'nominal',
        text: phrase.join(' '),
        head,
        definite: DEFINITE.has(det) || isPossessive(firstBare),
      };
    }
  }
  if (GROUP_NOUNS.has(lowerCase(firstBare))) {
    const modified = GROUP_WITH_MODIFIER_START.exec(post.trimStart())?.[0];
    const text = modified ? modified.replace(/[\s,;:.!?]+$/, '') : lowerCase(firstBare);
    return { kind: 'nominal', text, head: lowerCase(firstBare), definite: false };
  }
  return null;
}

/**
 * "said the agency's Azra Khan", "said the company's chief executive, Jane Doe": an owner in the
 * possessive, role words, then the person's name.
 */
function possessedName(words: string[]): Mention | null {
  let i = DETERMINERS.has(lowerCase(bare(words[0] ?? ''))) ? 1 : 0;
  const owner = words[i];
  if (!owner || !isPossessive(bare(owner))) return null;
  i++;
  while (
    i < words.length &&
    i < 8 &&
    /^\p{Ll}[\p{L}-]*,?$/u.test(words[i]!) &&
    isTitleOrRole(bare(words[i]!))
  )
    i++;
  const run = nameRunAt(words, i);
  if (run.tokens.length === 0 || isOnlyTitles(run.tokens)) return null;
  const { name } = splitTitleRun(run.tokens);
  return name.length > 0
    ? { kind: 'name', text: run.tokens.join(' '), appositive: words.slice(0, i).join(' ') }
    : null;
}

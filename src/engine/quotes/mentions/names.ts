/**
 * Names in a speech frame's words: the name ending at a word or starting at one (particles and a
 * party tag such as "D-Vale" read with it), a run of titles split from the name after it, and people
 * joined by "and" who speak together ("Tomasz and Ilse Brenner said").
 */

import { ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isRoleNoun, isHonorific } from '../../lexicon/titles.js';
import { NAME_PARTICLES } from '../../lexicon/particles.js';
import { bare, isOnlyTitles, isNameToken, isPossessive } from './words.js';
import { canSpeak } from './speakers.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const OPENS_SMALL = /^\p{Ll}/u;
const INITIAL_OR_SHORT_TITLE = /^\p{Lu}\.$|^(?:Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$/u;
const INITIAL_OR_TITLE_ABBREVIATION =
  /^\p{Lu}\.$|^(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Prof)\.$/u;

/**
 * "Tomasz and Ilse Brenner said", "Ann Lowe and Piet Mol said": people joined by "and" as the
 * subject speak together, and news credits such a quote to both as written (a couple, a pair of
 * founders). The first may be a given name alone, sharing the surname that follows. Null unless
 * the joined run opens the clause: "the son of Tom and Ann Lowe said" is one person, read elsewhere.
 */
export function jointBefore(words: string[], name: string): string | null {
  const at = words.length - name.split(/\s+/).length - 1;
  if (words[at] !== 'and' || name.split(/\s+/).length < 2) return null;
  const first = nameEndingAt(words, at - 1);
  if (!first || first.split(/\s+/).some((w) => ORG_HEADS.has(lowerCase(w)))) return null;
  const start = at - first.split(/\s+/).length;
  const before = words[start - 1];
  // "the owners Ann Lowe and Piet Mol said", "parents Tomasz and Ilse Brenner said": a plural noun
  // for people set before the pair describes both, and the pair is still the subject.
  const describesBoth =
    before !== undefined && before === bare(before) && /^\p{Ll}+s$/u.test(before) && canSpeak(before);
  if (
    before !== undefined &&
    !describesBoth &&
    !/[,;:.!?"“”‘’]$/.test(before) &&
    !/^(?:but|and|yet)$/i.test(before)
  )
    return null;
  return `${first} and ${name}`;
}

/** "said Tomasz and Ilse Brenner": the people joined after the verb, as written, or null. */
export function jointAfter(
  words: string[],
  first: string[],
  end: number,
): { text: string; together: string } | null {
  if (words[end] !== 'and' || first.some((w) => ORG_HEADS.has(lowerCase(w)))) return null;
  const second = nameRunAt(words, end + 1);
  if (second.tokens.length < 2 || isOnlyTitles(second.tokens)) return null;
  if (second.tokens.some((w) => ORG_HEADS.has(lowerCase(w)))) return null;
  return { text: second.tokens.join(' '), together: `${first.join(' ')} and ${second.tokens.join(' ')}` };
}

const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

export function nameEndingAt(words: string[], end: number): string | null {
  const out: string[] = [];
  // "Korean-born singer Oh said": after a role noun, even a word that is usually no name is one.
  const lone = (words[end] ?? '').replace(/[,;:]$/, '');
  if (
    CAPITALISED_WORD.test(lone) &&
    !isNameToken(lone) &&
    OPENS_SMALL.test(words[end - 1] ?? '') &&
    isRoleNoun(words[end - 1] ?? '')
  )
    return lone;
  for (let i = end; i >= 0 && out.length < 8; i--) {
    const w = words[i]!;
    const clean = i === end ? w.replace(/[,;:]$/, '') : w;
    if (/[,;:.!?]$/.test(clean) && i !== end && !INITIAL_OR_SHORT_TITLE.test(clean)) break;
    if (isNameToken(clean) && !(i !== end && isPossessive(clean))) out.unshift(clean);
    else if (NAME_PARTICLES.has(clean) && out.length > 0 && i > 0 && isNameToken(words[i - 1]!))
      out.unshift(clean);
    else break;
  }
  while (out.length > 0 && NAME_PARTICLES.has(out[0]!)) out.shift();
  if (out.length === 0 || isOnlyTitles(out)) return null;
  // "Maria Delgado Ortiz, D-N.M., said": a party-and-state tag is no name.
  if (out.length === 1 && PARTY_TAG.test(out[0]!)) return null;
  if (isPossessive(out[out.length - 1]!)) return null;
  return out.join(' ');
}

export function splitTitleRun(tokens: string[]): { name: string[] } {
  let cut = 0;
  while (
    cut < tokens.length &&
    TITLE_WORDS.has(lowerCase(tokens[cut]!).replace(/\.$/, '')) &&
    !(cut === tokens.length - 1 && cut > 0 && isHonorific(tokens[cut - 1]!))
  )
    cut++;
  return { name: tokens.slice(cut) };
}

/** The capitalised run starting at word `i`; `stopped` when punctuation ends it. */
export function nameRunAt(words: string[], i: number): { tokens: string[]; end: number; stopped: boolean } {
  const tokens: string[] = [];
  let k = i;
  for (; k < words.length && tokens.length < 8; k++) {
    const w = words[k]!;
    const keepsDot = INITIAL_OR_TITLE_ABBREVIATION.test(w);
    const clean = keepsDot ? w : w.replace(/[,;:!?)"”.]+$/, '');
    if (isNameToken(clean)) tokens.push(clean);
    else if (NAME_PARTICLES.has(clean) && tokens.length > 0) tokens.push(clean);
    else break;
    if (clean !== w) return { tokens: trimParticles(tokens), end: k + 1, stopped: true };
  }
  return { tokens: trimParticles(tokens), end: k, stopped: false };
}

function trimParticles(tokens: string[]): string[] {
  while (tokens.length > 0 && NAME_PARTICLES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

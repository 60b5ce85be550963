/**
 * Speakers described by party or affiliation: "said a Dunmore Democrat", "a spokeswoman for Acme",
 * "Omar Reyes of BNX said", and the body after a person's noun and its preposition.
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import { PARTY_MEMBER, ORG_HEADS } from '../lexicon.js';
import { demonymOf } from '../../lexicon/places.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import type { Mention } from './types.js';
import {
  bare,
  NOMINAL_STOPS,
  CLAUSE_WORDS,
  isOnlyTitles,
  isPossessive,
  DETERMINERS,
  DEFINITE,
} from './words.js';
import { nameEndingAt } from './names.js';
import { isAgentNoun } from './speakers.js';
import { servesThrough } from './serving.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const SMALL_LETTERS_ONLY = /^\p{Ll}+$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

export function partisanDescription(words: string[], name: string): Mention | null {
  const size = name.split(/\s+/).length;
  const head = lowerCase(bare(words[words.length - 1]!));
  // Singular only: "the Liberals said" is a party speaking, not one person.
  if (!(PARTY_MEMBER.test(head) || demonymOf(head) !== undefined) || head.endsWith('s')) return null;
  // "one veteran Democrat said", "an Ardley Republican said": an indefinite one is an unnamed member
  // (a modifier or two may stand between), shown as written; only "the" may refer back to a person.
  let at = words.length - size - 1;
  let skipped = 0;
  while (skipped < MAX_MEMBER_MODIFIERS && isMemberModifier(words[at] ?? '')) {
    at--;
    skipped++;
  }
  const det = lowerCase(bare(words[at] ?? ''));
  if (det === 'the' && skipped === 0)
    return { kind: 'nominal', text: words.slice(at).join(' '), head, definite: true };
  if (!INDEFINITE_MEMBER.has(det) || !PARTY_MEMBER.test(head)) return null;
  return { kind: 'nominal', text: words.slice(at).join(' '), head, definite: false };
}

/** Determiners of an unnamed party member ("a", "one", "another"). */
const INDEFINITE_MEMBER = new Set(['a', 'an', 'one', 'another']);
/** Lower-case words allowed between such a determiner and the member ("one veteran Democrat"). */
const MAX_MEMBER_MODIFIERS = 2;

/** A plain lower-case word that may describe a member ("senior", "veteran"), not a determiner or a clause word. */
function isMemberModifier(word: string): boolean {
  return (
    SMALL_LETTERS_ONLY.test(word) &&
    word !== 'the' &&
    !INDEFINITE_MEMBER.has(word) &&
    !NOMINAL_STOPS.has(word) &&
    !CLAUSE_WORDS.has(word) &&
    !isSpeechVerb(word)
  );
}

/**
 * "said a Dunmore Democrat", "added another Ardley Republican", "said one veteran Democrat": a
 * party member after an indefinite determiner, with lower-case modifiers and place words before
 * it, is an unnamed speaker described by party, as written (not the place's name). Null otherwise.
 */
export function partyMemberAfter(words: string[]): Mention | null {
  const det = lowerCase(bare(words[0] ?? ''));
  if (!INDEFINITE_MEMBER.has(det) || words[0] !== bare(words[0]!)) return null;
  let i = 1;
  while (i <= MAX_MEMBER_MODIFIERS && isMemberModifier(words[i] ?? '')) i++;
  for (let k = i; k < words.length && k < i + 4; k++) {
    const w = bare(words[k]!);
    if (!OPENS_CAPITAL.test(w)) return null;
    // "a Republican donor", "a Republican Party county chair": the party word is a modifier.
    const next = words[k + 1];
    const ends = words[k] !== w || next === undefined || NOMINAL_STOPS.has(next) || next === 'who';
    if (PARTY_MEMBER.test(lowerCase(w)) && ends)
      return {
        kind: 'nominal',
        text: words
          .slice(0, k + 1)
          .map(bare)
          .join(' '),
        head: lowerCase(w),
        definite: false,
      };
    if (words[k] !== w) return null;
  }
  return null;
}

/**
 * "Omar Reyes of BNX said": a person's name followed by "of/at/with/from" and an organisation is
 * the person speaking. Only a full personal name (two or more words, no organisation word) counts,
 * so "the Bank of Canada said" keeps the organisation.
 */
export function personBeforeAffiliation(words: string[], name: string): string | null {
  let at = words.length - name.split(/\s+/).length - 1;
  // "Rachel Kerr with the Coastal Regional Health Authority says"
  if (words[at] === 'the') at--;
  if (!/^(?:of|at|with|from)$/.test(words[at] ?? '')) return null;
  const person = nameEndingAt(words, at - 1);
  if (!person) return null;
  const tokens = person.split(/\s+/);
  return tokens.length >= 2 &&
    !tokens.some((t) => ORG_HEADS.has(lowerCase(t).replace(/\.$/, ''))) &&
    !isOnlyTitles(tokens)
    ? person
    : null;
}

/** Prepositions that tie an unnamed person to whom they speak for or belong to ("a spokesman for X"). */
export const AFFILIATION_LINKS = new Set(['for', 'of', 'at', 'from']);
/** Lower-case words a description may hold before its head ("a senior", "the company's former"). */
const MAX_AFFILIATE_MODIFIERS = 2;

/**
 * "A spokeswoman for Acme said", "a lawyer for Jane Doe said", "a friend of the Brenner family
 * said": the speaker is the unnamed person the noun describes, not the body or person after the
 * preposition, who only tells which one (news names the represented party there, and that party
 * did not speak). Kept as written, with its body ("a spokeswoman for Acme"). Only a noun for a
 * person (a role or an agent noun) after a determiner: "the Bank of Canada said" is a body, and
 * "Omar Reyes of BNX" a name, both read elsewhere.
 */
export function describedAffiliate(words: string[], name: string): Mention | null {
  let at = words.length - name.split(/\s+/).length - 1;
  if (/^the$/i.test(words[at] ?? '')) at--;
  const headWord = words[at - 1] ?? '';
  const head = lowerCase(headWord);
  if (!AFFILIATION_LINKS.has(words[at] ?? '') && !servesThrough(words[at] ?? '', head)) return null;
  if (headWord !== bare(headWord) || !SMALL_LETTERS_ONLY.test(headWord)) return null;
  const singular = head.replace(/(?<=[^s])s$/, '');
  if (!(isRoleNoun(head) || isAgentNoun(head)) || singular !== head) return null;
  for (let i = at - 2; i >= Math.max(0, at - 2 - MAX_AFFILIATE_MODIFIERS); i--) {
    const w = words[i]!;
    const lw = lowerCase(bare(w));
    if (w !== bare(w) && !isPossessive(w)) return null;
    if (DETERMINERS.has(lw) || isPossessive(w))
      return {
        kind: 'nominal',
        text: words.slice(i).join(' '),
        head,
        definite: DEFINITE.has(lw) || isPossessive(w),
      };
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w) || CLAUSE_WORDS.has(lw)) return null;
  }
  return null;
}

/** Longest body read after "a spokeswoman for" ("the regional water authority", "Acme Holdings"). */
const MAX_AFFILIATION_WORDS = 5;

/**
 * The body after a person's noun and its preposition, up to the tag's end ("said a spokeswoman
 * for the water authority."), or null when the noun is no person's or the phrase runs on into a
 * clause (then only the noun is kept, as before).
 */
export function affiliationAfter(words: string[], link: number, head: string): string[] | null {
  if (!SMALL_LETTERS_ONLY.test(head) || !(isRoleNoun(head) || isAgentNoun(head))) return null;
  const body: string[] = [];
  for (let k = link + 1; k < words.length && body.length < MAX_AFFILIATION_WORDS; k++) {
    const w = words[k]!;
    const b = bare(w);
    if (b === '' || CLAUSE_WORDS.has(lowerCase(b)) || NOMINAL_STOPS.has(lowerCase(b))) return null;
    body.push(b);
    const last = w !== b || k === words.length - 1;
    // The body ends where the tag does: at punctuation or the end of the text, never a determiner alone.
    if (last)
      return /[,.;:!?]$/.test(w) || k === words.length - 1
        ? body.some((x) => !DETERMINERS.has(lowerCase(x)))
          ? body
          : null
        : null;
  }
  return null;
}

/**
 * Which person a description refers back to: the head noun of a role, the kind of person a role
 * names, and the holder of an office among the people already read.
 */

import { singular } from '../role-nouns.js';
import type { Person } from '../../schema.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { tokenize } from './tokens.js';
import { isWord, PREPOSITIONS, isPersonNoun, GENERIC } from './words.js';
import type { Sentence } from './types.js';

/** Head noun of a role, singular and lower-case, for comparing a description with known roles. */
export function roleHeadNoun(role: string): string | null {
  const words = tokenize(role).filter(isWord);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i]?.lower ?? '')) {
      end = i;
      break;
    }
  }
  const head = words[end - 1];
  return head ? singular(head.lower) : null;
}

/** Titles written shortened ("Sen.", "Gov."), by the noun they stand for. */
const ABBREVIATED_KINDS = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['atty', 'attorney'],
  ['amb', 'ambassador'],
  ['prof', 'professor'],
]);

/** A role's kind: its head noun, a shortened title read in full ("Norland Sen." → senator). */
export function kindOf(role: string): string | null {
  let kind = kinds.get(role);
  if (kind === undefined) {
    const head = roleHeadNoun(role);
    kind = head === null ? null : (ABBREVIATED_KINDS.get(head.replace(/\.$/, '')) ?? head);
    // The same roles are asked about for every description of an article: a small cache, emptied when full.
    if (kinds.size >= 10_000) kinds.clear();
    kinds.set(role, kind);
  }
  return kind;
}

const kinds = new Map<string, string | null>();

/**
 * The person a definite description refers back to ("the Prime Minister" after "Prime Minister
 * Rishi Sunak"): of the people named before `sentence` (or in it), the one most recently first
 * named whose role has the same head noun. Null when no one or more than one fits equally.
 */
export function personForDescription(
  description: string,
  sentence: number,
  people: readonly Person[],
): Person | null {
  const head = roleHeadNoun(description.replace(/^(?:the|a|an)\s+/i, ''));
  if (!head) return null;
  const fits = people.filter(
    (p) => p.firstSentence <= sentence && p.roles.some((r) => roleHeadNoun(r) === head),
  );
  if (fits.length === 0) return null;
  const latest = Math.max(...fits.map((p) => p.firstSentence));
  const at = fits.filter((p) => p.firstSentence === latest);
  return at.length === 1 ? (at[0] ?? null) : null;
}

/**
 * Heads of the sentence's indefinite noun phrases of a person ("an employee", "a local
 * builder"), singular and lower-case: "a" or "an", up to two lower-case qualifying words, then a
 * person noun. A phrase that is a named person's appositive is someone's role, which `heldBy`
 * already finds; the others introduce someone the article does not name.
 */
export function indefiniteHeads(s: Sentence): string[] {
  const t = s.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.lower !== 'a' && t[i]?.lower !== 'an') continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
      const w = t[k];
      if (!w || !isWord(w) || w.cap || s.owner[k] !== -1) break;
      if (isPersonNoun(w.lower) && !isPersonNoun(t[k + 1]?.lower ?? '')) {
        if (!GENERIC.has(w.lower)) out.push(singular(w.lower));
        break;
      }
    }
  }
  return out;
}

/** The words qualifying a description's head, lower-case: "prime" in "the Prime Minister". */
export function modifierWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w && isWord(w)) out.push(w.lower);
  }
  return out;
}

/**
 * Does someone `named` by now already hold the role a description names? Their role has its head noun and every
 * word qualifying it: "the manager" is held by the "Riverton manager", "the prime minister" is
 * not held by the "foreign minister".
 */
export function heldBy(
  roles: readonly string[][],
  named: (person: number) => boolean,
  head: string,
  modifiers: readonly string[],
): boolean {
  return roles.some(
    (list, p) =>
      named(p) &&
      list.some((r) => {
        if (kindOf(r) !== head) return false;
        const words = lowerCase(r).split(/[^\p{L}\p{N}-]+/u);
        return modifiers.every((m) => words.includes(m));
      }),
  );
}

/** Public offices, which one person holds one of at a time: general English, by hand. */
const PUBLIC_OFFICES = new Set(
  `senator governor president representative congressman congresswoman mayor secretary minister
premier chancellor legislator councillor councilman councilwoman`.split(/\s+/),
);

/** A role holding a public office other than `head` ("Norland Gov." beside "the Norland senator"). */
export function otherOffice(role: string, head: string): boolean {
  const kind = kindOf(role);
  return kind !== null && kind !== head && PUBLIC_OFFICES.has(kind);
}

/**
 * Whose a description qualified by a club or body is, of the people whose roles name it: the one
 * whose role of that kind does ("the Norland senator": of "Norland Sen." and "Norland primary
 * winner", the senator), else the first named ("the Dunmore captain" after "Dunmore veteran X").
 * Never one holding another public office there ("Norland Gov."); -1 when none, or when several
 * hold one of that kind.
 */
export function holderOf(roles: readonly string[][], head: string, proper: readonly string[]): number {
  let first = -1;
  let ofKind = -1;
  let kinds = 0;
  roles.forEach((list, p) => {
    const named = list.filter((r) => proper.every((w) => mentions([r], w)));
    if (named.length === 0) return;
    // One public office at a time: a Norland governor is not "the Norland senator".
    if (PUBLIC_OFFICES.has(head) && named.some((r) => otherOffice(r, head))) return;
    if (first === -1) first = p;
    if (named.some((r) => kindOf(r) === head)) {
      ofKind = p;
      kinds++;
    }
  });
  if (kinds > 1) return -1;
  return kinds === 1 ? ofKind : first;
}

/** Does one of the roles contain the word, whole? */
export function mentions(roles: readonly string[], word: string): boolean {
  return roles.some((r) => r.split(/[^\p{L}\p{N}-]+/u).includes(word));
}

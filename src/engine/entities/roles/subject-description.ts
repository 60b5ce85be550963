/**
 * A description that is the next clause's subject is no appositive. An appositive after a name's
 * comma is a noun phrase the writer closes again (a comma, a dash, a bracket, the sentence's end);
 * a definite description followed straight by a finite verb is the subject of the main clause a
 * fronted phrase led up to: "After lunch with Governor X, the Ohio senator told reporters ...",
 * "Unlike Y, the veteran coach could ...". There "the Ohio senator" is someone else, whom the
 * article named before, never a role of X. Unlike a reporting clause (`reporting.ts`: "X, a
 * spokesman said."), the phrase may hold capitalised modifiers (a state, a party) and the verb may
 * go on with its object.
 */

import { isSayingVerb } from '../../lexicon/speech.js';
import type { Sentence } from './types.js';
import { CLAUSE_VERBS, RELATIVES, isFunctionWord, isWord } from './words.js';

/** Finite verbs that open a predicate: the clause verbs without the bare and participle forms. */
const FINITE_VERBS: ReadonlySet<string> = new Set(
  [...CLAUSE_VERBS].filter((w) => w !== 'be' && w !== 'been' && w !== 'being' && w !== 'do'),
);

/** Words between "the" and the verb: a head noun and up to three modifiers. */
const MAX_PHRASE_WORDS = 4;

/** Does a definite description right before a finite verb start at `k`, right after a name's comma? */
export function opensSubjectDescription(s: Sentence, k: number): boolean {
  const t = s.tokens;
  if (t[k]?.lower !== 'the') return false;
  // A verb mid-sentence is lower case: "the United States" holds no verb "states".
  const verbAt = (j: number) => {
    const w = t[j];
    return j > k + 1 && w?.cap === false && (isSayingVerb(w.lower) || FINITE_VERBS.has(w.lower));
  };
  let j = k + 1;
  for (; j < t.length && j - k <= MAX_PHRASE_WORDS; j++) {
    const w = t[j];
    if (!w || !isWord(w) || w.possessive) return false;
    if (verbAt(j)) return true;
    // "X, the playwright who wrote ...": a relative clause describes X; the phrase is X's role.
    if (isFunctionWord(w.lower) || RELATIVES.has(w.lower)) return false;
  }
  return verbAt(j);
}

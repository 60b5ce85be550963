/**
 * Past participles that state what befell a person and stand before their role noun as part of
 * the description news gives them: "convicted rapist X", "ousted campaign manager X", "the slain
 * principal X". Unlike "former" they are no modifier of a title in general, and each is also a
 * verb: after an auxiliary ("has convicted") or a subject ("the
 * union ousted chairman X") it is the clause's verb. So the walk takes one only where no subject
 * can stand before it: at the sentence start or after punctuation, an article, a preposition
 * ("by ousted campaign manager X") or another verb's -ed or -ing form ("booked convicted rapist
 * X", "a case involving ousted leader X").
 */

import type { Sentence } from './types.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { AUXILIARIES, PREPOSITIONS, isWord } from './words.js';

/**
 * Counted on CoNLL eng.train and PolNeAR train: "convicted" 3, "ousted" 2, "slain" 1 taken by the
 * walk, all right. Left out: "jailed" (once, after "took", which the guard turns down),
 * "imprisoned" and "disgraced" (no person changed).
 */
const STATUS_PARTICIPLES = new Set(['convicted', 'ousted', 'slain']);

/**
 * "retiring" before a role is "outgoing" (which the shared modifier list holds): "retiring
 * Norland Sen. X". As an -ing form it has no subject before it to mistake, so only an auxiliary
 * ("is retiring") turns it down. On CoNLL eng.train and PolNeAR train it stands before a role and
 * a name 3 times, each the person's term ending.
 */
const LEAVING_OFFICE = new Set(['retiring']);

/** Is the token before `k` a status participle that qualifies the role starting at `k`? */
export function isStatusParticipleBefore(s: Sentence, k: number): boolean {
  const w = s.tokens[k - 1];
  if (!w || w.cap || s.owner[k - 1] !== -1) return false;
  const leaving = LEAVING_OFFICE.has(w.lower);
  if (!leaving && !STATUS_PARTICIPLES.has(w.lower)) return false;
  const before = s.tokens[k - 2];
  if (!before || !isWord(before)) return true;
  if (leaving) return !AUXILIARIES.has(before.lower);
  if (before.cap || s.owner[k - 2] !== -1 || AUXILIARIES.has(before.lower)) return false;
  return DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower) || /(?:ed|ing)$/.test(before.lower);
}

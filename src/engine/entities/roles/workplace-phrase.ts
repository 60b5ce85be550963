/**
 * A post's field, then where it is held: "professor of constitutional law at Westport University",
 * "head of research at Brio", "an expert on grain markets at the Norland Institute". News names
 * the field with the head's own preposition and the employer with "at" after it; the grammar
 * keeps one phrase to a role, so "head of research" lost the only words that said where. A second
 * phrase is kept only when it is "at" a capitalised body, straight after a first phrase of the
 * head's own ("of", "for", "in", "on"); any other second phrase ("at the meeting", "in Boston",
 * "on Friday") is still the sentence going on.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import type { Sentence } from './types.js';
import { isCapitalised, isWord } from './words.js';

/** The head's own prepositions a field or body is written with. */
const FIELD_PREPOSITIONS = new Set(['of', 'for', 'in', 'on']);

/**
 * Is the "at" at token `k` the workplace of a post whose first phrase opened at `firstPrep`: that
 * phrase's preposition is one of the head's own, and a capitalised word (past one article) follows
 * "at"?
 */
export function isWorkplaceAt(s: Sentence, k: number, firstPrep: number): boolean {
  const t = s.tokens;
  if (t[k]?.lower !== 'at' || !FIELD_PREPOSITIONS.has(t[firstPrep]?.lower ?? '')) return false;
  const after = t[k + 1];
  const object = after && DETERMINERS.has(after.lower) ? t[k + 2] : after;
  return isCapitalised(object) && isWord(object);
}

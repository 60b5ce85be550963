/**
 * "White House Counsel X", "Union Secretary-Treasurer X", "British Journalist X": a capitalised
 * person noun the title list lacks heads a title when a capitalised word that no one's name owns
 * stands before it, a body, a place or a nationality that qualifies the post, as capitals do in a
 * title. Alone, a capitalised "Hunter" or "Mason" before a name is as often part of the name.
 */

import type { Sentence } from './types.js';
import { isWord } from './words.js';

/** Is the capitalised noun at `k` after a capitalised qualifier no name owns, inside the sentence? */
export function afterCapitalisedQualifier(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  return prev?.cap === true && isWord(prev) && s.owner[k - 1] === -1 && k - 1 > 0;
}

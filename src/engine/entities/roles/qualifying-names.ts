/**
 * A person's whole name that qualifies the role noun after it, the way a lone name already does
 * ("Vale aide X"): "former Ann Vale aide X", "a George W. Vale speechwriter X". American news
 * writes whose staff someone is this way. Only a name of two or three words, right before a
 * lower-case head noun: a longer run, or a name before a capitalised title ("A, Prime Minister
 * B" with its comma dropped), is more often a second person.
 */

import type { Sentence } from './types.js';
import { isWord } from './words.js';

/** The first token of the whole name ending at `end` when it may qualify the head after it, else -1. */
export function qualifyingNameStart(s: Sentence, end: number): number {
  const t = s.tokens;
  const owner = s.owner[end];
  const head = t[end + 1];
  if (owner === undefined || owner === -1 || !head || !isWord(head) || head.cap) return -1;
  let start = end;
  while (start > 0 && s.owner[start - 1] === owner) start--;
  let words = 0;
  for (let k = start; k <= end; k++) {
    const w = t[k];
    if (!w) return -1;
    if (isWord(w)) {
      if (!w.cap) return -1;
      words++;
    }
  }
  return words >= 2 && words <= 3 ? start : -1;
}

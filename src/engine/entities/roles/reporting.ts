/**
 * A reporting clause after a name is no appositive: "... talks with Prime Minister X, a
 * spokesman said." and "X, a top aide said, is confident" name a source who is someone else. Its
 * subject is an article and a few lower-case words with no phrase of their own, straight before a
 * verb of saying that ends the clause. An appositive with its phrase and a dropped comma ("X, a
 * spokesman for the bank said") is read as before.
 */

import { isSayingVerb } from '../../lexicon/speech.js';
import type { Sentence } from './types.js';
import { isFunctionWord, isWord } from './words.js';

/** Words that may follow the saying verb of a reporting clause: its end, or a time ("on Sunday"). */
const CLAUSE_ENDS = new Set(['.', ',', ':', ';', '"', '“', '”', 'on', 'in', 'that', 'late', 'earlier']);

/** Does a reporting clause ("a spokesman said.") start at `k`, right after a name's comma? */
export function opensReportingClause(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const article = t[k]?.lower ?? '';
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  let j = k + 1;
  for (; j < t.length && j - k <= 4; j++) {
    const w = t[j];
    if (!w || !isWord(w)) return false;
    if (isSayingVerb(w.lower) && j > k + 1) break;
    if (w.cap || isFunctionWord(w.lower)) return false;
  }
  if (!isSayingVerb(t[j]?.lower ?? '') || j === k + 1) return false;
  const after = t[j + 1];
  return after === undefined || CLAUSE_ENDS.has(after.lower);
}

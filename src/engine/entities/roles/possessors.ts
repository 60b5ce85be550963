/**
 * The possessor that opens a role written before a name: "the party's 2012 nominee, X,",
 * "Norland's recently elected president, X,", "the channel's overseas affairs correspondent, X,". A
 * possessor is a determiner of the noun phrase, so the phrase opens at it wherever the sentence
 * has it (after a verb, a conjunction, an adverbial's comma), as it opens at an article; the walk
 * left (heads.ts) stops at a year, an adverb or a compound it does not know, and leaves such
 * phrases unread.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { isHonorific } from '../../lexicon/titles.js';
import type { Sentence, Tok } from './types.js';
import { isCapitalised, isFunctionWord, isWord } from './words.js';

/** A year written as four digits ("2012 nominee"): it dates the role, as "former" does. */
export function isYear(t: Tok | undefined): boolean {
  return t !== undefined && /^(?:19|20)\d\d$/.test(t.text);
}

/**
 * Where the possessor whose mark is at `mark` starts: "the party" (an article and one lower-case
 * noun), or a name of up to three capitalised words with its honorific ("Mr. Vale"); -1 when
 * neither stands there.
 */
export function possessorStart(s: Sentence, mark: number): number {
  const t = s.tokens;
  const owner = t[mark - 1];
  if (!owner || !isWord(owner)) return -1;
  if (!owner.cap) return DETERMINERS.has(t[mark - 2]?.lower ?? '') ? mark - 2 : -1;
  if (isFunctionWord(owner.lower)) return -1;
  let k = mark - 1;
  // A sentence's capitalised opener ("But Vale's deputy") is no part of the name.
  const namePart = (w: Tok | undefined) =>
    isCapitalised(w) && isWord(w) && !isHonorific(w?.text ?? '') && !isFunctionWord(w?.lower ?? '');
  while (k > 0 && mark - k < 3 && namePart(t[k - 1])) k--;
  if (t[k - 1]?.text === '.' && isHonorific(t[k - 2]?.text ?? '')) return k - 2;
  if (isHonorific(t[k - 1]?.text ?? '')) return k - 1;
  // "the Philippines' president": a place's article goes with it.
  return t[k - 1]?.lower === 'the' ? k - 1 : k;
}

/**
 * A name written with the body or place it belongs to: "X of the Norland District Court", "X of
 * Westport". News writes a person's court, firm or country straight after the name, and an
 * appositive before the name still closes after it: "the judge, X of the District Court, ruled".
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import type { Sentence } from './types.js';
import { isCapitalised, isWord } from './words.js';

/** Most capitalised words a body's name after "of" may run to ("United States District Court"). */
const MAX_BODY_WORDS = 6;

/**
 * Past an "of" phrase at `k` whose object is a capitalised name (after an article, no one's
 * name), else `k`. "Of" or "and" inside the name is passed when capitals follow ("of the Bank of
 * Norland").
 */
export function afterAffiliation(s: Sentence, k: number): number {
  const t = s.tokens;
  if (t[k]?.lower !== 'of') return k;
  let j = k + 1;
  if (DETERMINERS.has(t[j]?.lower ?? '') && t[j]?.lower === 'the') j++;
  const first = j;
  while (j < t.length && j - first < MAX_BODY_WORDS) {
    const w = t[j];
    if (isCapitalised(w) && isWord(w) && s.owner[j] === -1) j++;
    else if ((w?.lower === 'of' || w?.lower === 'and') && j > first && isCapitalised(t[j + 1])) j++;
    else break;
  }
  return j > first && isCapitalised(t[j - 1]) ? j : k;
}

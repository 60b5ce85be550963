/**
 * A description that introduces a name with "named" or "called": "a retired pilot named X", "an
 * aide called Y". News writing brings in someone the reader has never heard of this way, the
 * description first and the name as its complement; the description is then who they are. Only
 * an indefinite noun phrase whose last word is a person noun in lower case: "The mayor called X on
 * Monday" and "the board named X" are the verb with its subject, and so is "a panel named X as its
 * chair" or "named X to the board", with "as" or "to" after the name.
 */

import type { Occurrence, Sentence } from './types.js';
import { isFunctionWord, isPersonNoun, isWord } from './words.js';
import { slice } from './tokens.js';

const INTRODUCING = new Set(['named', 'called']);
const ARTICLES = new Set(['a', 'an']);
/** After the name, these make "named" the verb of appointing: "named X as chair", "named X to the board". */
const APPOINTING = new Set(['as', 'to']);
/** Words between the article and the head: "a 70-year-old retired", at most this many. */
const MAX_MODIFIERS = 4;

/** The description before "named X" / "called X" at occurrence `o`, or null. */
export function namedDescription(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  const verb = o.start - 1;
  if (!INTRODUCING.has(t[verb]?.lower ?? '') || APPOINTING.has(t[o.end]?.lower ?? '')) return null;
  const head = t[verb - 1];
  if (!head || !isWord(head) || head.cap || !isPersonNoun(head.lower)) return null;
  // Back over lower-case or capitalised modifiers ("a Norland-born retired") to the article.
  for (let k = verb - 2; k >= 0 && verb - 2 - k < MAX_MODIFIERS + 1; k--) {
    const w = t[k];
    if (!w || !isWord(w)) return null;
    if (ARTICLES.has(w.lower)) return slice(s, k, verb);
    if (isFunctionWord(w.lower) || s.owner[k] !== -1) return null;
  }
  return null;
}

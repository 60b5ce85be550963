/**
 * "X, one of the club's founders," and "X, who is one of two deputies,": an appositive after a name
 * that picks X out of a plural group of people. News writing introduces someone this way as often
 * as with "a founder"; the role is the group's noun in the singular with its qualifiers ("the
 * club's founder", "deputy"). The mirror of `oneOfKind` (appositions.ts), which reads the same
 * phrase written before the name ("One of his advisers, X,").
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { afterAsides, rolePhrase } from './phrase.js';
import { afterLinkingVerb } from './predicates.js';
import { slice } from './tokens.js';
import type { Occurrence, Sentence, Tok } from './types.js';
import { ADVERBS, isPluralRole, isPossessiveMark, isWord, NUMBER_WORDS, oneHolderOf } from './words.js';

/** Words that count the group without saying who is in it: "one of several critics". */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'various', 'numerous', 'few', 'dozens', 'hundreds']);

/** How many words a group's head may come after its first: "the party's most senior elected". */
const HEAD_REACH = 5;

const isCount = (w: Tok | undefined) =>
  w !== undefined && (NUMBER_WORDS.has(w.lower) || QUANTIFIERS.has(w.lower) || /^\d+$/.test(w.text));

/** The role an "one of <people>" appositive after occurrence `o` gives, or null. */
export function oneOfAfter(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  let k = afterAsides(s, o.end);
  if (t[k]?.text !== ',') return null;
  k++;
  // "X, who is one of ...", "X, who was once one of ...": a relative clause with a copula.
  if (t[k]?.lower === 'who') {
    k = afterLinkingVerb(s, k + 1);
    if (k < 0) return null;
  }
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  if (t[k]?.lower !== 'one' || t[k + 1]?.lower !== 'of') return null;
  const from = k + 2;
  const article = DETERMINERS.has(t[from]?.lower ?? '') ? from : -1;
  let words = article < 0 ? from : from + 1;
  const counted = isCount(t[words]);
  if (counted) words++;
  const head = pluralHead(s, words);
  if (head < 0) return null;
  // An article opens the phrase so that a participle clause after the head is cut ("the gunmen
  // involved in ..." → "the gunmen"); after a count the group's own words are read alone.
  const phrase = rolePhrase(s, counted || article < 0 ? words : article, true) ?? slice(s, words, head + 1);
  const role = oneHolderOf(phrase);
  // A head left plural is no one person's role ("one of the Vale children").
  if (role === phrase) return null;
  return article >= 0 && !counted && !ownedBetween(t, article, head) ? withoutFirstWord(role) : role;
}

/**
 * The group's head from `k`: the first plural person noun within a few words, all of them words
 * no one's name owns. -1 when there is none.
 */
function pluralHead(s: Sentence, k: number): number {
  const t = s.tokens;
  for (let j = k; j < k + HEAD_REACH && j < t.length; j++) {
    const w = t[j];
    if (isPossessiveMark(w)) continue;
    if (!w || !isWord(w) || s.owner[j] !== -1) return -1;
    if (isPluralRole(w)) return j;
  }
  return -1;
}

/** Is there a possessor before the head ("the club's founders")? Then its article is kept with it. */
function ownedBetween(t: readonly Tok[], from: number, head: number): boolean {
  for (let j = from + 1; j < head; j++) if (isPossessiveMark(t[j])) return true;
  return false;
}

/** A bare article or possessive pronoun says nothing of the one picked out: "the founders" → "founder". */
function withoutFirstWord(role: string): string {
  const space = role.indexOf(' ');
  return space < 0 ? role : role.slice(space + 1);
}

/**
 * Two nouns or modifiers joined by "and" inside a role's prepositional phrase: "vice president for
 * sales and marketing at Y", "co-founder of two mining and shipping firms", "director of
 * state campaigns and outreach". In news writing the object of a post's "of" or "for" is often a
 * pair of fields or trades; the "and" joins them, not a second role or a second predicate, when
 * what follows it is one to four lower-case content words with no person noun, no verb form and no
 * article, which end where a noun phrase ends (punctuation, a preposition, the sentence's end).
 */

import type { Sentence } from './types.js';
import { ADVERBS, BOUNDARY, PREPOSITIONS, isFunctionWord, isPersonNoun, isWord } from './words.js';
import { DETERMINERS } from '../../lexicon/determiners.js';

/** Endings of verb forms that would start a second predicate ("and supported him", "and runs a site"). */
const VERB_FORM = /(?:ed|ly)$/;

/** Quantifiers open a noun phrase of their own ("and one of the harbour board's founders"): a second role. */
const QUANTIFIERS = new Set(
  'one two three some many several all both each few most another other'.split(' '),
);

/**
 * Does the "and" at `k`, inside a role's prepositional phrase, join two nouns or modifiers of that
 * phrase's object? The word before it must be a lower-case content word that is no person noun.
 */
export function joinsObjectWords(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const before = t[k - 1];
  if (!before || !isWord(before) || before.cap || isFunctionWord(before.lower) || isPersonNoun(before.lower))
    return false;
  let j = k + 1;
  for (; j < t.length && j - k <= 4; j++) {
    const w = t[j];
    if (!w || !isWord(w) || w.cap || s.owner[j] !== -1) break;
    if (PREPOSITIONS.has(w.lower)) break;
    if (
      isFunctionWord(w.lower) ||
      DETERMINERS.has(w.lower) ||
      QUANTIFIERS.has(w.lower) ||
      ADVERBS.has(w.lower) ||
      VERB_FORM.test(w.lower) ||
      isPersonNoun(w.lower) ||
      isPersonNoun(w.lower, true)
    )
      return false;
  }
  if (j === k + 1) return false;
  const end = t[j];
  return (
    end === undefined ||
    BOUNDARY.has(end.text) ||
    (end.text === '.' && j === t.length - 1) ||
    PREPOSITIONS.has(end.lower)
  );
}

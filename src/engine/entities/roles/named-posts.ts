/**
 * A post written as a name's possession: "during Vale's tenure as foreign secretary", "Mr. Lund's
 * time as governor of Norland", "ending Reid's spell as coach". The possessor of a noun for a post
 * held ("tenure", "term", "time", "role", "spell" ...) followed by "as" is the one who held it, as
 * "her tenure as" is the woman the pronoun stands for (pronouns.ts reads those); with a name there
 * is no pronoun to resolve.
 *
 * Such a noun phrase is as often the clause's subject ("X's tenure as secretary already went
 * beyond ...", "X's role as a speaker continues to ..."), and the role phrase does not know every
 * verb: a role that runs past its head into a verb with words after it is left out.
 */

import { verbLike } from './descriptions.js';
import { rolePhrase } from './phrase.js';
import { CAPACITY_NOUNS, POSTS } from './pronouns.js';
import { slice } from './tokens.js';
import type { Occurrence, Sentence } from './types.js';
import { isPersonNoun, isPossessiveMark, isWord } from './words.js';

const isPostNoun = (lower: string) => CAPACITY_NOUNS.has(lower) || POSTS.has(lower);

/** The post the name at `o` holds by its possessive ("X's tenure as Y"), or null. */
export function namedPost(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  if (!isPossessiveMark(t[o.end])) return null;
  let k = o.end + 1;
  // "X's first term as", "X's long tenure as": one lower-case word may qualify the noun.
  const qualifier = t[k];
  if (
    !isPostNoun(qualifier?.lower ?? '') &&
    isWord(qualifier) &&
    !qualifier?.cap &&
    isPostNoun(t[k + 1]?.lower ?? '')
  )
    k++;
  if (!isPostNoun(t[k]?.lower ?? '') || t[k]?.cap || t[k + 1]?.lower !== 'as') return null;
  const from = k + 2;
  const role = rolePhrase(s, from);
  if (!role) return null;
  let end = from + 1;
  while (end <= t.length && slice(s, from, end) !== role) end++;
  let head = from;
  while (head < end && !(isWord(t[head]) && !t[head]?.cap && isPersonNoun(t[head]?.lower ?? ''))) head++;
  // A verb has words after it; a plural noun before "and" ("communications and marketing") does too.
  const joined = (j: number) => t[j + 1]?.lower === 'and' || t[j + 1]?.lower === 'or';
  for (let j = head + 1; j < end; j++) if (isWord(t[j + 1]) && !joined(j) && verbLike(t, j)) return null;
  return role;
}

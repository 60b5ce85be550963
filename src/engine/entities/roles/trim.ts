/**
 * The last cut of a role before it is kept: a verb the phrase ran into.
 */

import { isPersonNoun } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const HAS_LETTER = /\p{L}/u;

/** Adverbs and conjunctions that go with a verb the role ran into ("now charged", "but failed"). */
const BEFORE_VERB = new Set(['now', 'finally', 'later', 'then', 'since', 'also', 'but', 'and']);

/**
 * A role that ends on a past form in -ed has run into the clause's verb or a participle of its
 * own: "the only new player in the squad named", "a reporter for the Courier arrested", "an
 * engineer now charged". The past form goes, with an adverb ("now", "-ly") or "but" before it; a role of two
 * words ("the accused") or one whose last word names a person is kept.
 */
export function withoutTrailingVerb(role: string): string {
  const words = role.split(' ');
  if (words.length < 3) return role;
  const last = words.at(-1) ?? '';
  if (!/^[a-z]+ed$/.test(last) || isPersonNoun(last)) return role;
  let end = words.length - 1;
  while (end > 1 && (BEFORE_VERB.has(words[end - 1] ?? '') || /^[a-z]{3,}ly$/.test(words[end - 1] ?? '')))
    end--;
  const prev = words[end - 1] ?? '';
  // "the newly appointed" leaves no noun before the verb: keep the role as it was.
  if (!HAS_LETTER.test(prev) || prev === 'the' || prev === 'a' || prev === 'an') return role;
  return words.slice(0, end).join(' ');
}

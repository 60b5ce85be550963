/**
 * "Did Ada Kell endorse Tom Reyes?" against "Ada Kell endorsed Lena Ortiz": the sentence holds
 * every word of the claim and every name the question gives but one, and another person of the
 * article stands where that one would be. News writing names the actor it means, so a sentence that tells the
 * whole claim of someone else denies it of the asked one: "No". The sentence falls under the
 * coverage bar only because the swapped name is missing, so this is asked when nothing passes it.
 */

import type { Person } from '../engine/schema.js';
import { lemma, rootMatch } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { words } from './text.js';

/** Capitalised words that open a clause, are pronouns or titles, or name days and months: never an actor. */
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|But|And|Or|So|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "Ryan's" names Ryan. */
const bare = (word: string) => word.replace(/['’]s$/, '');

/**
 * The sentence tells the question's claim of another person: every non-name word of the question is
 * there, exactly one of its two or more names is missing (often one the article never names), and
 * the sentence names another person of the article whom the question does not name. A sentence that
 * only names places or bodies besides the asked people ("a meeting at her residence in Vellport")
 * may refer back to the missing person and settles nothing.
 */
export function swapsName(sentence: string, q: ParsedQuestion, people: readonly Person[]): boolean {
  const claim = q.focus.filter((f) => !f.name);
  // A day or a month is a date, not an actor: "the Sunday shows" names no one.
  const names = q.names.map((n) => words(n).map(bare)).filter((n) => !n.every((w) => NOT_A_NAME.test(w)));
  if (claim.length === 0 || names.length < 2) return false;
  const tokens = words(sentence).map(bare);
  const roots = new Set(tokens.map(lemma));
  if (!claim.every((f) => rootMatch(f.lemma, roots) > 0)) return false;
  const present = new Set(tokens);
  const missing = names.filter((n) => !n.some((w) => present.has(w)));
  if (missing.length !== 1) return false;
  const asked = new Set(names.flat());
  const other = people.some((p) => {
    const own = words(p.name)
      .map(bare)
      .filter((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
    return own.length > 0 && own.every((w) => !asked.has(w)) && own.some((w) => present.has(w));
  });
  return other;
}

import { lemma } from './lexicon.js';

/**
 * "How many countries signed the pact?" is not answered by "31-page" (of "the 31-page pact"): a
 * number joined by a hyphen to a unit ("31-page", "78-year-old", "187-member") describes a noun
 * by that unit, and counts the asked thing only when the unit is the asked noun ("How many
 * members ...?" and "22-member"). Such a pick is a count of something else, so the honest reply
 * is that the article doesn't say. On the news training questions, all 3 "how many" replies of
 * this shape with another unit were wrong (each an unanswerable question); the 4 with the same
 * unit or after "how long/old" are not touched.
 */

const HOW_MANY = /\bhow\s+many\s+(?:(?:more|fewer|other|new|of\s+the|of\s+its|of\s+their)\s+)?(\p{L}+)/iu;
const UNIT_MODIFIER = /^[\d.,]+-(\p{L}+)(?:-\p{L}+)*$/u;

/** Whether `answer` is a hyphenated unit modifier of a unit other than the noun "how many" asks for. */
export function countsOtherThing(question: string, answer: string): boolean {
  const asked = HOW_MANY.exec(question)?.[1];
  const unit = UNIT_MODIFIER.exec(answer.trim())?.[1];
  if (!asked || !unit) return false;
  return lemma(asked.toLowerCase()) !== lemma(unit.toLowerCase());
}

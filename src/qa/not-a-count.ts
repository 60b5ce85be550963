import { lemma } from './lexicon.js';

/**
 * A figure the article writes that does not count the thing a "how many/much <noun>?" question
 * asks about, so replying with it answers another question (issue 12, ADR 015 session 17).
 *
 * - A figure fused to a noun by a hyphen ("a 40-seat hall", "a 9-year-old pony", "the 12-page
 *   memo") is an adjective: it measures the noun it is fused to, and that noun is the thing
 *   counted. It counts the asked thing only when that noun is the asked one ("how many seats" in
 *   "a 40-seat hall"). "A two-time winner" counts wins of whatever the winner is known for, so
 *   "-time" is left to the scorer.
 * - "One of the first to ..." is a partitive: "one" picks a member out of a group and counts
 *   nothing the question could ask for.
 *
 * When the scorer's figure is of either kind, "the article doesn't say" is the honest reply.
 */

const WORD_NUMBER =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)';
/** "40-seat", "1,100-mile", "two-hour", "9-year-old": the figure and the noun it is fused to. */
const FUSED_FIGURE = new RegExp(`^(?:[$€£]?\\d[\\d.,]*|${WORD_NUMBER})-(\\p{L}+)`, 'iu');
/** "-time" counts occurrences of what the noun after it is known for ("a three-time champion"). */
const OCCURRENCE_NOUN = /^times?$/i;
/** The question counts something: "how many ...", "how much ...". */
const COUNT_QUESTION = /\bhow\s+(?:many|much)\b/i;
/** A "one" that is not followed by "of" in the evidence: a count of one may be meant. */
const BARE_ONE = /\bone\b(?!\s+of\b)/i;

/** Whether the reply's figure counts something other than what the question asks about. */
export function figureNotACount(
  answer: string,
  evidence: string,
  question: string,
  unit: string | null,
): boolean {
  if (!COUNT_QUESTION.test(question)) return false;
  const text = answer.trim();
  if (/^one$/i.test(text)) return !BARE_ONE.test(evidence);
  if (!unit) return false;
  const noun = FUSED_FIGURE.exec(text)?.[1];
  if (!noun || OCCURRENCE_NOUN.test(noun)) return false;
  return lemma(noun.toLowerCase()) !== unit;
}

/**
 * Where a number phrase starts: the parts of an amount written before its first digit or number
 * word. "a million voters", "an extra dozen" — a news amount counted by a scale word takes "a" as
 * its "one", so the amount told is "a million", not "million".
 */
import type { Token } from './tags.js';

/** Number words that count by a scale and take "a"/"an" for "one": "a million", "a dozen". */
const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion|dozen)s?$/i;

/**
 * The character offset an amount starting at token `i` starts at: the "a"/"an" right before a scale
 * word belongs to it ("a million" is one million), and so does a currency sign written apart
 * ("$ 170"); otherwise the token itself.
 */
export function amountStart(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (before && /^an?$/i.test(before.text) && SCALE_WORD.test(token.text)) return before.start;
  // "$ 170 billion": a currency sign set apart by a space is still the amount's unit.
  if (before && /^[$€£¥]$/.test(before.text) && /^\d/.test(token.text)) return before.start;
  return token.start;
}

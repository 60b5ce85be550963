/**
 * "according to <source>" in a question says whose word the fact is, not what the fact is: news
 * attributes a claim with "said", a colon, a quotation or "according to", and the sentence that
 * holds the claim often attributes it another way ("<Source> said the figure was ...", or the
 * source named in the sentence before). "said", "told" and "says" are already stop words
 * (text.ts); "according" was a focus word, so a sentence stating the fact without writing
 * "according" lost a share of its coverage, most often enough to fall under the coverage bar.
 * The source's name stays a focus word: only the attribution word itself is dropped.
 *
 * Counts (ADR 015, session 22; training questions on PolNeAR train articles, committed weights):
 * 28 training questions write "according to"; over all training questions 2-840 the rule changes
 * 3 replies, 3 wrong -> right, 0 right -> wrong (fixed 2-599: 3 of 3; 600-839: no change).
 */

/** The word "according" of "according to", at `at` in the question's tokens. */
export function isAttributionWord(tokens: readonly string[], at: number): boolean {
  return /^according$/i.test(tokens[at] ?? '') && /^to$/i.test(tokens[at + 1] ?? '');
}

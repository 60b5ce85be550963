/**
 * "STORM CUTS POWER TO VELLPORT Thousands of homes ...": some outlets set the headline in capitals
 * and the cleaner runs it into the first sentence. Capitals there say nothing about names, and a
 * headline is the least specific account of the event ("VELLPORT" where the story says "Quay
 * Street in Vellport"; "CUTS POWER" read as a name). A candidate that opens in capitals inside a
 * run of at least four words in capitals is such a headline's words, never an answer, even when
 * it runs on into the sentence after ("VELLPORT Thousands"); a short acronym in a normal sentence
 * ("the NRA", "U.S.") is no run. For name answers only: a slogan in capitals may answer "what".
 */
export function inCapitalsHeadline(
  c: { text: string; start: number; end: number },
  sentence: string,
): boolean {
  if (!/^\p{Lu}\P{Ll}/u.test(c.text)) return false;
  for (const run of sentence.matchAll(CAPITALS_RUN)) {
    const from = run.index;
    const to = from + run[0].length;
    // Starting inside the run: the headline's words, whatever body words the candidate runs on into.
    if (c.start >= from && c.start < to) return true;
  }
  return false;
}

/** Four or more words in capitals (numbers and "&" may stand between), as a headline sets them. */
const CAPITALS_RUN =
  /(?:\b\p{Lu}[\p{Lu}\p{N}.'’-]*\b[,:;]?\s+(?:(?:[\p{N},.%$]+|&)\s+)*){3,}\b\p{Lu}[\p{Lu}\p{N}.'’-]*\b/gu;

/**
 * "What is the harbour board's approval rating?", "What was the yield on the ten-year bond?",
 * "What is the margin of error?": a copular "what" question whose subject is headed by a noun of
 * measure asks for a figure, though no "how many" or "what number" says so. Read as a number
 * question, it is answered by the number readers (with its unit) instead of by a noun phrase of
 * the sentence. On the training news questions outside the blind range, 18 questions have this
 * shape and all 18 golds are figures (ADR 015, session 15).
 */
export function asksForAmount(question: string): boolean {
  const m = AMOUNT_SUBJECT.exec(question);
  if (!m) return false;
  // "What is the reason for the price rise?": the measure noun must head the subject, so it ends
  // the subject's words, and no lowercase "of"/"for" before it hands the head to another noun
  // ("the cause of the high price"); a name may hold one ("the Hall of Fame's admission fee").
  const before = (m[1] ?? '').split(/\s+/).filter(Boolean);
  return !before.some((w, i) => OTHER_HEAD.test(w) && !/^\p{Lu}/u.test(before[i + 1] ?? ''));
}

/**
 * Nouns whose value is a figure: rates, prices, counts, tallies, shares, margins. Not "population":
 * "what is the population of <town>?" stays a description question whose number the scorer weighs
 * with a doubt (qa.pick-rules tests); no training question asks it.
 */
const MEASURE_NOUNS =
  'rates?|ratings?|yields?|fees?|prices?|costs?|levels?|margins?|scores?|tally|turnout|salary|budget|percentages?|share|total|average|temperature|toll|count|deficit|debt|revenue|valuation|vote|gap|spread';

/** What may follow the head: the question's end or a preposition opening its complement. */
const AFTER_HEAD =
  '\\s*\\??\\s*$|\\s+(?:of|in|on|for|from|over|among|according|to|after|at|between|with|under|as|since|during|by|among|this|last|now|today)\\b';

/** "what is|was [the|a] <up to eight words> <measure noun> <end or preposition>", the words captured. */
const AMOUNT_SUBJECT = new RegExp(
  `^\\s*what\\s+(?:is|was|are|were|['’]s)\\s+(?:the\\s+|an?\\s+)?((?:[\\p{L}\\p{N}.&’'/-]+\\s+){0,8}?)(?:${MEASURE_NOUNS})(?=${AFTER_HEAD})`,
  'iu',
);

/** Words that hand the head of the subject to the noun after them. */
const OTHER_HEAD = /^(?:of|for|about|behind)$/i;

/**
 * A percentage is a share of something, never a count of it: "how many voters backed the levy?"
 * is not answered by "52%" (that says which part of some whole did), so a "how many" question
 * whose best phrase is a percentage has no count in the article to give. None of the 175 "how
 * many" news training questions has a percentage for its answer; every reply of the shipped scorer
 * that answered one with a percentage was wrong (3 of 3, two of them unanswerable questions).
 * "how many percentage points" asks for the share's own measure and is left alone.
 */

const PERCENTAGE = /\d\s?(?:%|per\s?cent\b)/i;
const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', 'percentag', 'point']);

/** Whether a "how many" question (its counted noun `unit`, lemmatised) is answered by a share, not a count. */
export function shareForCount(wh: string, unit: string | null, answer: string): boolean {
  return wh === 'how many' && !(unit && SHARE_UNITS.has(unit)) && PERCENTAGE.test(answer);
}

/**
 * A date after a verb of urging, asking or deciding and the infinitive it governs ("urged the crews
 * to sail Tuesday", "the dockers agreed on Friday to reopen the quay on Monday", "ran an ad to urge
 * members to turn out on Election Day"): the date is the infinitive's, an act asked for or agreed
 * on, which lies after the asking, not the past act of asking. Read as the nearest such day (a plan told as of a
 * past moment), not the last one.
 */

/** The directing verb, in any form, then up to four words (its object) and "to" with a verb. */
const DIRECTED_INFINITIVE =
  /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|vot(?:e|es|ed|ing)|agree(?:s|d)?|decid(?:e|es|ed)|order(?:s|ed)?|call(?:s|ed)? on|invit(?:e|es|ed)|encourag(?:e|es|ed)|press(?:es|ed)?|instruct(?:s|ed)?|direct(?:s|ed)|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|begg?(?:s|ed)?|implor(?:e|es|ed))\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b/i;

/** Whether `text` (from a date's governing past verb up to the date) holds a directed infinitive. */
export function directedAfter(text: string): boolean {
  return DIRECTED_INFINITIVE.test(text);
}

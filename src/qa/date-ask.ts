/**
 * Questions that ask for a date without the forms question.ts's date rule knows ("when did/is
 * ...", "which year"). English asks for a time in three more ways, each a fact of question
 * grammar, not of any article:
 * - "when" after a preposition or before a modal or perfect auxiliary: "By when would the toll
 *   reach $5?", "Until when could voters register?" (the date rule reads "when" only first or
 *   before do/be/will);
 * - "which/what" with a day of the week as its noun: "On which night of the week do the clubs
 *   meet?", "Which weekday ...?";
 * - a copular "what" question whose head is a date noun: "What is the council's filing
 *   deadline?", "What was the date of the vote?".
 * Read as descriptions, these were answered with whatever phrase the scorer liked best; read as
 * dates, the date readers answer them. Counted on the training questions (session 20): see ADR 015.
 */

/** "by when", "until when", "when would", "when has": a time asked for. */
const WHEN_ELSEWHERE =
  /\b(?:by|until|till|through|from)\s+when\b|\bwhen\s+(?:would|could|should|can|must|might|may|shall|has|have|had)\b/i;

/**
 * "which night of the week", "what day of the week", "which weekday": a day of the week asked for,
 * a calendar answer. "Which night of the festival ...?" is left alone: it asks which of an event's
 * nights ("the second night", "its final night"), which need not be written as a date.
 */
const DAY_OF_WEEK =
  /\b(?:which|what)\s+(?:(?:days?|nights?|mornings?|afternoons?|evenings?)\s+of\s+the\s+week|weekdays?)\b/i;

/** "What is <the / X's> ... deadline?", "What was the date of ...?": a date noun heads the copular question. */
const COPULAR_DATE_NOUN =
  /^\s*what\s+(?:is|was|will\s+be)\s+(?:the\s+|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*['’]s?\s+)(?:[\p{L}-]+\s+){0,3}?(?:deadline|date)(?:\s+(?:of|for)\s+[^?]+)?\s*\??\s*$/iu;

export function asksForDate(question: string): boolean {
  return WHEN_ELSEWHERE.test(question) || DAY_OF_WEEK.test(question) || COPULAR_DATE_NOUN.test(question);
}

/**
 * "What did the mayor say the ferry will cost?", "what does Ruiz say is the cause?": the speech
 * verb is followed by a clause with its own verb, so the question asks for a part of what was
 * said (its object or subject), not the statement and its speaker. Such questions are read as
 * "what" description questions rather than quote questions. On the training news questions
 * outside the blind range, 6 quote readings had this shape and all 6 were answered wrong with a
 * whole quotation; no question read as a quote and answered right had it (ADR 015, session 14).
 */
export function asksInsideStatement(question: string): boolean {
  const m = SPEECH_THEN_CLAUSE.exec(question);
  return Boolean(m?.[1] && AUXILIARY.test(m[1]));
}

/** The reported clause of such a question ("he will build", "is the cause"), or null. */
export function statementClause(question: string): string | null {
  const m = SPEECH_THEN_CLAUSE.exec(question);
  return m?.[1] && AUXILIARY.test(m[1]) ? m[1] : null;
}

/** "what ... say|said|tell|told|think|claim|argue|warn|write|add <rest>?" with the rest captured. */
const SPEECH_THEN_CLAUSE =
  /^\s*what\s+(?:did|does|do|has|have|had|will|would)\b.+?\b(?:say|said|think|claim|argue|warn|write|wrote|add|added)\s+(.+?)\s*\??\s*$/i;

/** An auxiliary or copula in the rest: the mark of a clause of its own ("he will build", "is the cause"). */
const AUXILIARY = /(?:^|\s)(?:is|are|was|were|will|would|can|could|should|must|might|may|has|have|had|be)\b/i;

/**
 * How a yes/no question opens: an auxiliary first ("Did Iran confirm the talks?"), also with
 * "n't" ("Didn't the port reopen?", "Won't the mayor run?") and after a leading "and", "but",
 * "so" or "or" ("But did the ferry sail?"). On all 840 PolNeAR train articles, 20 questions open
 * so (5 on a contracted auxiliary, 15 on a conjunction and an auxiliary), 18 of them yes/no
 * questions and the other 2 "X or Y?" choices.
 *
 * "Didn't X confirm ...?" asks whether X confirmed: the "n't" of the opening leans toward "yes"
 * and says nothing of the claim, so it is no negation of the question (see yesno.ts).
 */

const CONTRACTED =
  "(?:is|are|was|were|do|does|did|has|have|had|would|could|should|must)n['’]t|can['’]t|cannot|won['’]t|shan['’]t";
const PLAIN = 'is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must';
const LEAD = '^\\s*(?:(?:and|but|so|or)\\s+)?';

/** The auxiliary that opens a yes/no question, after an optional conjunction. */
export const YES_NO_OPENING = `${LEAD}(?:${CONTRACTED}|${PLAIN})\\b`;

const NEGATIVE_OPENING = new RegExp(`${LEAD}(?:${CONTRACTED})\\b`, 'i');

/** A contracted auxiliary ("Didn't", "won’t"): a word of the opening, not of the claim. */
export function isContractedAuxiliary(word: string): boolean {
  return new RegExp(`^(?:${CONTRACTED})$`, 'i').test(word);
}

/** The question without its negative opening: "Didn't Iran confirm it?" → " Iran confirm it?". */
export function withoutNegativeOpening(question: string): string {
  return question.replace(NEGATIVE_OPENING, '');
}

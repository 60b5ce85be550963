import type { QuestionType } from './question.js';

/**
 * Which replies need their sentence to hold the question's verb (answer.ts `usable`). A person
 * named in a sentence that never says the asked deed is not known to have done it: the sentence
 * may name them for anything else. A body is different: news writes what an organisation did
 * through the thing it made or holds, a noun beside its name ("a <Paper> story", "the <College>
 * poll", "loans from <Bank>", "a seminar at <Academy>"), and seldom with the verb the question
 * uses, so the check keeps out more right bodies than wrong ones. Over all training questions
 * (2-840) the check blocked 6 organisation picks: dropping it for organisations turns 5 wrong ->
 * right, 0 right -> wrong, 1 stays wrong (holds 5 of 6; ADR 015, session 19). It subsumes the
 * narrower "<name> <thing>" exemption of session 14 (thing-owner.ts).
 */
export function needsAskedVerb(type: QuestionType): boolean {
  return type === 'person';
}

import type { QuestionType } from './question.js';
import { namesOpenKind } from './unknown.js';

/**
 * A news sentence often says one thing is not known and, in the same breath, gives a date or a
 * figure it does know: "aides expect a vote in May, though it is unclear whether it will pass",
 * "the mill cut 300 jobs, something few shoppers would know". The date or figure is no less
 * reported for standing beside the doubt. So when the scorer's own date or number comes from the
 * sentence that voices a doubt, and that doubt does not say it is the date or number itself that
 * is open ("did not say when", "how many"), the reply is the phrase, not "the article says this is
 * not known". Only dates and numbers: a phrase of exactly that kind is what such a question asks.
 */
export function typedAnswerBesideDoubt(
  type: QuestionType,
  answer: { index: number; answered: boolean } | null,
  doubt: { index: number } | undefined,
  doubtSentence: string,
): boolean {
  if (type !== 'date' && type !== 'number') return false;
  if (!answer?.answered || !doubt || answer.index !== doubt.index) return false;
  return !namesOpenKind(doubtSentence, type);
}

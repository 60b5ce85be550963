import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';

/** Whether a question asks for several names at once (list-ask.ts). Invented questions. */
describe('a question asking for several at once', () => {
  it.each([
    'Which two harbour officials signed the deal?',
    'Who were the delegates from Vellby?',
    'Which ferry companies joined the strike?',
    'Which three towns lost power?',
  ])('reads %s as asking for several', (q) => {
    expect(parseQuestion(q).several).toBe(true);
  });

  it.each([
    'Which caucus is on Saturday?',
    'What alias did Orla Brandt use?',
    'What is the name of the ferry firm?',
    'Which town does the ferry serve?',
    "Which port's cranes did the storm topple?",
    'Where did the two skippers meet?',
    'Where did the two-day march begin?',
    'Who did both skippers thank?',
  ])('reads %s as asking for one', (q) => {
    expect(parseQuestion(q).several).toBe(false);
  });
});

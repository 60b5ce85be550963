import { describe, expect, it } from 'vitest';
import { asksForAmount } from '../../src/qa/amount-question.js';
import { parseQuestion } from '../../src/qa/question.js';

/** A copular "what" question headed by a noun of measure asks for a figure. Invented questions. */

describe('"what is <possessor> <measure noun>?"', () => {
  it('reads a rate, a fee or a margin as a number question', () => {
    expect(parseQuestion("What is the harbour board's approval rating?").type).toBe('number');
    expect(parseQuestion('What was the yield on the ten-year ferry bond?').type).toBe('number');
    expect(parseQuestion("What is the Vellport Maritime Museum's entry fee?").type).toBe('number');
    expect(parseQuestion('What is the margin of error for the survey?').type).toBe('number');
    expect(parseQuestion('What was the vote to approve the budget?').type).toBe('number');
  });

  it('leaves a measure noun that does not head the subject alone', () => {
    expect(asksForAmount('What is the reason for the price rise?')).toBe(false);
    expect(asksForAmount('What was the cause of the high turnout?')).toBe(false);
    expect(asksForAmount('What was the rate cut meant to do?')).toBe(false);
    expect(parseQuestion('What was the average donation?').type).not.toBe('number');
  });
});

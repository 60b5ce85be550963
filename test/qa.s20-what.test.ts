import { describe, expect, it } from 'vitest';
import { figureOfOtherMeasure } from '../src/qa/measure-kind.js';
import { parseQuestion } from '../src/qa/question.js';

describe('one reading of "how much money" (question.ts q.money, read by measure-kind.ts)', () => {
  it('reads the giving and investing verbs as a sum of money asked', () => {
    expect(parseQuestion('How much did the Orlen trust pour into the harbour works?').money).toBe(true);
    expect(parseQuestion('How much has Tamsin Wyle invested in the ferry line?').money).toBe(true);
    expect(parseQuestion('How much did the Kell fund give the rowing club?').money).toBe(true);
    expect(parseQuestion('How much did prices rise in Vellport?').money).toBe(false);
  });

  it('the measure check follows the question reader: a count is not a sum of money', () => {
    const q = parseQuestion('How much did the Orlen trust pour into the harbour works?');
    expect(figureOfOtherMeasure('three barges', q.text, q.money)).toBe(true);
    expect(figureOfOtherMeasure('$4 million', q.text, q.money)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { withQuoteMarks } from '../../src/qa/quote-marks.js';

/** A phrase answer keeps the quotation marks its sentence writes. Invented text. */

describe('quotation marks kept on a phrase answer', () => {
  it('wraps a term the sentence quotes, leaving its comma or full stop out', () => {
    const s =
      'Fishermen have taken to calling the new quota the “empty net rule,” a label officials dislike.';
    expect(withQuoteMarks('empty net rule', s)).toBe('“empty net rule”');
    expect(withQuoteMarks('Harbour Nights', 'She will host "Harbour Nights."')).toBe('"Harbour Nights"');
  });

  it('keeps marks inside the phrase', () => {
    const s = 'Traders call it the “slow squeeze” and expect more of it.';
    expect(withQuoteMarks('the slow squeeze', s)).toBe('the “slow squeeze”');
  });

  it('leaves an unquoted phrase and marks that would not pair', () => {
    expect(withQuoteMarks('a new quota', 'Fishermen face a new quota this spring.')).toBe('a new quota');
    const s = '“We lost the slow season to the rule,” Brandt said.';
    expect(withQuoteMarks('the slow season', s)).toBe('the slow season');
  });
});

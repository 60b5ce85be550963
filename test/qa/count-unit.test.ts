import { describe, expect, it } from 'vitest';
import { countsOtherThing } from '../../src/qa/count-unit.js';
import { articleToAsk } from '../helpers/qa-article.js';

/** "How many X?" is not answered by a number that is a unit modifier of something else. Invented text. */

describe('a hyphenated unit modifier as a count', () => {
  it('counts something else when its unit is not the asked noun', () => {
    expect(countsOtherThing('How many towns signed the harbour pact?', '40-page')).toBe(true);
    expect(countsOtherThing('How many members does the board have?', '12-member')).toBe(false);
    expect(countsOtherThing('How long is the report?', '40-page')).toBe(false);
    expect(countsOtherThing('How many towns signed it?', '14')).toBe(false);
  });

  it('the reply says it cannot find the count rather than give the modifier', async () => {
    const article = await articleToAsk(
      'Coastal towns signed the 40-page harbour pact in Tarnby on Tuesday.\nIts authors spent two winters drafting it.',
    );
    try {
      const r = await article.ask('How many towns signed the harbour pact?');
      expect(r.answer).not.toBe('40-page');
      expect(r.status).not.toBe('answered');
    } finally {
      await article.close();
    }
  });
});

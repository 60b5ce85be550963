import { describe, expect, it } from 'vitest';
import { typedTiedBelowBar } from '../../src/qa/typed-bar.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A date or number below the coverage bar stands when its sentence names everyone asked about. Invented text. */

describe('a date or number tied by the names below the coverage bar', () => {
  const sentence = 'On Monday, Ana Ruiz cut the ribbon at the new bus depot in Vellport.';
  const asked = { text: 'When did Ana Ruiz open the depot?', names: ['Ana Ruiz'] };

  it('stands when the sentence names everyone asked about and clears the floor', () => {
    expect(typedTiedBelowBar({ answer: 'Monday', coverage: 0.3 }, sentence, asked)).toBe(true);
    expect(
      typedTiedBelowBar({ answer: 'Monday', coverage: 0.1, windowCoverage: 0.25 }, sentence, asked),
    ).toBe(true);
  });

  it('does not stand without a name, the names, the floor or the figure the question sets', () => {
    expect(typedTiedBelowBar({ answer: 'Monday', coverage: 0.3 }, sentence, { ...asked, names: [] })).toBe(
      false,
    );
    expect(
      typedTiedBelowBar({ answer: 'Monday', coverage: 0.3 }, sentence, { ...asked, names: ['Ivo Kell'] }),
    ).toBe(false);
    expect(typedTiedBelowBar({ answer: 'Monday', coverage: 0.15 }, sentence, asked)).toBe(false);
    expect(
      typedTiedBelowBar({ answer: 'Monday', coverage: 0.3 }, sentence, {
        text: 'When did Ana Ruiz open the depot in 2019?',
        names: ['Ana Ruiz'],
      }),
    ).toBe(false);
  });

  it('does not stand inside a quotation: the speaker dates it from when they spoke', () => {
    const quoted = '“I saw the depot the other week,” said Ana Ruiz.';
    expect(typedTiedBelowBar({ answer: 'the other week', coverage: 0.3 }, quoted, asked)).toBe(false);
  });

  describe('in an article', () => {
    const article = askingArticle(`Vellport gets a new bus depot.
Drivers had waited three years for it, and the county paid more than it had planned.
On Monday, Ana Ruiz cut the ribbon before a small crowd.
Ruiz said the routes would start running from the site next month.`);

    it('answers when the depot was opened from a sentence that words it otherwise', async () => {
      const r = await article.ask('When did Ana Ruiz officially open the bus depot to passengers?');
      expect(r.answer).toMatch(/Monday/);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { placeTiedBelowBar } from '../../src/qa/place-bar.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A place set after "in"/"at" stands below the coverage bar when the sentence names who is asked about. Invented text. */

const fair = `Harvest season opens across Orrin county.
Stalls, music and a tractor parade are planned, and organisers expect record crowds at the fair in Vellport next month.
The county board approved money for the annual harvest fair on Tuesday after a long debate about its cost, board chair Ana Ruiz said.
Ruiz said local growers had asked for more space for their produce this year.`;

describe('a place tied by "in" or "at" below the coverage bar', () => {
  const sentence = 'Ana Ruiz spoke to growers at the market in Vellport on Friday.';

  it('stands when the sentence names everyone asked about and clears the floor', () => {
    expect(placeTiedBelowBar({ answer: 'Vellport', coverage: 0.35 }, sentence, ['Ana Ruiz'])).toBe(true);
    expect(placeTiedBelowBar({ answer: 'Vellport', coverage: 0.1, windowCoverage: 0.4 }, sentence, [])).toBe(
      true,
    );
  });

  it('does not stand without the names, the preposition or the floor', () => {
    expect(placeTiedBelowBar({ answer: 'Vellport', coverage: 0.35 }, sentence, ['Ivo Kell'])).toBe(false);
    expect(
      placeTiedBelowBar({ answer: 'Orrin', coverage: 0.35 }, 'Orrin growers met Ana Ruiz.', ['Ana Ruiz']),
    ).toBe(false);
    expect(placeTiedBelowBar({ answer: 'Vellport', coverage: 0.2 }, sentence, ['Ana Ruiz'])).toBe(false);
  });

  describe('in an article', () => {
    const article = askingArticle(fair);

    it('answers where the fair is held from a sentence that says little else of the question', async () => {
      const r = await article.ask('Where will the annual harvest fair be held?');
      expect(r.answer).toBe('Vellport');
    });
  });
});

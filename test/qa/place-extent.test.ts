import { describe, expect, it } from 'vitest';
import { withWholePlace } from '../../src/qa/place-extent.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A place answer takes the whole capitalised run as written, and the venue its town owns. Invented text. */

describe('the whole place as written', () => {
  it('takes the venue after the town that owns it', () => {
    expect(
      withWholePlace('Vellport', 'The gala was held at Vellport’s Harbour Hall on the first night.'),
    ).toBe('Vellport’s Harbour Hall');
    expect(withWholePlace('Vellport', 'The trio plays at Vellport’s 12 Quay this week.')).toBe(
      'Vellport’s 12 Quay',
    );
  });

  it('takes the rest of a name the pick cut short', () => {
    expect(withWholePlace('Quay', 'Fans filled Quay Arena and the square outside.')).toBe('Quay Arena');
  });

  it('stops at a calendar word, a title or a lowercase word', () => {
    expect(withWholePlace('Vellport', 'She spoke in Vellport Tuesday about the budget.')).toBe('Vellport');
    expect(withWholePlace('Vellport', 'The talks in Vellport Mayor Ana Ruiz called were short.')).toBe(
      'Vellport',
    );
    expect(withWholePlace('Vellport', 'Vellport’s harbour was closed.')).toBe('Vellport');
    expect(withWholePlace('Vellport', 'Crowds came to Vellport and stayed.')).toBe('Vellport');
  });

  describe('in an article', () => {
    const article = askingArticle(`Ruiz wins the Orrin county race.
Ana Ruiz thanked her volunteers at Vellport’s Harbour Hall on Tuesday night after the count.
Her rival, Ivo Kell, conceded by phone an hour later.`);

    it('answers with the venue, not only its town', async () => {
      const r = await article.ask('Where did Ruiz thank her volunteers?');
      expect(r.answer).toMatch(/Harbour Hall/);
    });
  });
});

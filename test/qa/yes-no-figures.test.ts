import { describe, expect, it } from 'vitest';
import { contradictsFigure } from '../../src/qa/yesno-number.js';
import { askingArticle } from '../helpers/qa-article.js';

/** Another year, count or rank than the asked one denies the claim. Invented text. */

const harbour = `The Dornmere harbour board hired 20 new pilots for the winter season.
The old lighthouse at Kestrel Point was built in 1874 by a local guild.
The Dornmere rowing club finished third in the regional regatta on Sunday.`;

describe('a contradicting figure answers "No"', () => {
  const article = askingArticle(harbour);

  it('answers "No" when the sentence gives another count', async () => {
    expect((await article.ask('Did the Dornmere harbour board hire 50 new pilots?')).answer).toBe('No');
  });

  it('answers "No" when the sentence gives another year', async () => {
    expect((await article.ask('Was the lighthouse at Kestrel Point built in 1902?')).answer).toBe('No');
  });

  it('answers "No" when the sentence gives another rank', async () => {
    expect(
      (await article.ask('Did the Dornmere rowing club finish first in the regional regatta?')).answer,
    ).toBe('No');
  });

  it('still answers "Yes" when the asked figure is there', async () => {
    expect((await article.ask('Did the Dornmere harbour board hire twenty new pilots?')).answer).toBe('Yes');
  });
});

describe('contradictsFigure', () => {
  it('needs a figure of the same kind in the sentence', () => {
    expect(contradictsFigure('Was it built in 1902?', 'It was built by a guild.')).toBe(false);
    expect(contradictsFigure('Did they hire 5 pilots in 1902?', 'They hired 5 pilots.')).toBe(false);
    expect(contradictsFigure('Did they hire ten pilots?', 'They hired 2,000 pilots.')).toBe(true);
  });
});

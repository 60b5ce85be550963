import { describe, expect, it } from 'vitest';
import { withRegion } from '../src/qa/place-region.js';
import { articleToAsk } from './helpers/qa-article.js';

/** A compass word before a place narrows it; invented sentences. */
describe('withRegion', () => {
  it('takes the lowercase compass word written before the place', () => {
    expect(withRegion('Norway', 'The mill in northern Norway closed.')).toBe('northern Norway');
    expect(withRegion('New York', 'She grew up in upstate New York, near the lakes.')).toBe(
      'upstate New York',
    );
    expect(withRegion('Ohio', 'Farms across southeastern Ohio lost crops.')).toBe('southeastern Ohio');
  });

  it('leaves a place with no compass word, or one inside another word', () => {
    expect(withRegion('Ohio', 'Farms across Ohio lost crops.')).toBe('Ohio');
    expect(withRegion('Ohio', 'The Midwest Ohio fair opened.')).toBe('Ohio');
  });
});

describe('"where" answered with the region', () => {
  it('answers with the part of the country the text names', async () => {
    const { ask, close } = await articleToAsk(
      'Mill to close.\n\nThe paper company will close its mill in northern Sweden next year, it said on Monday.\n\nAbout 300 people work there.',
    );
    const r = await ask('Where will the paper company close its mill?');
    await close();
    expect(r.answer).toBe('northern Sweden');
  });
});

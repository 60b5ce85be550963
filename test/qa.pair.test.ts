import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** A poll split or a result written larger share first: which side the question asks for. Invented text. */
const ARTICLE =
  'A new survey of Harbour County voters came out on Friday.\n\n' +
  'By a lopsided 71%-18%, voters back the new ferry line.\n\n' +
  'In the race for mayor, Ada Brook leads Ivo Tarn 52% to 39% among likely voters.';

describe('numbers in a larger-first pair', () => {
  it('gives the first share for the side that agrees', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('What share of voters back the new ferry line?');
    await close();
    expect(r.answer).toBe('71%');
  });

  it('gives the first share for the leader', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('What share of likely voters support Ada Brook?');
    await close();
    expect(r.answer).toBe('52%');
  });

  it('gives the second share when the question names the other side', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('What share of likely voters support Ivo Tarn?');
    await close();
    expect(r.answer).toBe('39%');
  });
});

import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** "who" questions answered by word order: the doer before the verb, the done-to after it. Invented text. */
const ARTICLE =
  'The race for the Tarrow harbour board ended on Tuesday.\n\n' +
  'Ada Brook, the former ferry captain, won the harbour board seat by 40 votes, although Ivo Tarn won the loudest applause at the count.\n\n' +
  'During the last debate, Brook took on Tarn directly, while Lena Voss stayed home to rest.\n\n' +
  'After the count, Ivo Tarn said Lena Voss was elected treasurer of the board with his support.';

describe('who: the doer or the done-to, by word order', () => {
  it('gives the subject of the use of the verb whose words match the question', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('Who won the harbour board seat?');
    await close();
    expect(r.answer).toBe('Ada Brook');
  });

  it('gives the person after the verb and its particle for "who did X <verb>?"', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('Who did Ada Brook take on during the debate?');
    await close();
    // The sentence says "Tarn"; the article's one Tarn is answered in full (full-name.ts).
    expect(r.answer).toBe('Ivo Tarn');
  });

  it('gives the subject of a passive for "who was <participle> ...?"', async () => {
    const { ask, close } = await articleToAsk(ARTICLE);
    const r = await ask('Who was elected treasurer of the board?');
    await close();
    expect(r.answer).toContain('Voss');
  });

  it('takes no name inside a hyphenated word ("anti-Tarn") for the doer', async () => {
    const { ask, close } = await articleToAsk(
      'The campaign money is moving fast this month.\n\n' +
        'Spending by the anti-Tarn super PAC named Clear Harbour doubled in May.\n\n' +
        'Ivo Tarn said he was not worried.',
    );
    const r = await ask('Which super PAC doubled its spending in May?');
    await close();
    expect(r.answer).not.toBe('Tarn');
  });
});

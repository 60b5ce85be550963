import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/qa/question.js';
import { articleToAsk } from './helpers/qa-article.js';

/** "Where did the X take place?": the idiom says "happened"; the event word finds the evidence. Invented text. */
describe('"take place" in a where question', () => {
  it('leaves "take" and "place" out of the focus words', () => {
    const q = parseQuestion('Where did the hearing take place?');
    expect(q.focus.map((f) => f.word)).toEqual(['hearing']);
  });

  it('answers with the place written after the event word', async () => {
    const { ask, close } = await articleToAsk(
      'Three councillors faced questions over the harbour contract.\n\n' +
        'The council voted on Monday to extend the inquiry by a month.\n\n' +
        'Brook and Tarn entered the hearing in Kellport well behind in the polls.\n\n' +
        'The hearing drew a small crowd, and the hearing ended before noon.',
    );
    const r = await ask('Where did the hearing take place?');
    await close();
    expect(r.answer).toBe('Kellport');
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/qa/question.js';
import { articleToAsk } from './helpers/qa-article.js';

/** Where questions whose words the evidence writes otherwise: "take place", "travel" for "trip". Invented text. */
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

  it('reads "the trip to <place>" for "where did X travel?"', async () => {
    const { ask, close } = await articleToAsk(
      'Ada Brook spent the week before the vote away from the capital.\n\n' +
        'On Monday Brook made a trip to Boston to talk about the ferry line in Chicago, which closed in May.\n\n' +
        'Brook said the ferry would reopen.',
    );
    const r = await ask('Where did Ada Brook travel to talk about the ferry line?');
    await close();
    expect(r.answer).toBe('Boston');
  });
});

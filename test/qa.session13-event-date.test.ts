import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** "When was the <event>?" answered by the date written before the event's noun; invented articles. */
const FERRY =
  'Ferry service resumes in Kellport.\n\n' +
  'Repairs to the harbour wall were finished on Monday, weeks after the damage was found.\n\n' +
  'Inspectors traced the cracks to Tuesday’s storm surge, which flooded the quay.\n\n' +
  'The council blamed the March 4 collapse of the old pier on years of neglect.\n\n' +
  'A review of the 2019 repair budget is due next month.';

describe('the date set before the event noun', () => {
  it('answers with a possessive date before the question’s own noun', async () => {
    const { ask, close } = await articleToAsk(FERRY);
    const r = await ask('When was the storm surge?');
    await close();
    expect(r.answer).toMatch(/^Tuesday\b/);
  });

  it('answers with a date after a determiner before the noun', async () => {
    const { ask, close } = await articleToAsk(FERRY);
    const r = await ask('When was the collapse of the pier?');
    await close();
    expect(r.answer).toBe('March 4');
  });

  it('leaves a date that modifies another noun phrase to the scorer', async () => {
    const { ask, close } = await articleToAsk(
      'Budget talks stall.\n\n' +
        'The council met on Thursday to discuss the budget.\n\n' +
        'Members argued over the 2019 budget review process for an hour.',
    );
    const r = await ask('When did the council discuss the budget?');
    await close();
    expect(r.answer ?? '').not.toBe('2019');
  });
});

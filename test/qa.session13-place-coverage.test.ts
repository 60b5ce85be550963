import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** A "where" reply whose sentence holds few of the question's words; invented article. */
const TOUR =
  'Governor Maren Holt set out a jobs plan for small ports on Thursday, her aides said.\n\n' +
  'Holt spoke for forty minutes to dock workers and fishing crews.\n\n' +
  'The economic address was delivered at a boatyard in Tarrow, a town of 9,000 people.\n\n' +
  'Her rival called the plan too costly.';

describe('the coverage a "where" reply needs', () => {
  it('answers with the place the scorer picked in a sentence naming few of the question’s words', async () => {
    const { ask, close } = await articleToAsk(TOUR);
    const r = await ask('Where did Governor Holt give her economic address about jobs for small ports?');
    await close();
    expect(r.answer ?? '').toContain('Tarrow');
  });
});

import { describe, expect, it } from 'vitest';
import { asksClockTime, clockTimesIn } from '../src/qa/clock-time.js';
import { articleToAsk } from './helpers/qa-article.js';

/** "At what time ...?" answered with the clock time, not the day; invented articles. */
const FERRY =
  'Night ferry runs aground off Kellport.\n\n' +
  'The night ferry to Orsa ran aground on Friday night, the port authority said, and all 212 passengers were taken off safely.\n\n' +
  'The harbour master said the ferry left the quay at 10:15 p.m. and struck the sandbank shortly before 11 p.m.\n\n' +
  'Divers will inspect the hull on Monday.';

describe('a what-time question', () => {
  it('reads "at what time" and "what hour", not "what time of year"', () => {
    expect(asksClockTime('At what time did the ferry leave?')).toBe(true);
    expect(asksClockTime('What hour does the market open?')).toBe(true);
    expect(asksClockTime('What time of year do the storms come?')).toBe(false);
  });

  it('reads a clock time written with a point, as British papers write it', () => {
    expect(clockTimesIn('The coach left the ground at 1.30pm and arrived at 4pm.')).toEqual([
      '1.30pm',
      '4pm',
    ]);
  });

  it('answers with the clock time of the event the question names, over the day', async () => {
    const { ask, close } = await articleToAsk(FERRY);
    const left = await ask('At what time did the ferry leave the quay?');
    const struck = await ask('At what time did the ferry strike the sandbank?');
    await close();
    expect(left.answer).toBe('10:15 p.m.');
    expect(struck.answer).toBe('11 p.m.');
  });
});

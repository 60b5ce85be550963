import { describe, expect, it } from 'vitest';
import { reportDayOnly } from '../../src/qa/report-date.js';
import { askingArticle } from '../helpers/qa-article.js';

/** The weekday a report was made is no answer to when the reported event happens. Invented text. */

const ferry = `Orrin ferry plan wins backing.
The Vellport port authority said Friday that the new ferry route to Tarn Island would open once the pier repairs were done.
Harbour master Ivo Kell welcomed the plan in a statement.`;

describe('the day of a report', () => {
  it('reads a bare weekday beside a verb of reporting as the report day', () => {
    expect(
      reportDayOnly('Friday', 'The board said Friday that the pier would open.', 'When will the pier open?'),
    ).toBe(true);
    expect(
      reportDayOnly(
        'Monday night',
        'The club on Monday night announced a new coach.',
        'When was the coach hired?',
      ),
    ).toBe(true);
  });

  it('reads a month or a recent period beside a verb of reporting the same way', () => {
    expect(
      reportDayOnly(
        'in March',
        'The harbour board revealed in March that the pier had closed.',
        'When did the pier close?',
      ),
    ).toBe(true);
    expect(
      reportDayOnly(
        'last week',
        'Kell told the Orrin Courier last week that he would stay.',
        'When will Kell retire?',
      ),
    ).toBe(true);
  });

  it('keeps the weekday when the question asks for the day of the report itself', () => {
    expect(
      reportDayOnly(
        'Friday',
        'The board said Friday that the pier would open.',
        'When did the board say it?',
      ),
    ).toBe(false);
    expect(
      reportDayOnly(
        'Monday',
        'The club announced on Monday a new coach.',
        'When did the club announce the coach?',
      ),
    ).toBe(false);
  });

  it('keeps a weekday of the event itself, a full date, or a possessive', () => {
    expect(
      reportDayOnly('Friday', 'The pier opened Friday, the board said.', 'When did the pier open?'),
    ).toBe(false);
    expect(
      reportDayOnly('May 4', 'The pier opened on May 4, the board said.', 'When did the pier open?'),
    ).toBe(false);
    expect(
      reportDayOnly(
        'Friday',
        'Kell said Friday’s storm closed the pier.',
        'When did the storm close the pier?',
      ),
    ).toBe(false);
  });

  describe('in an article', () => {
    const article = askingArticle(ferry);

    it('does not answer when the route opens with the day the authority spoke', async () => {
      const r = await article.ask('When will the new ferry route to Tarn Island open?');
      expect(r.answer).not.toBe('Friday');
      expect(r.status).not.toBe('answered');
    });

    it('still answers when the authority spoke', async () => {
      const r = await article.ask('When did the port authority announce the ferry route?');
      expect(r.answer).toMatch(/Friday/);
    });
  });
});

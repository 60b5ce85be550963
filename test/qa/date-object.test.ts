import { describe, expect, it } from 'vitest';
import { isCalendarDate, withHourAfter } from '../../src/qa/date-object.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A written date after "until" is the answer as written, not the opening of a time clause. Invented text. */

describe('a date after "until" or "before"', () => {
  it('tells a written date from a clause’s subject', () => {
    expect(isCalendarDate('Feb. 12')).toBe(true);
    expect(isCalendarDate('Friday at noon')).toBe(true);
    expect(isCalendarDate('2031')).toBe(true);
    expect(isCalendarDate('the harbour')).toBe(false);
  });

  describe('in an article', () => {
    const article = askingArticle(`Orrin county sets a filing deadline.
Applicants have until Feb. 12, two days before the council vote, to file their donation reports.
Clerks said late filers would be fined.`);

    it('answers with the whole date, not up to its abbreviation’s stop', async () => {
      const r = await article.ask('When must applicants file their donation reports?');
      expect(r.answer).toBe('Feb. 12');
    });
  });
});

describe('the hour written after the day', () => {
  it('keeps "at noon" and "at 8 p.m." with the date', () => {
    const s = 'Bids are due until Friday at noon, the clerk said.';
    const at = s.indexOf('Friday');
    expect(s.slice(...withHourAfter(s, at, at + 'Friday'.length))).toBe('Friday at noon');
    const t = 'Polls close until May 2 at 8 p.m. in the county.';
    const from = t.indexOf('May 2');
    expect(t.slice(...withHourAfter(t, from, from + 5))).toBe('May 2 at 8 p.m.');
    const u = 'On Friday in the hall.';
    expect(u.slice(...withHourAfter(u, 3, 9))).toBe('Friday');
  });
});

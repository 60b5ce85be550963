import { parseIsoDay } from './calendar.js';
import type { DateSpan } from './scan.js';

/**
 * A day written again without its year is the day written before with it. News gives an event's
 * full date once ("the hearing of March 9, 2011") and then drops the year when it comes back to it
 * ("the notes she took on March 9"); read alone, the second mention was put in the publication's
 * year. So a yearless month-day that repeats the month and day of a full date given earlier in the
 * article takes that date's year.
 *
 * Not when the yearless reading lies ahead of publication ("the treaty signed on July 4, 1788 ...
 * the parade on July 4" is this year's parade), nor in a sentence that makes the day recur
 * ("anniversary", "every year", "annual"): a fixed date comes round each year.
 *
 * Logged over all training text (PolNeAR train 0-840, eng.train 0-946): 5 yearless repeats of an
 * earlier full date from another year than publication, all meaning that earlier date: holds 5 of
 * 5 (3 already read so as historic days, 2 changed, both right). ADR 018, session 20.
 */

/** Rules that read a month and day, perhaps with a year. */
const MONTH_DAY_RULES = new Set(['month-day', 'day-month']);
const YEAR_WRITTEN = /\b(?:1[6-9]|20)\d\d\b/;
const LAST_OR_NEXT = /\b(?:last|next|this)\b/i;
const RECURRING = /\banniversar|\b(?:every|each)\s+year\b|\bannual(?:ly)?\b|\byearly\b/i;
const DAY_VALUE = /^(\d{4})-(\d{2}-\d{2})$/;

/** The full dates an article has given so far, by month and day. */
export class GivenDays {
  private readonly years = new Map<string, string>();

  /**
   * Reads one sentence's spans: a yearless repeat of a given day takes that day's year (the span
   * is changed in place); a full date is noted. `published` is the publication day number.
   */
  reread(sentence: string, spans: DateSpan[], published: number | null): void {
    for (const span of spans) {
      if (!MONTH_DAY_RULES.has(span.rule) || span.value === null) continue;
      const m = DAY_VALUE.exec(span.value);
      if (!m) continue;
      const [, year, monthDay] = m as unknown as [string, string, string];
      if (YEAR_WRITTEN.test(span.text)) {
        this.years.set(monthDay, year);
        continue;
      }
      const given = this.years.get(monthDay);
      if (given === undefined || given === year || LAST_OR_NEXT.test(span.text)) continue;
      const read = parseIsoDay(span.value);
      if (published === null || read === null || read > published) continue;
      if (RECURRING.test(sentence)) continue;
      span.value = `${given}-${monthDay}`;
    }
  }
}

import { dayOf, ymdOf } from './calendar.js';

/**
 * Yearless days that news uses as the name of one event: "Sept. 11" with no year is the 2001
 * attacks ("the Sept. 11 attacks", "the years since Sept. 11") in text written since, not the
 * last or next such day of the calendar. Each entry is [month, day, year of the event].
 */
const HISTORIC_DAYS: readonly (readonly [number, number, number])[] = [[9, 11, 2001]];

/**
 * Within this many days of the calendar day, a bare day may be the calendar's ("the Sept. 11
 * deadline", written in August; "on Sept. 11" reported the day after).
 */
const CALENDAR_DAYS_AROUND = 60;

/** The event's name goes on with its plural noun ("the Sept. 11 attacks", "Sept. 11 terror attacks"). */
const EVENT_NOUN_AFTER = /^\s+(?:terror(?:ist)?\s+)?attacks\b/i;

/**
 * A noun right after the day ("the Sept. 11 deadline", "the September 11 attack" on some other
 * year): a lower-case word that is not a clause or phrase word ("after Sept. 11 as ...").
 */
const NOUN_AFTER =
  /^\s+(?!(?:when|while|to|and|or|but|that|as|in|on|at|by|for|with|because|the|a|an|was|were|is|are|has|had|have)\b)[a-z]/;

/**
 * The day number of the historic event a yearless day names, or null when it names none here.
 * The day must be one of HISTORIC_DAYS, written with a cardinal (the ordinal "11th" is a day of
 * the calendar as spoken, "on September 11th, 2012"), in text written after the event's year;
 * then either the event's plural noun follows, or no noun does and publication is far from the
 * calendar day ("lives changed on Sept. 11", written in March).
 */
export function historicDay(
  month: number,
  day: number,
  published: number,
  written: string,
  after: string,
): number | null {
  const entry = HISTORIC_DAYS.find(([m, d]) => m === month && d === day);
  if (!entry || /\d(?:st|nd|rd|th)\b/i.test(written)) return null;
  const eventYear = entry[2];
  const { year } = ymdOf(published);
  if (year <= eventYear) return null;
  if (EVENT_NOUN_AFTER.test(after)) return dayOf(eventYear, month, day);
  if (NOUN_AFTER.test(after)) return null;
  const near = [year - 1, year, year + 1].some(
    (y) => Math.abs(dayOf(y, month, day) - published) <= CALENDAR_DAYS_AROUND,
  );
  return near ? null : dayOf(eventYear, month, day);
}

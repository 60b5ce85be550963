import { startsWithCalendarWord } from './text.js';

/**
 * "until Feb. 12", "after March 3", "before 2019": a calendar date right after "until", "after"
 * or "before" is the object of a preposition, not the subject of a time clause ("until the
 * harbour reopens"), because a date is not what a clause's verb is said of. The date then
 * answers "when" as written; taking a clause from it would run to the next mark, which may be an
 * abbreviation's stop ("until Feb").
 */
export function isCalendarDate(text: string): boolean {
  return startsWithCalendarWord(text) || /^\d/.test(text);
}

/**
 * The date's span with the hour written right after it ("Friday at noon", "May 2 at 5 p.m."):
 * news gives a deadline's day and hour together, and the hour alone is no date the parse marks.
 */
export function withHourAfter(sentence: string, start: number, end: number): [number, number] {
  const hour = HOUR_AFTER.exec(sentence.slice(end));
  return [start, hour ? end + hour[0].length : end];
}

const HOUR_AFTER = /^,?\s+at\s+(?:noon|midnight|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|o['’]clock))(?![\p{L}])/u;

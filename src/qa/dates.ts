import type { DateMention, Granularity } from '../engine/schema.js';

/**
 * Dates for people: the engine's ISO values ("2024-05-13", "2024-W20", "2024-04",
 * "2024-03/2024-05") turned into "Mon 13 May 2024", "week of 13 May 2024", "April 2024", and
 * a sort key so timelines run oldest first.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Monday of an ISO week (the week holding 4 January is week 1). */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = utcDate(year, 1, 4);
  const mondayOfWeek1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(mondayOfWeek1.getTime() + (week - 1) * 7 * 86_400_000);
}

/** "13 May 2024" */
export function formatDay(date: Date, withWeekday = false): string {
  const text = `${date.getUTCDate()} ${MONTHS_SHORT[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return withWeekday ? `${WEEKDAYS[date.getUTCDay()]} ${text}` : text;
}

/** "17 May 2024" from "2024-05-17"; null for anything else. */
export function formatIsoDay(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? formatDay(utcDate(Number(m[1]), Number(m[2]), Number(m[3]))) : null;
}

interface ParsedValue {
  start: Date;
  label: string;
}

function parseSingle(value: string, granularity: Granularity): ParsedValue | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const date = utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return {
      start: date,
      label: granularity === 'week' ? `week of ${formatDay(date)}` : formatDay(date, true),
    };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { start: monday, label: `week of ${formatDay(monday)}` };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    return { start: utcDate(Number(m[1]), month, 1), label: `${MONTHS[month - 1]} ${m[1]}` };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const label = granularity === 'decade' ? `the ${year - (year % 10)}s` : String(year);
    return { start: utcDate(granularity === 'decade' ? year - (year % 10) : year, 1, 1), label };
  }
  m = /^(\d{3})$/.exec(value);
  if (m) {
    // A decade written as its first three digits ("201" for the 2010s).
    const year = Number(m[1]) * 10;
    return { start: utcDate(year, 1, 1), label: `the ${year}s` };
  }
  return null;
}

export interface FormattedDate {
  /** "Mon 13 May 2024", "week of 13 May 2024", "April 2024", "March 2024 – May 2024". */
  label: string;
  /** Milliseconds of the period's start, for ordering. */
  sortKey: number;
}

/** A readable form of an ISO date value; null when the value is missing or not understood. */
export function formatDateValue(value: string | null, granularity: Granularity): FormattedDate | null {
  if (!value) return null;
  const [from, to] = value.split('/');
  const start = from ? parseSingle(from, granularity === 'range' ? 'day' : granularity) : null;
  if (!start) return null;
  const end = to ? parseSingle(to, granularity === 'range' ? 'day' : granularity) : null;
  const label = end ? `${start.label} – ${end.label}` : start.label;
  return { label, sortKey: start.start.getTime() };
}

/** Whether the words as written already say the full date ("April 15, 2024"), so repeating them adds nothing. */
export function isSelfExplanatory(mention: Pick<DateMention, 'text'>): boolean {
  return /\b\d{4}\b/.test(mention.text) && /\d{1,2}\b/.test(mention.text.replace(/\b\d{4}\b/, ''));
}

/** Pattern pieces and small helpers shared by the rules that read written dates (months, days, years). */
import { dayOf, formatDay, isValidDate } from './calendar.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon.js';
import type { Resolution } from './rule.js';

export const MONTH_ABBR_NO_DOT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
export const MONTH_WITH_DAY = `(${MONTH_PATTERN}|${MONTH_ABBR_NO_DOT})`;
export const YEAR = '((?:1[6-9]|20)\\d\\d)';
export const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[,.:]\\d)';
export const WEEKDAY_PREFIX = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
/** Matches a lower-case word with its first letter in either case ("last" or "Last"). */
export const anyCase = (words: string): string =>
  words.replace(/\b([a-z])/g, (_m, c: string) => `[${c}${c.toUpperCase()}]`);
export const YEARLESS_MODIFIER = `(?:(${anyCase('last|next')})\\s+)?`;

export function dayValue(year: number, month: number, day: number): Resolution | null {
  return isValidDate(year, month, day)
    ? { value: formatDay(dayOf(year, month, day)), granularity: 'day' }
    : null;
}

export const FULL_MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** Up to 40 characters after a match. */
export function textAfter(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
}

/** Words and dashes joining the first and last day of a span: "March 5-7", "5 to 7 March". */
export const RANGE_JOIN = '\\s*(?:-|–|—)\\s*|\\s+(?:to|through|thru|until|till)\\s+';
export const BARE_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

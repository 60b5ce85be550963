/**
 * Stretches written as their two ends: months ("January-June", "the April-June quarter") and days
 * within a month or across a month's end ("March 5-7", "5-7 March", "Sept 25 - Oct 10").
 */
import { monthIndexOf, yearOf } from './calendar.js';
import { BARE_DAY, DAY_NUM, dayValue, FULL_MONTH, MONTH_WITH_DAY, RANGE_JOIN, YEAR } from './date-parts.js';
import { MONTH_STEMS, monthNumber } from './lexicon.js';
import { monthDay } from './month-days.js';
import { formatMonthRange, monthOccurrence } from './occurrence.js';
import { type DateRule, type Resolution, type RuleContext, relative } from './rule.js';

/**
 * Two months joined by a hyphen or slash, as reports name a stretch of the year ("January-June
 * profit", "in the April-June quarter", "Jan-May 1996", "Jan-April' 96"): one range from the first
 * month to the second. A day number after the second month makes it a day range, read elsewhere.
 * A slash joins written-out months only: "Mar / Sep" in a table heads two columns.
 */
const MONTH_SPAN = new RegExp(
  `\\b(?:${MONTH_WITH_DAY}\\s?[-–]\\s?${MONTH_WITH_DAY}|(${FULL_MONTH})\\s?/\\s?(${FULL_MONTH}))(?![\\w-])(?:(?:,?\\s+${YEAR}\\b)|'\\s?(\\d\\d)\\b)?(?!\\s*\\d)`,
  'g',
);

/**
 * Without a year, the stretch is the latest one ending by publication (reports name periods gone
 * by), or the coming one when the clause looks ahead.
 */
function monthSpan(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const first = monthNumber(m[1] ?? m[3] ?? '');
  const last = monthNumber(m[2] ?? m[4] ?? '');
  if (first === null || last === null || first === last) return null;
  const months = ((last - first + 12) % 12) + 1;
  const range = (lastIndex: number): string => formatMonthRange(lastIndex - months + 1, months);
  if (m[5]) return { value: range(monthIndexOf(Number(m[5]), last)), granularity: 'range' };
  if (m[6]) {
    const century = ctx.published === null ? 1900 : Math.floor(yearOf(ctx.published) / 100) * 100;
    return { value: range(monthIndexOf(century + Number(m[6]), last)), granularity: 'range' };
  }
  // A stretch across the new year with no year written ("April-March") is a fiscal year, whose
  // start the text rarely settles.
  if (first > last) return null;
  // Looking ahead, the nearest such stretch: a report due in September on "the April-June
  // quarter" is about the one just ended, "October-December sales will" the coming one.
  const tense = ctx.tense();
  const direction = tense === 'future' || tense === 'planned' ? 'nearest' : 'past';
  return relative(ctx, 'range', (published) => range(monthOccurrence(last, published, direction)));
}

/**
 * The span of days "March 5-7" (or "March 5 to 7", "5-7 March", with or without a year): from the
 * first day to the last, in one month; the year as for the first day alone.
 */
function dayRange(
  monthName: string,
  firstText: string,
  lastText: string,
  yearText: string | undefined,
  ctx: RuleContext,
): Resolution | null {
  const first = Number(firstText);
  const last = Number(lastText);
  if (last <= first) return null;
  const start = monthDay(monthName, firstText, yearText, '', ctx);
  if (start === null) return null;
  if (start.value === null) return { value: null, granularity: 'range' };
  const [year, month] = start.value.split('-').map(Number);
  const end = dayValue(year ?? 0, month ?? 0, last);
  return end === null ? null : { value: `${start.value}/${end.value}`, granularity: 'range' };
}

/**
 * A stretch of days across a month's end ("Sept 25 - Oct 10", "from March 30-April 4") or with its
 * month repeated ("Dec. 3 - Dec. 7"): the first
 * day read as a month-day is, the last in the same year or the next one when its month comes
 * earlier in the calendar. A year written after the last day holds for both.
 */
function crossMonthRange(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const firstMonth = monthNumber(m[1] ?? '');
  const lastMonth = monthNumber(m[3] ?? '');
  if (firstMonth === null || lastMonth === null) return null;
  // "Dec. 3 - Dec. 7" repeats the month: a range only while the days run forward.
  if (firstMonth === lastMonth && Number(m[4]) <= Number(m[2])) return null;
  const wraps = lastMonth < firstMonth;
  const startYear = m[5] ? String(Number(m[5]) - (wraps ? 1 : 0)) : undefined;
  const start = monthDay(m[1] ?? '', m[2] ?? '', startYear, '', ctx);
  if (start === null) return null;
  if (start.value === null) return { value: null, granularity: 'range' };
  const year = Number(start.value.slice(0, 4)) + (wraps ? 1 : 0);
  const end = dayValue(year, lastMonth, Number(m[4]));
  return end === null ? null : { value: `${start.value}/${end.value}`, granularity: 'range' };
}

export const monthSpanRule: DateRule = {
  name: 'month-span',
  needs: [MONTH_STEMS],
  trigger: /[a-z.]\s?[-–/]\s?[A-Z]/,
  pattern: MONTH_SPAN,
  resolve: (m, ctx) => monthSpan(m, ctx),
};

export const monthDayRangeRule: DateRule = {
  name: 'month-day-range',
  needs: [MONTH_STEMS],
  trigger: /\d\s*(?:[-–—]|to|through|thru|until|till)\s*\d/,
  pattern: new RegExp(
    `\\b${MONTH_WITH_DAY}\\s+${BARE_DAY}(?:${RANGE_JOIN})${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  resolve: (m, ctx) => dayRange(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4], ctx),
};

export const crossMonthDayRangeRule: DateRule = {
  name: 'cross-month-day-range',
  needs: [MONTH_STEMS],
  trigger: /\d\s*[-–—]\s*[A-Z]/,
  pattern: new RegExp(
    `\\b${MONTH_WITH_DAY}\\s+${BARE_DAY}\\s*[-–—]\\s*${MONTH_WITH_DAY}\\s*${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  resolve: (m, ctx) => crossMonthRange(m, ctx),
};

export const dayMonthRangeRule: DateRule = {
  name: 'day-month-range',
  needs: [MONTH_STEMS],
  trigger: /\d\s*(?:[-–—]|to|through|thru|until|till)\s*\d/,
  pattern: new RegExp(
    `(?<![\\d.,/:-])\\b${BARE_DAY}(?:${RANGE_JOIN})${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WITH_DAY}\\b(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  resolve: (m, ctx) => dayRange(m[3] ?? '', m[1] ?? '', m[2] ?? '', m[4], ctx),
};

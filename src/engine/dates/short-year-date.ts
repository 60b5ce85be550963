import { yearOf } from './calendar.js';
import { dayValue, MONTH_WITH_DAY } from './date-parts.js';
import { MONTH_STEMS, monthNumber } from './lexicon.js';
import type { DateRule } from './rule.js';

/**
 * A month and day with a two-digit year after a slash ("Mar 14/24", "Nov 2/89"), as market tables
 * date record highs and lows: the slash and the two digits are the year, which the month-day rule
 * left out and so gave the day this year's date (or next year's). The century is the one that puts
 * the year at most ten years after publication, as numeric-date reads "1/9/95".
 */
export const shortYearDateRule: DateRule = {
  name: 'month-day-short-year',
  needs: [MONTH_STEMS, ['/']],
  pattern: new RegExp(`\\b${MONTH_WITH_DAY}\\.?\\s+(\\d{1,2})\\s?/\\s?(\\d{2})(?![\\d/]|[.,]\\d)`, 'g'),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    const raw = Number(m[3]);
    const pivot = ctx.published === null ? 50 : ((yearOf(ctx.published) % 100) + 10) % 100;
    return dayValue(raw <= pivot ? 2000 + raw : 1900 + raw, month, Number(m[2]));
  },
};

import { monthIndexOf, yearOf, ymdOf } from './calendar.js';
import { formatMonthRange } from './occurrence.js';
import { type Resolution, type RuleContext, relative } from './rule.js';

/** The year a stretch is counted back from, right after it: "of 2015", "of this year", "of the year". */
const OF_YEAR_AFTER = /^\s+of\s+(?:((?:19|20)\d\d)\b|(this|last|next|the)\s+year\b)/i;

/**
 * "The last four months of 2031", "the last two months of the year": the final months of a named
 * year, not a stretch counted back from publication ("the last three months" alone). Reports of
 * money raised in a closed quarter are dated this way. Only the stretch's own words are read:
 * the year after it stays a date of its own (TimeML marks the year, the stretch as a duration in
 * it). Null when no year follows, or the count is no part of a year.
 */
export function lastMonthsOfYear(months: number, after: string, ctx: RuleContext): Resolution | null {
  const m = OF_YEAR_AFTER.exec(after);
  if (!m || months < 1 || months > 11) return null;
  const at = (year: number): string => formatMonthRange(monthIndexOf(year, 13 - months), months);
  if (m[1]) return { value: at(Number(m[1])), granularity: 'range' };
  const word = (m[2] ?? '').toLowerCase();
  if (word === 'last') return relative(ctx, 'range', (p) => at(yearOf(p) - 1));
  if (word === 'next') return relative(ctx, 'range', (p) => at(yearOf(p) + 1));
  // "The last three months of the year" written in January, before they began: the year just
  // ended, unless the clause looks ahead.
  return relative(ctx, 'range', (p) => {
    const { year, month } = ymdOf(p);
    const notBegun = month < 13 - months && ctx.tense() !== 'future';
    return at(notBegun && word === 'the' ? year - 1 : year);
  });
}

import { monthIndexOf, yearOf } from './calendar.js';
import { COUNT_PATTERN, countValue } from './lexicon.js';
import { formatMonthRange } from './occurrence.js';
import { type DateRule, relative } from './rule.js';

/**
 * "The first three months of 2015", "the last three months of 2015", "the first 10 months of the
 * year": a stretch of months counted from the start or the end of a named year, not a stretch
 * counted back from publication ("the last three months" alone) nor the whole year. Reports of
 * money raised and figures to date are dated this way.
 */
const YEAR_PART = new RegExp(
  `\\b(?:the\\s+)?(first|last|final|closing|opening)\\s+(${COUNT_PATTERN})\\s+months\\s+of\\s+(?:((?:19|20)\\d\\d)\\b|(this|last|next|the)\\s+year\\b)`,
  'gi',
);

/** Whether the part is counted from the year's start ("first", "opening") or its end. */
function fromStart(word: string): boolean {
  return /^(?:first|opening)$/i.test(word);
}

export const yearPartRules: DateRule[] = [
  {
    name: 'year-part',
    trigger: ['months of'],
    pattern: YEAR_PART,
    resolve: (m, ctx) => {
      const months = countValue(m[2] ?? '');
      if (months === null || months < 1 || months > 11) return null;
      const at = (year: number): string => {
        const first = fromStart(m[1] ?? '') ? monthIndexOf(year, 1) : monthIndexOf(year, 13 - months);
        return formatMonthRange(first, months);
      };
      if (m[3]) return { value: at(Number(m[3])), granularity: 'range' };
      const word = (m[4] ?? '').toLowerCase();
      return relative(ctx, 'range', (p) => at(yearOf(p) + (word === 'last' ? -1 : word === 'next' ? 1 : 0)));
    },
  },
];

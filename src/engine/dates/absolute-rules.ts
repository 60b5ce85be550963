/**
 * The rules for expressions that name a calendar date, month, year or decade, with or without the
 * year, in the order the scanner tries them. Each job lives in its own module: shared pattern pieces
 * (date-parts.ts), days with their month (month-days.ts), a month alone (bare-month.ts), stretches
 * with two written ends (spans.ts) and years, decades and centuries (years.ts).
 */
import { bareMonthRule } from './bare-month.js';
import {
  dayMonthRule,
  isoDateRule,
  monthDayRule,
  monthRelativeYearRule,
  monthYearRule,
  numericDateRule,
} from './month-days.js';
import type { DateRule } from './rule.js';
import { shortYearDateRule } from './short-year-date.js';
import { crossMonthDayRangeRule, dayMonthRangeRule, monthDayRangeRule, monthSpanRule } from './spans.js';
import { centuryRule, decadeRule, fiscalYearRule, yearRangeRule, yearRule } from './years.js';

export const absoluteRules: DateRule[] = [
  centuryRule,
  monthSpanRule,
  monthDayRangeRule,
  crossMonthDayRangeRule,
  dayMonthRangeRule,
  monthRelativeYearRule,
  isoDateRule,
  numericDateRule,
  shortYearDateRule,
  monthDayRule,
  dayMonthRule,
  monthYearRule,
  bareMonthRule,
  decadeRule,
  fiscalYearRule,
  yearRangeRule,
  yearRule,
];

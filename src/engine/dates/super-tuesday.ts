/**
 * "Super Tuesday": the US presidential primaries' biggest day, which news names without a date
 * ("rallies ahead of Super Tuesday", "his Super Tuesday wins"). Source of the rule: the parties'
 * primary calendars, which since the 2012 cycle (2012, 2016, 2020, 2024) hold it on the first Tuesday
 * of March of the election year; before that it moved (Feb. 5 in 2008, March 12 in 1996), so an
 * article published before 2011 gets no value. The day meant is that of the nearest election year
 * (an article of late 2015 means March 1, 2016; one of 2017 the same day, past). Later rounds
 * ("Super Tuesday 2", "a mini Super Tuesday", "the second Super Tuesday") and one of a named year
 * ("the 1988 Super Tuesday", its year read on its own) are other days: left unread.
 */
import { dayOf, formatDay, weekdayOf, ymdOf } from './calendar.js';
import { type DateRule, relative } from './rule.js';

/** The first publication year the rule dates: the first cycle with the March date is 2012. */
const FIRST_DATED_YEAR = 2011;

/** A word before the name that makes it another round or another year's. */
const OTHER_ROUND_BEFORE = /(?:\b(?:mini|mini-|second|third|another|little|next|(?:19|20)\d\d)\s*-?\s*)$/i;

/** A numeral after the name: a later round ("Super Tuesday 2", "Super Tuesday III"). */
const OTHER_ROUND_AFTER = /^\s*(?:\d\b|I{1,3}\b|Two\b|Three\b)/;

/** Day number of the first Tuesday of March of `year`. */
function firstTuesdayOfMarch(year: number): number {
  const first = dayOf(year, 3, 1);
  return first + ((2 - weekdayOf(first) + 7) % 7);
}

/** The Super Tuesday of the election year nearest to publication. */
export function superTuesday(published: number): number {
  const { year } = ymdOf(published);
  const last = year - (year % 4);
  const before = firstTuesdayOfMarch(last);
  const after = firstTuesdayOfMarch(last + 4);
  return published - before <= after - published ? before : after;
}

export const superTuesdayRule: DateRule = {
  name: 'super-tuesday',
  needs: [['super tuesday']],
  pattern: /\bSuper Tuesday\b/g,
  resolve: (m, ctx) => {
    if (OTHER_ROUND_BEFORE.test(ctx.before)) return null;
    if (OTHER_ROUND_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
    return relative(ctx, 'day', (published) =>
      ymdOf(published).year < FIRST_DATED_YEAR ? null : formatDay(superTuesday(published)),
    );
  },
};

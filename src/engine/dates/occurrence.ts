import { dayOf, formatMonthIndex, isValidDate, monthIndexOf, weekdayOf, ymdOf } from './calendar.js';
import type { Tense } from './clause.js';
import { SEASON_START_MONTH, type Season } from './lexicon.js';

/**
 * Which occurrence of a repeating calendar name ("March", "Monday", "summer") an article means,
 * counted from its publication day. "past"/"future" include the current one; the strict forms
 * ("last March", "next Monday") skip it; "nearest" takes the closest either way.
 */
export type Direction = 'past' | 'future' | 'strictPast' | 'strictFuture' | 'nearest';

/**
 * An event named by its month ("the November election") is the coming one when its month is fewer
 * than this many months ahead of publication (six would be a coin toss between last and next).
 */
export const ATTRIBUTIVE_MONTHS_AHEAD = 6;

/** News uses bare names for the past unless the clause looks ahead. */
export function directionFor(tense: Tense, fallback: Direction = 'past'): Direction {
  if (tense === 'future') return 'future';
  if (tense === 'past') return 'past';
  if (tense === 'planned') return 'nearest';
  return fallback;
}

/** Picks among candidates a period apart (positions on some integer scale) relative to `now`. */
function pick(candidate: number, period: number, now: number, direction: Direction): number {
  let c = candidate;
  switch (direction) {
    case 'past':
      while (c > now) c -= period;
      while (c + period <= now) c += period;
      return c;
    case 'strictPast':
      while (c >= now) c -= period;
      while (c + period < now) c += period;
      return c;
    case 'future':
      while (c < now) c += period;
      while (c - period >= now) c -= period;
      return c;
    case 'strictFuture':
      while (c <= now) c += period;
      while (c - period > now) c -= period;
      return c;
    case 'nearest': {
      const past = pick(c, period, now, 'past');
      const future = pick(c, period, now, 'future');
      return now - past <= future - now ? past : future;
    }
  }
}

export function weekdayOccurrence(weekday: number, published: number, direction: Direction): number {
  const offset = weekday - weekdayOf(published);
  return pick(published + offset, 7, published, direction);
}

/** Month index (see monthIndexOf) of the intended occurrence of a month name. */
export function monthOccurrence(month: number, published: number, direction: Direction): number {
  const { year, month: pubMonth } = ymdOf(published);
  return pick(monthIndexOf(year, month), 12, monthIndexOf(year, pubMonth), direction);
}

/** Day number of "March 5" with no year: the year is inferred from the publication day. */
export function monthDayOccurrence(
  month: number,
  day: number,
  published: number,
  direction: Direction,
): number | null {
  const { year } = ymdOf(published);
  const candidates = [year - 1, year, year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => dayOf(y, month, day));
  if (candidates.length === 0) return null;
  const before = candidates.filter((c) => c <= published);
  const after = candidates.filter((c) => c >= published);
  const latestBefore = before.length > 0 ? Math.max(...before) : null;
  const earliestAfter = after.length > 0 ? Math.min(...after) : null;
  if (direction === 'future' || direction === 'strictFuture') return earliestAfter ?? latestBefore;
  if (direction === 'past' || direction === 'strictPast') return latestBefore ?? earliestAfter;
  if (latestBefore === null) return earliestAfter;
  if (earliestAfter === null) return latestBefore;
  return published - latestBefore <= earliestAfter - published ? latestBefore : earliestAfter;
}

/** Quarter as an index (year * 4 + q - 1). */
export function quarterIndexOf(dayNumber: number): number {
  const { year, month } = ymdOf(dayNumber);
  return year * 4 + Math.floor((month - 1) / 3);
}

export function quarterOccurrence(quarter: number, published: number, direction: Direction): number {
  const now = quarterIndexOf(published);
  return pick(Math.floor(now / 4) * 4 + quarter - 1, 4, now, direction);
}

export function formatQuarter(index: number): string {
  const first = Math.floor(index / 4) * 12 + (index % 4) * 3;
  return `${formatMonthIndex(first)}/${formatMonthIndex(first + 2)}`;
}

/** Month index of the first month of the season occurrence meant. */
export function seasonOccurrence(season: Season, published: number, direction: Direction): number {
  const { year, month } = ymdOf(published);
  const now = monthIndexOf(year, month);
  const start = monthIndexOf(year, SEASON_START_MONTH[season]);
  // A season counts as "now" for its three months: compare against its start for the past, its end for the future.
  switch (direction) {
    case 'past':
      return pick(start, 12, now, 'past');
    case 'strictPast':
      return pick(start + 2, 12, now, 'strictPast') - 2;
    case 'future':
      return pick(start + 2, 12, now, 'future') - 2;
    case 'strictFuture':
      return pick(start, 12, now, 'strictFuture');
    case 'nearest':
      return pick(start, 12, now, 'past') + 2 >= now
        ? pick(start, 12, now, 'past')
        : pick(start, 12, now, 'future');
  }
}

/**
 * "this summer": the season under way, else the one of the publication's year, whether past or
 * ahead ("began trading this summer" in November, "will open this summer" in February).
 */
export function thisSeason(season: Season, published: number): number {
  const { year, month } = ymdOf(published);
  const now = monthIndexOf(year, month);
  const ongoing = pick(monthIndexOf(year, SEASON_START_MONTH[season]), 12, now, 'past');
  return ongoing + 2 >= now ? ongoing : monthIndexOf(year, SEASON_START_MONTH[season]);
}

export function seasonStartOfYear(season: Season, year: number): number {
  return monthIndexOf(year, SEASON_START_MONTH[season]);
}

export function formatMonthRange(startIndex: number, months: number): string {
  return `${formatMonthIndex(startIndex)}/${formatMonthIndex(startIndex + months - 1)}`;
}

import { formatDay, formatMonthIndex, formatYear, monthIndexOf, ymdOf } from './calendar.js';
import type { Tense } from './clause.js';
import type { Resolution } from './rule.js';

/**
 * "Forty days later, the quay was still shut": a count on from the event told ("N days /
 * months / years later") in a clause told in the past cannot land after publication. When it does,
 * the event it was counted from is not the one meant (one dated ahead, or an aside), and the
 * narration has caught up with the time of writing: the publication's own day, month or year.
 * Granularities other than day, month and year are left as read.
 */
export function caughtUp(read: Resolution, published: number | null, tense: Tense): Resolution {
  if (read.value === null || published === null || tense !== 'past') return read;
  const { year, month } = ymdOf(published);
  let now: string;
  if (read.granularity === 'day') now = formatDay(published);
  else if (read.granularity === 'month') now = formatMonthIndex(monthIndexOf(year, month));
  else if (read.granularity === 'year') now = formatYear(year);
  else return read;
  return read.value > now ? { value: now, granularity: read.granularity } : read;
}

import { dayOf, monthIndexOf } from './calendar.js';

/**
 * Dates told against an earlier event rather than the publication day: "the following day",
 * "two weeks later", "later that year". News narrates in order, so the event meant is the most
 * recent one the article has dated explicitly; an anchor is that date, at the granularity it was
 * written with (a day says which month and year too, a year says neither month nor day).
 */

export type AnchorGranularity = 'day' | 'month' | 'year';

export interface Anchor {
  /** The anchor's first day, as a day number. */
  day: number;
  granularity: AnchorGranularity;
}

const FINENESS: Record<AnchorGranularity, number> = { day: 0, month: 1, year: 2 };

/** Whether an anchor says at least as much as `needed` ("the following day" needs a day). */
export function fineEnough(anchor: Anchor, needed: AnchorGranularity): boolean {
  return FINENESS[anchor.granularity] <= FINENESS[needed];
}

/**
 * Rules whose dates are events an article can narrate from: calendar dates, named days, weekdays,
 * "yesterday", months and years, and anchored dates themselves (so "the next day" can follow "the
 * following day"). "Now", "this week", spans, quarters and seasons are not points to count from.
 */
const ANCHORING_RULES = new Set([
  'iso-date',
  'numeric-date',
  'month-day',
  'day-month',
  'month-year',
  'month-relative-year',
  'month',
  'year',
  'weekday',
  'day-word',
  'named-day',
  'anchored',
  'anchored-count',
  'anchored-day-after',
  'anchored-weekday',
  'anchored-apposed-weekday',
  'anchored-month',
  'paired-date',
]);

/** The anchor a resolved date gives, or null when it gives none (a range, a week, an unresolved value). */
export function anchorOf(rule: string, value: string | null): Anchor | null {
  if (value === null || !ANCHORING_RULES.has(rule)) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return { day: dayOf(year, Number(m[2]), Number(m[3])), granularity: 'day' };
  if (m[2]) return { day: dayOf(year, Number(m[2]), 1), granularity: 'month' };
  return { day: dayOf(year, 1, 1), granularity: 'year' };
}

/** A month index (see monthIndexOf) for an anchor's day. */
export function anchorMonthIndex(anchor: Anchor): number {
  const d = new Date(anchor.day * 86_400_000);
  return monthIndexOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * The anchors seen so far, latest last. Only the latest anchor of each granularity can ever be
 * chosen, so three slots suffice however long the article is.
 */
export class AnchorTrail {
  private readonly latest: Partial<Record<AnchorGranularity, { anchor: Anchor; order: number }>> = {};
  private order = 0;

  add(anchor: Anchor): void {
    this.latest[anchor.granularity] = { anchor, order: this.order++ };
  }

  /** When a week was last dated, in the same order as the anchors (see `find`). */
  private week = -1;

  /** A week told as a whole ("two weeks ago", "last week"): no point to count from, but a move of the narrative. */
  addWeek(): void {
    this.week = this.order++;
  }

  /**
   * The most recent anchor that says at least as much as `needed`, or null. Null too when a month
   * was dated after it ("On Friday she resigned. In March she had ..., and the day before ..."):
   * the narrative has moved to a time told only by its month, so counting days from the older day
   * would date the wrong event. A year dated after it does not interrupt: a year is as often said
   * in passing ("a hall where the 1984 launch was held") as a move of the narrative. A week told as
   * a whole after it stops a count of days the same way.
   */
  find(needed: AnchorGranularity): Anchor | null {
    let best: { anchor: Anchor; order: number } | null = null;
    for (const entry of Object.values(this.latest)) {
      if (entry && fineEnough(entry.anchor, needed) && (best === null || entry.order > best.order))
        best = entry;
    }
    const month = this.latest.month;
    if (best && month && month.order > best.order) return null;
    // So does a week told as a whole since that day ("two weeks ago she drew a crowd, the same night
    // ..."): a day counted from the older day would date the wrong event.
    if (best && needed === 'day' && best.anchor.granularity === 'day' && this.week > best.order) return null;
    return best?.anchor ?? null;
  }

  copy(): AnchorTrail {
    const trail = new AnchorTrail();
    const entries = Object.values(this.latest)
      .filter((e): e is { anchor: Anchor; order: number } => e !== undefined)
      .sort((a, b) => a.order - b.order);
    for (const e of entries) {
      if (this.week >= 0 && this.week < e.order && trail.week < 0) trail.addWeek();
      trail.add(e.anchor);
    }
    if (this.week >= 0 && trail.week < 0) trail.addWeek();
    return trail;
  }
}

/**
 * Whether a position lies inside a quotation: after an opening curly quote not yet closed, or before
 * a closing one with no opening between (a quote carried over from the sentence before). A "today"
 * said there is the speaker's day, not an event the narrative dates: a story that goes on to "that
 * morning" is back in its own time.
 */
export function withinQuote(sentence: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
  }
  if (open) return true;
  for (let i = at; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '“') return false;
    if (c === '”') return true;
  }
  return false;
}

/** Rules whose week-long values move the narrative to a week told as a whole. */
const WEEK_RULES = new Set(['ago', 'unit-relative']);

/** Whether a resolved date is a whole week told by a count or "last/this/next week". */
export function isToldWeek(rule: string, value: string | null): boolean {
  return value !== null && WEEK_RULES.has(rule) && /^\d{4}-W\d{2}$/.test(value);
}

import { type Anchor, type AnchorGranularity, anchorMonthIndex } from './anchor.js';
import { formatDay, formatMonthIndex, formatWeek, formatYear, yearOf } from './calendar.js';
import { COUNT_PATTERN, countValue } from './lexicon.js';
import type { DateRule, Resolution, RuleContext } from './rule.js';

/**
 * Expressions counted from the event the article last dated (see anchor.ts): "the following day",
 * "the next morning", "that same day", "later that year", "two weeks later", "a few days later".
 * Unresolved (value null) when the article has dated nothing fine enough before them.
 */

type Unit = 'day' | 'week' | 'month' | 'year';

/** Parts of a day are the day: "the next morning" is the next day. */
function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (/^(?:day|morning|afternoon|evening|night)$/.test(w)) return 'day';
  if (w === 'week' || w === 'weekend') return 'week';
  if (w === 'month' || w === 'year') return w;
  return null;
}

const NEEDED: Record<Unit, AnchorGranularity> = { day: 'day', week: 'day', month: 'month', year: 'year' };

function shifted(unit: Unit, anchor: Anchor, n: number): string {
  switch (unit) {
    case 'day':
      return formatDay(anchor.day + n);
    case 'week':
      return formatWeek(anchor.day + 7 * n);
    case 'month':
      return formatMonthIndex(anchorMonthIndex(anchor) + n);
    case 'year':
      return formatYear(yearOf(anchor.day) + n);
  }
}

function fromAnchor(ctx: RuleContext, unit: Unit, compute: (anchor: Anchor) => string): Resolution {
  const anchor = ctx.anchor(NEEDED[unit]);
  return { value: anchor === null ? null : compute(anchor), granularity: unit };
}

/**
 * "The next week/month/year" and "the previous year" are as often counted from the publication day
 * ("sales fell from the previous year"), and the span rules read them so; only the day and its parts
 * take "next"/"previous" from the anchor. "Following" and "that" always look back to an event.
 */
const ANCHORED =
  /\b(?:(earlier|later|early|late)\s+)?(?:(?:the\s+(following|next|previous|prior|same)|(that)(?:\s+same)?|(the\s+very\s+same|the\s+very\s+next))\s+(day|morning|afternoon|evening|night|week|weekend|month|year))\b/gi;

const COUNTED = new RegExp(
  `\\b(?:(?:about|nearly|almost|roughly|some|just|only|barely|around|more than|less than)\\s+)?(${COUNT_PATTERN}|a few|a couple of|several)\\s+(days?|weeks?|months?|years?)\\s+(later|afterwards?|after that|before that|earlier that)\\b`,
  'gi',
);

export const anchoredRules: DateRule[] = [
  {
    name: 'anchored',
    needs: [
      ['following', 'next', 'previous', 'prior', 'same', 'that'],
      ['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'],
    ],
    anchored: true,
    trigger:
      /(?:following|next|previous|prior|same|that)\s+(?:day|morning|afternoon|evening|night|week|month|year)/i,
    pattern: ANCHORED,
    resolve: (m, ctx) => {
      const unit = unitOf(m[5] ?? '');
      if (unit === null) return null;
      const which = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase().replace(/^the\s+very\s+/, '');
      const isDay = unit === 'day';
      let n: number;
      if (which === 'following') n = 1;
      else if (which === 'next') n = isDay ? 1 : Number.NaN;
      else if (which === 'previous' || which === 'prior') n = isDay ? -1 : Number.NaN;
      else n = 0; // "that day", "the same day", "later that year"
      // "the next/previous week" and the like are left to the publication-relative span rules.
      if (Number.isNaN(n)) return null;
      return fromAnchor(ctx, unit, (a) => shifted(unit, a, n));
    },
  },
  {
    name: 'anchored-count',
    needs: [
      ['day', 'week', 'month', 'year'],
      ['later', 'after', 'before', 'earlier'],
    ],
    anchored: true,
    trigger: /(?:days?|weeks?|months?|years?)\s+(?:later|after|before|earlier)/i,
    pattern: COUNTED,
    resolve: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      if (unit === null) return null;
      const countText = (m[1] ?? '').toLowerCase();
      const sign = /^(?:before that|earlier that)$/i.test(m[3] ?? '') ? -1 : 1;
      // "A few days later" is a stretch of days, not one of them: the range it can cover.
      if (/^(?:a few|a couple of|several)$/.test(countText)) {
        const [low, high] = countText === 'a couple of' ? [2, 3] : countText === 'a few' ? [2, 5] : [3, 9];
        if (unit !== 'day')
          return fromAnchor(ctx, unit, (a) => shifted(unit, a, sign * (countText === 'several' ? 5 : 3)));
        const anchor = ctx.anchor('day');
        if (anchor === null) return { value: null, granularity: 'range' };
        const ends = [formatDay(anchor.day + sign * low), formatDay(anchor.day + sign * high)].sort();
        return { value: `${ends[0]}/${ends[1]}`, granularity: 'range' };
      }
      const count = countValue(countText);
      if (count === null) return null;
      // "Two weeks later" is read as the day fourteen days on, so the story can be followed from it.
      if (unit === 'week') return fromAnchor(ctx, 'day', (a) => shifted('day', a, sign * 7 * count));
      return fromAnchor(ctx, unit, (a) => shifted(unit, a, sign * count));
    },
  },
];

import { type Anchor, type AnchorGranularity, anchorMonthIndex } from './anchor.js';
import {
  dayOf,
  formatDay,
  formatMonthIndex,
  formatWeek,
  formatYear,
  isValidDate,
  monthIndexOf,
  yearOf,
  ymdOf,
} from './calendar.js';
import {
  COUNT_PATTERN,
  countValue,
  MONTH_PATTERN,
  MONTH_STEMS,
  monthNumber,
  seasonOf,
  WEEKDAY_PATTERN,
  weekdayNumber,
} from './lexicon.js';
import {
  type Direction,
  formatMonthRange,
  seasonOccurrence,
  seasonStartOfYear,
  weekdayOccurrence,
} from './occurrence.js';
import { caughtUp } from './caught-up.js';
import { spanFrom } from './relative-rules.js';
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

/**
 * "The day after" and "the day before" with nothing after them: the day after the last event. With
 * a noun phrase after them ("the day after the vote") the event is named there, not dated earlier.
 */
const DAY_AFTER = /\bthe\s+day\s+(after|before)\b(?=\s*(?:[,.;:!?—)]|$))/gi;

/** "The following Monday", "the previous Friday": the first such weekday after (before) the event. */
const FOLLOWING_WEEKDAY = new RegExp(
  `\\b[Tt]he\\s+(following|next|previous|prior)\\s+(${WEEKDAY_PATTERN})\\b(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
  'g',
);

/**
 * A weekday set beside an anchored day, naming the same day: "the following morning on Wednesday",
 * "the next day, Friday". The pattern is the weekday alone (so it competes with the publication-
 * relative reading of the same words); the text before it must end in the anchored phrase.
 */
const APPOSED_WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'g');
const AFTER_ANCHORED_DAY =
  /\b(?:(?:the\s+(?:following|next|previous|prior|same)|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?:after|before))\s*,?\s*(?:on\s+)?$/i;

/** "The following spring", "that summer", "later that winter": the season counted from the event. */
const ANCHORED_SEASON =
  /\b(?:(?:early|late|later|earlier)\s+)?(?:the\s+(following|next|previous|prior)|(that)(?:\s+same)?)\s+(spring|summer|autumn|fall|winter)\b/gi;

/** A figure just before a count ("against 9 percent a year earlier", "40% a month earlier"). */
const FIGURE_BEFORE = /(?:\d|\bshares?|\bpercent|%)\W*$/i;

const COUNTED = new RegExp(
  `\\b(?:(?:about|nearly|almost|roughly|some|just|only|barely|around|more than|less than)\\s+)?(${COUNT_PATTERN}|a few|a couple of|several)\\s+(days?|weeks?|months?|years?)\\s+(later|afterwards?|after that|before that|earlier that|earlier)\\b`,
  'gi',
);

/**
 * The second of two dates joined in one phrase ("between May and July", "from Dec. 28 to Jan. 3",
 * "on June 3 and 4"): news writes the pair in order and gives the year once, so the second is
 * the first such date on or after the first, and a bare day is in the first's month. The first is
 * in the lookbehind (captured, to check that the anchor is that date and not an older one).
 */
const MONTH_NAME = `(?:${MONTH_PATTERN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;
const ORDINAL_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PAIRED_DATE = new RegExp(
  `(?<=\\b(?:(${MONTH_NAME})(?:\\s+${ORDINAL_DAY})?|${ORDINAL_DAY}\\s+(?:of\\s+)?(${MONTH_NAME}))(?:,?\\s+(?:19|20)\\d\\d)?,?\\s*(?:and|or|&|to|through|thru|until|till|-|–|—)\\s*(?:(?:early|late|mid)[-\\s]+)?)(?:(${MONTH_NAME})(?:\\s+${ORDINAL_DAY})?|${ORDINAL_DAY}(?:\\s+(?:of\\s+)?(${MONTH_NAME}))?)(?![\\w-]|[.,:/]\\d)`,
  'g',
);

/** A month, perhaps with a day or a year, then a joining word and a day or a month: the pair's shape. */
const PAIR_CUE = new RegExp(
  `${MONTH_NAME}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?,?\\s*(?:and|or|&|to|through|thru|until|till|-|–|—)\\s*(?:(?:early|late|mid)[-\\s]+)?(?:\\d|${MONTH_NAME})`,
);

/**
 * What may follow a bare second day: punctuation, the end, a year, or a small word that starts the
 * next phrase. Anything else ("April 24 and 25 people") makes the number a count, not a day.
 */
const DAY_FOLLOWER =
  /^(?:\s*(?:[,.;:!?)\]—–-]|$)|\s+(?:(?:19|20)\d\d|in|at|on|of|and|or|for|to|when|with|respectively|this|last|next|each|from|as|before|after|was|were|is|are|will|would|the|a|an)\b)/;

function pairedDate(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const firstMonth = monthNumber(m[1] ?? m[4] ?? '');
  const firstDay = m[2] ?? m[3];
  const monthText = m[5] ?? m[8];
  const dayText = m[6] ?? m[7];
  if (firstMonth === null) return null;
  const granularity = dayText ? 'day' : 'month';
  if (!monthText && !firstDay) return null; // "May and 5": no day to pair with
  const anchor = ctx.anchor(firstDay ? 'day' : 'month');
  // The anchor must be the first date of the pair; if that went unread, so does the second.
  if (anchor === null || ymdOf(anchor.day).month !== firstMonth) return { value: null, granularity };
  if (firstDay && (anchor.granularity !== 'day' || ymdOf(anchor.day).day !== Number(firstDay)))
    return { value: null, granularity };
  const { year, month: anchorMonth } = ymdOf(anchor.day);
  if (!monthText) {
    // A bare day: in the first date's month, after its day.
    const day = Number(dayText);
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (day <= Number(firstDay) || !DAY_FOLLOWER.test(after) || !isValidDate(year, anchorMonth, day))
      return null;
    return { value: formatDay(dayOf(year, anchorMonth, day)), granularity: 'day' };
  }
  const month = monthNumber(monthText);
  if (month === null) return null;
  if (!dayText) {
    // "between May and July": the first such month after the first one.
    const shift = month > anchorMonth ? 0 : 12;
    return { value: formatMonthIndex(anchorMonthIndex(anchor) + (month - anchorMonth) + shift), granularity };
  }
  const day = Number(dayText);
  for (const y of [year, year + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const d = dayOf(y, month, day);
    if (d >= anchor.day) return { value: formatDay(d), granularity };
  }
  return null;
}

/**
 * A month placed in the year of the event told: "in October of that year", "August the same year",
 * "Oct. 5 of the following year", "that March". The year is the last dated event's; read alone,
 * the month would be counted from publication ("October" told in the past is last October).
 */
const MONTH_OF_THAT_YEAR = new RegExp(
  `\\b(?:[Tt]hat\\s+(${MONTH_PATTERN})(?![\\w-]|\\s+\\d)|(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(that|the same|the following|the next|the previous|the prior)\\s+year\\b)`,
  'g',
);

function monthOfThatYear(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const month = monthNumber(m[1] ?? m[2] ?? '');
  if (month === null) return null;
  const day = m[3] ? Number(m[3]) : null;
  const granularity = day === null ? 'month' : 'day';
  const anchor = ctx.anchor('year');
  // "That March" with nothing dated before it keeps the month rule's reading.
  if (anchor === null) return m[1] ? null : { value: null, granularity };
  const which = (m[4] ?? 'that').toLowerCase();
  const shift = /following|next/.test(which) ? 1 : /previous|prior/.test(which) ? -1 : 0;
  const year = yearOf(anchor.day) + shift;
  if (day === null) return { value: formatMonthIndex(monthIndexOf(year, month)), granularity };
  return isValidDate(year, month, day) ? { value: formatDay(dayOf(year, month, day)), granularity } : null;
}

/**
 * "Over the following three months": a stretch counted from the last dated event. "The next N
 * months" stays counted from publication (the span rule) even in a clause told in the past: read
 * from the event there, it was right 2 times and wrong 3 on PolNeAR train and eng.train.
 */
const ANCHORED_SPAN = new RegExp(
  `\\bthe\\s+following\\s+(${COUNT_PATTERN})\\s+(days|weeks|months|years)\\b`,
  'gi',
);

/**
 * "Later in the day", "earlier in the day": the day being told, which is the last dated day, or
 * the publication day when the article has dated none ("the final heat will be rowed later in
 * the day").
 */
const IN_THE_DAY = /\b(?:later|earlier)\s+in\s+the\s+day\b/gi;

export const anchoredRules: DateRule[] = [
  {
    name: 'anchored-in-the-day',
    needs: [['in the day']],
    anchored: true,
    pattern: IN_THE_DAY,
    resolve: (_m, ctx) => {
      const anchor = ctx.anchor('day');
      if (anchor !== null) return { value: formatDay(anchor.day), granularity: 'day' };
      return ctx.published === null
        ? { value: null, granularity: 'day' }
        : { value: formatDay(ctx.published), granularity: 'day' };
    },
  },
  {
    name: 'anchored-span',
    needs: [['following'], ['days', 'weeks', 'months', 'years']],
    anchored: true,
    pattern: ANCHORED_SPAN,
    resolve: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      const count = countValue(m[1] ?? '');
      if (unit === null || count === null || count === 0) return null;
      const anchor = ctx.anchor(NEEDED[unit]);
      return { value: anchor === null ? null : spanFrom(unit, anchor.day, count), granularity: 'range' };
    },
  },
  {
    name: 'anchored-month',
    needs: [MONTH_STEMS, ['that', 'same', 'following', 'next', 'previous', 'prior']],
    anchored: true,
    trigger: /\b(?:that|same|following|next|previous|prior)\s+year\b|\b[Tt]hat\s+\p{Lu}/u,
    pattern: MONTH_OF_THAT_YEAR,
    resolve: monthOfThatYear,
  },
  {
    name: 'paired-date',
    needs: [MONTH_STEMS],
    trigger: PAIR_CUE,
    anchored: true,
    pattern: PAIRED_DATE,
    resolve: pairedDate,
  },
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
      // "The next year" in a clause told in the past is the year after the event ("The next year
      // she moved to Paris"); elsewhere it is counted from publication by the span rules.
      const narrated = !isDay && ctx.tense() === 'past';
      if (which === 'following') n = 1;
      else if (which === 'next') n = isDay || narrated ? 1 : Number.NaN;
      // "the previous year" in a past clause is still mostly the year before publication ("sales
      // rose from the previous year"): only the day takes it from the event.
      else if (which === 'previous' || which === 'prior') n = isDay ? -1 : Number.NaN;
      else n = 0; // "that day", "the same day", "later that year"
      if (Number.isNaN(n)) return null;
      // With no event dated before it, a narrated "the next year" falls back to the span rules.
      if (narrated && which === 'next' && !ctx.anchor(NEEDED[unit])) return null;
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
      const sign = /^(?:before that|earlier that|earlier)$/i.test(m[3] ?? '') ? -1 : 1;
      // "Two days earlier" looks back from the event being told, as "two days later" looks on
      // from it; with no event dated before it, it keeps its reading from publication ("ago").
      // An event dated ahead of publication is not one a past narration counts back from. A figure
      // compared with its value "a year earlier" ("a margin of 12 percent, against 9 percent a year
      // earlier") is a results table's comparison, read from publication as before.
      if (/^earlier$/i.test(m[3] ?? '')) {
        if (FIGURE_BEFORE.test(ctx.before)) return null;
        const anchor = ctx.anchor(NEEDED[unit === 'week' ? 'day' : unit]);
        if (anchor === null || (ctx.published !== null && anchor.day > ctx.published)) return null;
      }
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
      const read =
        unit === 'week'
          ? fromAnchor(ctx, 'day', (a) => shifted('day', a, sign * 7 * count))
          : fromAnchor(ctx, unit, (a) => shifted(unit, a, sign * count));
      return sign > 0 ? caughtUp(read, ctx.published, ctx.tense()) : read;
    },
  },
  {
    name: 'anchored-day-after',
    needs: [['the day after', 'the day before']],
    anchored: true,
    pattern: DAY_AFTER,
    resolve: (m, ctx) => {
      const n = /^after$/i.test(m[1] ?? '') ? 1 : -1;
      return fromAnchor(ctx, 'day', (a) => shifted('day', a, n));
    },
  },
  {
    name: 'anchored-weekday',
    needs: [['following', 'next', 'previous', 'prior'], ['day']],
    anchored: true,
    trigger: /(?:following|next|previous|prior)\s+\p{Lu}\p{Ll}+day\b/u,
    pattern: FOLLOWING_WEEKDAY,
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m[2] ?? '');
      const anchor = ctx.anchor('day');
      // With no event dated before it, "the following Monday" keeps its publication-relative reading.
      if (weekday === null || anchor === null) return null;
      const direction: Direction = /^(?:following|next)$/i.test(m[1] ?? '') ? 'strictFuture' : 'strictPast';
      return { value: formatDay(weekdayOccurrence(weekday, anchor.day, direction)), granularity: 'day' };
    },
  },
  {
    name: 'anchored-apposed-weekday',
    needs: [['following', 'next', 'previous', 'prior', 'same', 'that', 'the day'], ['day']],
    anchored: true,
    trigger: /(?:following|next|previous|prior|same|that|after|before)\b.{0,24}\p{Lu}\p{Ll}+day\b/u,
    pattern: APPOSED_WEEKDAY,
    resolve: (m, ctx) => {
      if (!AFTER_ANCHORED_DAY.test(ctx.before)) return null;
      const weekday = weekdayNumber(m[1] ?? '');
      const anchor = ctx.anchor('day');
      if (weekday === null || anchor === null) return null;
      // The anchored phrase just before has dated the day: the weekday is that day, or the one
      // nearest to it when the two disagree by a day or so.
      return { value: formatDay(weekdayOccurrence(weekday, anchor.day, 'nearest')), granularity: 'day' };
    },
  },
  {
    name: 'anchored-season',
    needs: [
      ['following', 'next', 'previous', 'prior', 'that'],
      ['spring', 'summer', 'autumn', 'fall', 'winter'],
    ],
    anchored: true,
    trigger: /(?:following|next|previous|prior|that|same)\s+(?:spring|summer|autumn|fall|winter)/i,
    pattern: ANCHORED_SEASON,
    resolve: (m, ctx) => {
      const season = seasonOf(m[3] ?? '');
      if (season === null) return null;
      const anchor = ctx.anchor('year');
      if (anchor === null) return { value: null, granularity: 'season' };
      const which = (m[1] ?? m[2] ?? '').toLowerCase();
      const shift = which === 'that' ? 0 : which === 'following' || which === 'next' ? 1 : -1;
      let start: number;
      if (anchor.granularity === 'year') start = seasonStartOfYear(season, yearOf(anchor.day) + shift);
      else {
        // From a month or a day: the season's next (previous) start after (before) it, or the
        // occurrence nearest to it for "that summer".
        const direction: Direction = shift === 0 ? 'nearest' : shift > 0 ? 'strictFuture' : 'strictPast';
        start = seasonOccurrence(season, anchor.day, direction);
      }
      return { value: formatMonthRange(start, 3), granularity: 'season' };
    },
  },
];

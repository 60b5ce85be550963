/**
 * A calendar day written with its month ("March 5", "5 March", "Oct. 7 last year", "2024-03-05",
 * "3/5/2024") or a month with its year ("March 2024"); a day with no year is placed by its clause.
 */
import { bearsTheDate, setForWhatComes } from './set-day.js';
import { dayOf, formatDay, formatMonthIndex, isValidDate, monthIndexOf, yearOf } from './calendar.js';
import {
  anyCase,
  DAY_NUM,
  dayValue,
  MONTH_WITH_DAY,
  textAfter,
  WEEKDAY_PREFIX,
  YEAR,
  YEARLESS_MODIFIER,
} from './date-parts.js';
import { ELECTION_AFTER, ELECTION_BEFORE } from './election.js';
import { frontsItsSentence } from './fronted-date.js';
import { HAPPENING_AFTER } from './happenings.js';
import { historicDay } from './historic-days.js';
import { DIGITS, MONTH_STEMS, monthNumber } from './lexicon.js';
import { type Direction, monthDayOccurrence } from './occurrence.js';
import { monthDayInPassage } from './passage.js';
import { type DateRule, POSTPONED_TO_BEFORE, type Resolution, type RuleContext, relative } from './rule.js';

/** A past verb, perhaps after "was"/"were", then perhaps "on", right before the date. */
export const PAST_VERB_BEFORE =
  /\b(?:[a-z]{2,}ed|died|began|held|met|took|made|fell|rose|won|lost|left|came|went|struck|broke|shot|hit|saw|found)\s+(?:on\s+)?$/;

/** Words before a date that name when a change takes effect ("effective Jan. 1", "starting on May 3"). */
const TAKES_EFFECT_BEFORE =
  /\b(?:effective|starting|beginning|commencing|as of|as from)\s+(?:on\s+|from\s+)?$/i;

/** Less than this many days ahead, a vote named by its day ("the Nov. 8 election") is the coming one. */
const HALF_YEAR_DAYS = 183;

/** Within this many days of publication a yearless date is taken as written, whatever the tense. */
export const NEAR_DAYS = 60;

/** "Since Oct. 7", "since just after the Nov. 5 vote": a day counted from, already past. */
const SINCE_BEFORE = /\bsince\s+(?:(?:shortly\s+|just\s+|soon\s+)?(?:after|before)\s+)?(?:the\s+)?$/i;

/**
 * "March 5" / "5 March" with no year: the nearest occurrence, unless that lies well on the other
 * side of publication from the clause's tense ("a peak reached on Aug. 9" in February is last August;
 * "payable Dec. 1" in a past-tense sentence from October is still this December).
 */
function yearlessDay(
  month: number,
  day: number,
  modifier: string,
  ctx: RuleContext,
  after = '',
  written = '',
): Resolution | null {
  if (!isValidDate(2000, month, day)) return null;
  return relative(ctx, 'day', (published) => {
    // "In 2009, the board met twice. On March 3, it voted ...": the passage's year, told in the past.
    if (!modifier && ctx.passage !== null && ctx.tense() === 'past') {
      const inPassage = monthDayInPassage(month, day, ctx.passage);
      if (inPassage !== null) return formatDay(inPassage);
    }
    // "the Sept. 11 attacks", "the years since Sept. 11": the day names one event, years back.
    const historic = modifier ? null : historicDay(month, day, published, written, after);
    if (historic !== null) return formatDay(historic);
    let direction: Direction = 'nearest';
    if (/^last$/i.test(modifier)) direction = 'past';
    else if (/^next$/i.test(modifier)) direction = 'future';
    // "The Nov. 8 election", "California's June 7 primary", "at November 3 polls": a vote named by
    // its day is the coming one while that lies less than half a year ahead, however it is told.
    // Not after "since" ("turnout has fallen since the Nov. 5 election", written in May): what
    // something has lasted since lies behind publication, a vote as much as any day (session 19).
    const since = SINCE_BEFORE.test(ctx.before);
    if (!modifier && !since && (ELECTION_AFTER.test(after) || ELECTION_BEFORE.test(ctx.before))) {
      const coming = monthDayOccurrence(month, day, published, 'future');
      if (coming !== null && coming - published < HALF_YEAR_DAYS) return formatDay(coming);
    }
    // "The Sept. 2 blast" named in August: the last such day, however near the next one lies.
    else if (!modifier && HAPPENING_AFTER.test(after)) direction = 'past';
    // "Since Oct. 7" counts from a day already past, however far back.
    else if (since) direction = 'past';
    // "Effective Feb. 1", "starting March 3": the day a change takes effect, which an announcement
    // puts ahead as often as a report puts it behind; the nearest occurrence, whatever the tense.
    if (!modifier && POSTPONED_TO_BEFORE.test(ctx.before)) direction = 'future';
    if (direction === 'nearest' && TAKES_EFFECT_BEFORE.test(ctx.before))
      return formatDay(monthDayOccurrence(month, day, published, 'nearest') ?? published);
    // "Fixing November 24 as the date for the vote", "Pay date Nov 25": a day set for what comes.
    if (!modifier && direction === 'nearest' && setForWhatComes(ctx.before, after)) direction = 'future';
    let d = monthDayOccurrence(month, day, published, direction);
    // "A paper dated Aug 23": the date it bears, the nearest, whatever verb says so (set-day.ts).
    if (!modifier && direction === 'nearest' && bearsTheDate(ctx.before))
      return d === null ? null : formatDay(d);
    // A date right after a past verb ("was killed on June 10", "reported Jan. 28") dates what that
    // verb says happened: a day already past, however near the next one lies.
    // So does a date at the head of its sentence, for the main clause's verb (fronted-date.ts).
    if (
      d !== null &&
      direction === 'nearest' &&
      d > published &&
      (PAST_VERB_BEFORE.test(ctx.before) || (frontsItsSentence(ctx.before) && ctx.tense() === 'past'))
    ) {
      if (ctx.tense() === 'past') d = monthDayOccurrence(month, day, published, 'past');
    } else if (d !== null && direction === 'nearest' && Math.abs(d - published) > NEAR_DAYS) {
      const tense = ctx.tense();
      // With no tense cue at all, a far-off date is one already past: news reports what happened.
      if ((tense === 'past' || tense === 'neutral') && d > published)
        d = monthDayOccurrence(month, day, published, 'past');
      else if (tense === 'future' && d < published) d = monthDayOccurrence(month, day, published, 'future');
    }
    return d === null ? null : formatDay(d);
  });
}

export function monthDay(
  monthName: string,
  dayText: string,
  yearText: string | undefined,
  modifier: string,
  ctx: RuleContext,
  after = '',
  written = '',
) {
  const month = monthNumber(monthName);
  const day = Number(dayText);
  if (month === null) return null;
  return yearText
    ? dayValue(Number(yearText), month, day)
    : yearlessDay(month, day, modifier, ctx, after, written);
}

/** The year "last year", "this year" or "next year" names, counted from publication. */
function yearWordOffset(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

/**
 * A month or a month and day with the year given as "last/this/next year" ("in July last year",
 * "Oct. 7 last year", "4 March this year", "October of next year"): the year is said, not
 * inferred from the tense.
 */
const MONTH_RELATIVE_YEAR = new RegExp(
  `\\b${WEEKDAY_PREFIX}(?:the\\s+)?(?:(?:${DAY_NUM})\\s+(?:of\\s+)?${MONTH_WITH_DAY}|${MONTH_WITH_DAY}(?:\\s+${DAY_NUM})?)\\b,?\\s+(?:of\\s+)?(${anyCase('last|this|next')})\\s+year\\b`,
  'g',
);

export const monthRelativeYearRule: DateRule = {
  name: 'month-relative-year',
  needs: [MONTH_STEMS, ['last year', 'this year', 'next year']],
  pattern: MONTH_RELATIVE_YEAR,
  resolve: (m, ctx) => {
    const month = monthNumber(m[2] ?? m[3] ?? '');
    if (month === null) return null;
    const dayText = m[1] ?? m[4];
    const offset = yearWordOffset(m[5] ?? '');
    return relative(ctx, dayText ? 'day' : 'month', (published) => {
      const year = yearOf(published) + offset;
      if (!dayText) return formatMonthIndex(monthIndexOf(year, month));
      return isValidDate(year, month, Number(dayText))
        ? formatDay(dayOf(year, month, Number(dayText)))
        : null;
    });
  },
};

export const isoDateRule: DateRule = {
  name: 'iso-date',
  needs: [DIGITS.flatMap((d) => [`${d}-`, `${d}/`])],
  // ISO order with dashes, or with slashes as East Asian and some European papers write it.
  pattern: /\b(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/-])/g,
  resolve: (m) => dayValue(Number(m[1]), Number(m[3]), Number(m[4])),
};

export const numericDateRule: DateRule = {
  name: 'numeric-date',
  // A digit right before the first separator: a bare "." is in every sentence.
  needs: [DIGITS.flatMap((d) => [`${d}/`, `${d}.`])],
  pattern: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.]\d)/g,
  resolve: (m, ctx) => {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const raw = Number(m[4]);
    let year = raw;
    if ((m[4] ?? '').length === 2) {
      const pivot = ctx.published === null ? 50 : ((yearOf(ctx.published) % 100) + 10) % 100;
      year = raw <= pivot ? 2000 + raw : 1900 + raw;
    }
    // Slashes are month-first (US news) unless the first number can't be a month; dots are day-first.
    const dayFirst = m[2] === '.' || a > 12;
    return dayFirst ? dayValue(year, b, a) : dayValue(year, a, b);
  },
};

export const monthDayRule: DateRule = {
  name: 'month-day',
  needs: [MONTH_STEMS],
  trigger: /\d/,
  pattern: new RegExp(
    `\\b${YEARLESS_MODIFIER}${WEEKDAY_PREFIX}(?:the\\s+)?${MONTH_WITH_DAY}(?:\\s+|(?<=\\.))(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\b))?${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  resolve: (m, ctx) => monthDay(m[2] ?? '', m[3] ?? '', m[4], m[1] ?? '', ctx, textAfter(m), m[0]),
};

export const dayMonthRule: DateRule = {
  name: 'day-month',
  needs: [MONTH_STEMS],
  trigger: /\d/,
  pattern: new RegExp(
    // Not the decimals of a figure: "4.4 April 1996" in a table is 4.4, then the month.
    `(?<!\\d[.,])\\b${WEEKDAY_PREFIX}(?:the\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WITH_DAY}\\b(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  resolve: (m, ctx) => monthDay(m[2] ?? '', m[1] ?? '', m[3], '', ctx, textAfter(m)),
};

export const monthYearRule: DateRule = {
  name: 'month-year',
  needs: [MONTH_STEMS],
  trigger: /\d/,
  pattern: new RegExp(
    `(?:\\b(?:early|late|mid|the (?:end|beginning|start|middle) of)[-\\s]+)?\\b${MONTH_WITH_DAY},?\\s+(?:of\\s+)?${YEAR}\\b(?![,.]\\d)`,
    'g',
  ),
  resolve: (m) => {
    const month = monthNumber(m[1] ?? '');
    return month === null
      ? null
      : { value: formatMonthIndex(monthIndexOf(Number(m[2]), month)), granularity: 'month' };
  },
};

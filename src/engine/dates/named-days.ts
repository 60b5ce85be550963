import {
  dayOf,
  formatDay,
  formatMonthIndex,
  formatWeek,
  formatYear,
  monthIndexOf,
  weekdayOf,
  ymdOf,
} from './calendar.js';
import { frontsItsSentence } from './fronted-date.js';
import { NEAR_DAYS, PAST_VERB_BEFORE } from './month-days.js';
import { COUNT_PATTERN, countValue, seasonOf, WEEKDAY_PATTERN, weekdayNumber } from './lexicon.js';
import { type Direction, directionFor, formatMonthRange, seasonOccurrence } from './occurrence.js';
import { type DateRule, type RuleContext, relative } from './rule.js';
import { superTuesdayRule } from './super-tuesday.js';

/**
 * Days known by name ("Christmas Day", "the Fourth of July", "Thanksgiving"), the ends of periods
 * ("the end of the year", "year-end") and counted seasons ("two summers ago"), each at its own
 * granularity. The year of a named day follows the clause's tense, as for "March 5".
 */

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month, as a day number. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayOf(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = dayOf(year, month + 1, 1) - 1;
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/**
 * Named days, by how news writes them. Fixed dates and the US federal holidays counted by weekday
 * (Thanksgiving, Labor Day, ...) are common knowledge; Election Day is the US one (the Tuesday after
 * the first Monday of November), and so are Independence Day (July 4, unless a country's name or
 * adjective stands before it), Mother's Day and Father's Day (the US dates, shared by Canada and
 * Australia; session 19).
 */
const NAMED: Array<[RegExp, (year: number) => number]> = [
  [/^christmas eve$/i, (y) => dayOf(y, 12, 24)],
  [/^christmas(?: day)?$/i, (y) => dayOf(y, 12, 25)],
  [/^boxing day$/i, (y) => dayOf(y, 12, 26)],
  [/^new year['’]s eve$/i, (y) => dayOf(y, 12, 31)],
  [/^new year['’]s(?: day)?$/i, (y) => dayOf(y, 1, 1)],
  [/^(?:the )?fourth of july$/i, (y) => dayOf(y, 7, 4)],
  // "July Fourth": the US holiday named by its date, the day written as a word (session 19).
  [/^july fourth$/i, (y) => dayOf(y, 7, 4)],
  // Independence Day is the US one (July 4) unless a possessive or a demonym ("Brelland’s",
  // "Kessian") other than America's own stands right before it (NAME_PATTERN).
  [/^independence day$/i, (y) => dayOf(y, 7, 4)],
  // The US, Canadian and Australian dates: the second Sunday of May, the third Sunday of June.
  [/^mother['’]s day$/i, (y) => nthWeekday(y, 5, 0, 2)],
  [/^father['’]s day$/i, (y) => nthWeekday(y, 6, 0, 3)],
  [/^valentine['’]s day$/i, (y) => dayOf(y, 2, 14)],
  [/^(?:st\.? |saint )patrick['’]s day$/i, (y) => dayOf(y, 3, 17)],
  [/^halloween$/i, (y) => dayOf(y, 10, 31)],
  [/^bastille day$/i, (y) => dayOf(y, 7, 14)],
  [/^(?:veterans|armistice|remembrance) day$/i, (y) => dayOf(y, 11, 11)],
  [/^thanksgiving(?: day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^labou?r day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^(?:martin luther king(?: jr\.?)?|mlk) day$/i, (y) => nthWeekday(y, 1, 1, 3)],
  [/^presidents['’]? day$/i, (y) => nthWeekday(y, 2, 1, 3)],
  [/^election day$/i, (y) => nthWeekday(y, 11, 1, 1) + 1],
  [/^juneteenth$/i, (y) => dayOf(y, 6, 19)],
  [/^black friday$/i, (y) => nthWeekday(y, 11, 4, 4) + 1],
  [/^cyber monday$/i, (y) => nthWeekday(y, 11, 4, 4) + 4],
  [/^ash wednesday$/i, (y) => easter(y) - 46],
  [/^palm sunday$/i, (y) => easter(y) - 7],
  [/^maundy thursday$/i, (y) => easter(y) - 3],
  [/^good friday$/i, (y) => easter(y) - 2],
  [/^easter(?: sunday)?$/i, (y) => easter(y)],
  [/^easter monday$/i, (y) => easter(y) + 1],
];

const NAME_PATTERN =
  "Christmas Eve|Christmas Day|Christmas(?!\\s+part(?:y|ies)\\b)|Boxing Day|New Year['’]s Eve|New Year['’]s Day|New Year['’]s(?=\\s+(?:celebrations|holiday|party|parties|fireworks|resolution|weekend))|(?:the )?Fourth of July|July Fourth|(?:(?<=\\bAmerica(?:n|['’]s)\\s)|(?<![A-Z][\\w.]*(?:['’]s|an|ian|ish|ese|i)\\s))Independence Day|Mother['’]s Day|Father['’]s Day|Valentine['’]s Day|(?:St\\.? |Saint )Patrick['’]s Day|Halloween|Bastille Day|Veterans Day|Armistice Day|Remembrance Day|Thanksgiving Day|Thanksgiving|Labou?r Day|Memorial Day|Martin Luther King(?: Jr\\.?)? Day|MLK Day|Presidents['’]? Day|Election Day|Juneteenth|Black Friday|Cyber Monday|Ash Wednesday|Palm Sunday|Maundy Thursday|Good Friday|Easter Sunday|Easter Monday|Easter";

/**
 * A named day followed by one of these is a thing or a stretch named after the day ("Easter week",
 * "the Christmas holidays", "Thanksgiving travel", "a Christmas ad", "our Christmas present"), not
 * the day itself. So is a Christmas party (NAME_PATTERN), held in the weeks before the day; a New
 * Year's party is held on its eve and keeps the date.
 */
const NOT_THE_DAY =
  '(?:week|weekend|holidays?|break|season|period|recess|shopping|sales?|spending|rush|travel|trees?|cards?|lights|decorations|songs?|carols?|markets?|specials?|episodes?|movies?|films?|albums?|presents?|gifts?|ads?|adverts?|commercials?)\\b';

/** "Merry Christmas", "Happy New Year's": a greeting names the holiday, not a day of the story. */
const NOT_A_GREETING = '(?<!\\b(?:[Mm]erry|[Hh]appy)\\s+)';

/**
 * "The hit film “Independence Day”", "the song ‘Christmas’": a holiday's name that opens a
 * quotation is a title, not a day (session 19).
 */
const NOT_A_TITLE = '(?<![“‘"]\\s?)';

function namedDay(name: string): ((year: number) => number) | null {
  const bare = name.replace(/\s+/g, ' ').trim();
  for (const [pattern, day] of NAMED) if (pattern.test(bare)) return day;
  return null;
}

/** The occurrence of a yearly day meant, from three candidate years around publication. */
function occurrence(dayIn: (year: number) => number, published: number, direction: Direction): number {
  const year = ymdOf(published).year;
  const days = [year - 1, year, year + 1].map(dayIn);
  const past = days.filter((d) => d <= published);
  const future = days.filter((d) => d >= published);
  const strictPast = days.filter((d) => d < published);
  const strictFuture = days.filter((d) => d > published);
  const latest = (xs: number[]) => (xs.length > 0 ? Math.max(...xs) : null);
  const earliest = (xs: number[]) => (xs.length > 0 ? Math.min(...xs) : null);
  switch (direction) {
    case 'past':
      return latest(past) ?? published;
    case 'strictPast':
      return latest(strictPast) ?? published;
    case 'future':
      return earliest(future) ?? published;
    case 'strictFuture':
      return earliest(strictFuture) ?? published;
    case 'nearest': {
      const p = latest(past);
      const f = earliest(future);
      if (p === null) return f ?? published;
      if (f === null) return p;
      return published - p <= f - published ? p : f;
    }
  }
}

function namedDirection(modifier: string, ctx: RuleContext): Direction {
  const m = modifier.toLowerCase();
  if (m === 'last' || m === 'this past') return 'strictPast';
  if (m === 'next' || m === 'this coming') return 'strictFuture';
  if (m === 'this') return 'nearest';
  if (/\bsince\s+$/i.test(ctx.before)) return 'past';
  return directionFor(ctx.tense(), 'nearest');
}

/**
 * The occurrence of a yearly day named without a year. As for "March 5", a clause told in the past
 * does not push a day that lies within NEAR_DAYS ahead back a year ("the week before Christmas", two
 * days before it, is this Christmas), unless a past verb right before it dates what happened ("died
 * on Christmas Day"); otherwise the tense decides.
 */
function yearlyOccurrence(
  dayIn: (year: number) => number,
  published: number,
  modifier: string,
  ctx: RuleContext,
  awaited: boolean,
): number {
  // A vote named by its day is the coming one unless its own clause tells it in the past.
  if (awaited && modifier === '' && !/\bsince\s+$/i.test(ctx.before) && ctx.ownTense() !== 'past')
    return occurrence(dayIn, published, 'future');
  const direction = namedDirection(modifier, ctx);
  if (modifier === '' && direction === 'past' && !/\bsince\s+$/i.test(ctx.before)) {
    const near = occurrence(dayIn, published, 'nearest');
    // Nor a day at the head of its sentence, which dates the past verb after it (fronted-date.ts).
    if (
      near > published &&
      near - published <= NEAR_DAYS &&
      !PAST_VERB_BEFORE.test(ctx.before) &&
      !frontsItsSentence(ctx.before)
    )
      return near;
  }
  return occurrence(dayIn, published, direction);
}

/**
 * "The Harwick campaign is hiring canvassers for Election Day", "polls tighten before Election
 * Day", written in spring: a day named for a vote is awaited, as a vote named by its date is ("the
 * Nov. 8 election"): the coming one, even most of a year ahead, unless a past verb of its own
 * clause dates it ("turnout fell on Election Day"). Other named days recur as holidays and keep
 * the tense reading.
 */
const AWAITED_DAY = /^election day$/i;

/** Which year an undated "end of the year" means: this one, unless a past-tense clause early in the year looks back. */
function endOfYear(published: number, ctx: RuleContext): number {
  const { year, month } = ymdOf(published);
  return month <= 2 && ctx.tense() === 'past' ? year - 1 : year;
}

/**
 * "The day after Thanksgiving", "a day before Christmas", "the night before Christmas", "on the eve
 * of Labor Day": a day told by its place next to a holiday is that day, not the holiday (session 19).
 * "Two days after Christmas" counts days from it; "the two days after Christmas" is a stretch, not read
 * as one day. Its groups (1-4 of the named-day pattern) are read by offsetDay. A determiner is required:
 * "every day after Christmas" is no one day.
 */
const OFFSET_PATTERN = `\\b(?:(?:[Tt]he|[Aa]|[Oo]ne)\\s+(day|night|${WEEKDAY_PATTERN})|(?<!\\b(?:[Tt]he|[Tt]hose|[Tt]hese|first|last|next|final)\\s+)(${COUNT_PATTERN})\\s+days)\\s+(before|after)\\s+|\\b(?:[Tt]he\\s+)(eve)\\s+of\\s+`;

/**
 * The day told next to a holiday: the day or night before or after it, its eve, or "the Monday
 * after Thanksgiving", the first such weekday after it (the last one before it).
 */
function offsetDay(
  holiday: number,
  unit: string | undefined,
  side: string | undefined,
  eve: string | undefined,
  count: string | undefined,
): number {
  if (eve) return holiday - 1;
  const after = side?.toLowerCase() === 'after';
  // "Two days after Christmas": counted days from the holiday.
  const days = count === undefined ? null : countValue(count);
  if (days !== null) return after ? holiday + days : holiday - days;
  if (!unit) return holiday;
  const weekday = weekdayNumber(unit);
  if (weekday === null) return after ? holiday + 1 : holiday - 1;
  const gap = after
    ? (weekday - weekdayOf(holiday) + 7) % 7 || 7
    : (weekdayOf(holiday) - weekday + 7) % 7 || 7;
  return after ? holiday + gap : holiday - gap;
}

/**
 * "Over Labor Day weekend", "the Thanksgiving holiday weekend": a holiday's weekend is the one it
 * falls on or next to, the Saturday nearest the day (a Monday holiday ends its weekend, Thanksgiving
 * opens one). Group 7 of the named-day pattern; "a Memorial Day weekend" is some year's, not read.
 */
const HOLIDAY_WEEKEND = '\\s+(?:holiday\\s+)?(weekend)\\b';

function nearestSaturday(day: number): number {
  const ahead = (6 - weekdayOf(day) + 7) % 7;
  return ahead <= 3 ? day + ahead : day + ahead - 7;
}

export const namedDayRules: DateRule[] = [
  superTuesdayRule,
  {
    name: 'named-day',
    // The trigger's words, lower-cased ("labo" for Labo(u)r Day).
    needs: [
      [
        'christmas',
        'boxing',
        'new year',
        'fourth of july',
        'july fourth',
        'independence day',
        'mother',
        'father',
        'valentine',
        'patrick',
        'halloween',
        'bastille',
        'veterans',
        'armistice',
        'remembrance',
        'thanksgiving',
        'labo',
        'memorial day',
        'king',
        'mlk',
        'presidents',
        'election day',
        'good friday',
        'easter',
        'juneteenth',
        'black friday',
        'cyber monday',
        'ash wednesday',
        'palm sunday',
        'maundy thursday',
      ],
    ],
    trigger:
      /Christmas|Boxing|New Year|Fourth of July|July Fourth|Independence Day|Mother|Father|Valentine|Patrick|Halloween|Bastille|Veterans|Armistice|Remembrance|Thanksgiving|Labou?r Day|Memorial Day|King|MLK|Presidents|Election Day|Good Friday|Easter|Juneteenth|Black Friday|Cyber Monday|Ash Wednesday|Palm Sunday|Maundy Thursday/,
    pattern: new RegExp(
      `(?:${OFFSET_PATTERN})?(?:\\b([Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?)\\s+)?(?<![\\w'’])${NOT_A_GREETING}${NOT_A_TITLE}(${NAME_PATTERN})(?![\\w'’-])(?:${HOLIDAY_WEEKEND}|(?!\\s+${NOT_THE_DAY}))(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => {
      const named = namedDay(m[6] ?? '');
      if (named === null) return null;
      // "The day after Thanksgiving", "the eve of Labor Day": the day next to the holiday.
      const dayIn = (year: number) => offsetDay(named(year), m[1], m[3], m[4], m[2]);
      // "Over Labor Day weekend": the weekend of the holiday, at week granularity as "the weekend".
      if (m[7]) {
        if (/\b(?:an?|every|each|any)\s+$/i.test(ctx.before)) return null;
        const weekend = (day: number) => formatWeek(nearestSaturday(day));
        if (m[8]) return { value: weekend(dayIn(Number(m[8]))), granularity: 'week' };
        return relative(ctx, 'week', (published) =>
          weekend(yearlyOccurrence(dayIn, published, m[5] ?? '', ctx, false)),
        );
      }
      if (m[8]) return { value: formatDay(dayIn(Number(m[8]))), granularity: 'day' };
      const awaited = AWAITED_DAY.test(m[6] ?? '');
      return relative(ctx, 'day', (published) =>
        formatDay(yearlyOccurrence(dayIn, published, m[5] ?? '', ctx, awaited)),
      );
    },
  },
  {
    name: 'period-end',
    needs: [['end', 'start', 'beginning', 'middle']],
    trigger: /(?:end|start|beginning|middle)\s+of\s+the\s+(?:year|month|week)|year[-\s]end|year['’]s\s+end/i,
    pattern:
      /\b(?:the\s+)?(?:(end|start|beginning|middle)\s+of\s+the\s+(year|month|week)|(year)[-\s]end|(year)['’]s\s+end)\b(?!\s+of\b)/gi,
    resolve: (m, ctx) => {
      const unit = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
      const end = m[1] === undefined || /^end$/i.test(m[1]);
      if (unit === 'week') return relative(ctx, 'week', (published) => formatWeek(published));
      if (unit === 'month')
        return relative(ctx, 'month', (published) => {
          const { year, month } = ymdOf(published);
          return formatMonthIndex(monthIndexOf(year, month));
        });
      // The start or middle of "the year" is the publication's year; its end may be last year's.
      return relative(ctx, 'year', (published) =>
        formatYear(end ? endOfYear(published, ctx) : ymdOf(published).year),
      );
    },
  },
  {
    name: 'seasons-ago',
    needs: [['springs', 'summers', 'autumns', 'falls', 'winters']],
    trigger: /(?:springs|summers|autumns|falls|winters)\s+ago/i,
    pattern: new RegExp(`\\b(${COUNT_PATTERN})\\s+(springs|summers|autumns|falls|winters)\\s+ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const count = countValue(m[1] ?? '');
      const season = seasonOf((m[2] ?? '').replace(/s$/i, ''));
      if (count === null || season === null || count < 1) return null;
      return relative(ctx, 'season', (published) =>
        formatMonthRange(seasonOccurrence(season, published, 'strictPast') - 12 * (count - 1), 3),
      );
    },
  },
];

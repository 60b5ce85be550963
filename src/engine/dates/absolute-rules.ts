import {
  dayOf,
  formatDay,
  formatDecade,
  formatMonthIndex,
  formatYear,
  isValidDate,
  monthIndexOf,
  yearOf,
  ymdOf,
} from './calendar.js';
import {
  AMBIGUOUS_BARE_MONTHS,
  DIGITS,
  decadeWordValue,
  MONTH_PATTERN,
  MONTH_STEMS,
  monthNumber,
  WEEKDAY_PATTERN,
} from './lexicon.js';
import {
  ATTRIBUTIVE_MONTHS_AHEAD,
  type Direction,
  directionFor,
  formatMonthRange,
  monthDayOccurrence,
  monthOccurrence,
} from './occurrence.js';
import { comingVoteMonth, ELECTION_AFTER, ELECTION_BEFORE } from './election.js';
import { HAPPENING_AFTER, HAPPENING_BEFORE_MONTH, POLL_BEFORE_MONTH } from './happenings.js';
import { historicDay } from './historic-days.js';
import { monthDayInPassage, monthInPassage } from './passage.js';
import { type DateRule, POSTPONED_TO_BEFORE, type Resolution, type RuleContext, relative } from './rule.js';

/** Expressions that name a calendar date, month, year or decade, with or without the year. */

const MONTH_ABBR_NO_DOT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const MONTH_WITH_DAY = `(${MONTH_PATTERN}|${MONTH_ABBR_NO_DOT})`;
const YEAR = '((?:1[6-9]|20)\\d\\d)';
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[,.:]\\d)';
const WEEKDAY_PREFIX = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
/** Matches a lower-case word with its first letter in either case ("last" or "Last"). */
const anyCase = (words: string): string =>
  words.replace(/\b([a-z])/g, (_m, c: string) => `[${c}${c.toUpperCase()}]`);
const YEARLESS_MODIFIER = `(?:(${anyCase('last|next')})\\s+)?`;

/** Month modifiers that count from publication ("last March", "this coming May"), not from a passage. */
const RELATIVE_MONTH_MODIFIER = /^(?:last|next|this)\b/;

function dayValue(year: number, month: number, day: number): Resolution | null {
  return isValidDate(year, month, day)
    ? { value: formatDay(dayOf(year, month, day)), granularity: 'day' }
    : null;
}

const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Two months joined by a hyphen or slash, as reports name a stretch of the year ("January-June
 * profit", "in the April-June quarter", "Jan-May 1996", "Jan-April' 96"): one range from the first
 * month to the second. A day number after the second month makes it a day range, read elsewhere.
 * A slash joins written-out months only: "Mar / Sep" in a table heads two columns.
 */
const MONTH_SPAN = new RegExp(
  `\\b(?:${MONTH_WITH_DAY}\\s?[-–]\\s?${MONTH_WITH_DAY}|(${FULL_MONTH})\\s?/\\s?(${FULL_MONTH}))(?![\\w-])(?:(?:,?\\s+${YEAR}\\b)|'\\s?(\\d\\d)\\b)?(?!\\s*\\d)`,
  'g',
);

/**
 * Without a year, the stretch is the latest one ending by publication (reports name periods gone
 * by), or the coming one when the clause looks ahead.
 */
function monthSpan(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const first = monthNumber(m[1] ?? m[3] ?? '');
  const last = monthNumber(m[2] ?? m[4] ?? '');
  if (first === null || last === null || first === last) return null;
  const months = ((last - first + 12) % 12) + 1;
  const range = (lastIndex: number): string => formatMonthRange(lastIndex - months + 1, months);
  if (m[5]) return { value: range(monthIndexOf(Number(m[5]), last)), granularity: 'range' };
  if (m[6]) {
    const century = ctx.published === null ? 1900 : Math.floor(yearOf(ctx.published) / 100) * 100;
    return { value: range(monthIndexOf(century + Number(m[6]), last)), granularity: 'range' };
  }
  // A stretch across the new year with no year written ("April-March") is a fiscal year, whose
  // start the text rarely settles.
  if (first > last) return null;
  // Looking ahead, the nearest such stretch: a report due in September on "the April-June
  // quarter" is about the one just ended, "October-December sales will" the coming one.
  const tense = ctx.tense();
  const direction = tense === 'future' || tense === 'planned' ? 'nearest' : 'past';
  return relative(ctx, 'range', (published) => range(monthOccurrence(last, published, direction)));
}

/** A past verb, perhaps after "was"/"were", then perhaps "on", right before the date. */
export const PAST_VERB_BEFORE =
  /\b(?:[a-z]{2,}ed|died|began|held|met|took|made|fell|rose|won|lost|left|came|went|struck|broke|shot|hit|saw|found)\s+(?:on\s+)?$/;

/** Words before a date that name when a change takes effect ("effective Jan. 1", "starting on May 3"). */
const TAKES_EFFECT_BEFORE =
  /\b(?:effective|starting|beginning|commencing|as of|as from)\s+(?:on\s+|from\s+)?$/i;

/** How many months ahead of publication a month named in a past-tense clause may still lie ahead. */
const NEAR_MONTHS = 1;

/** Less than this many days ahead, a vote named by its day ("the Nov. 8 election") is the coming one. */
const HALF_YEAR_DAYS = 183;

/** Up to 40 characters after a match. */
function textAfter(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
}

/** Within this many days of publication a yearless date is taken as written, whatever the tense. */
export const NEAR_DAYS = 60;

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
    if (!modifier && (ELECTION_AFTER.test(after) || ELECTION_BEFORE.test(ctx.before))) {
      const coming = monthDayOccurrence(month, day, published, 'future');
      if (coming !== null && coming - published < HALF_YEAR_DAYS) return formatDay(coming);
    }
    // "The Sept. 2 blast" named in August: the last such day, however near the next one lies.
    else if (!modifier && HAPPENING_AFTER.test(after)) direction = 'past';
    // "Since Oct. 7" counts from a day already past, however far back.
    else if (
      /\bsince\s+(?:(?:shortly\s+|just\s+|soon\s+)?(?:after|before)\s+)?(?:the\s+)?$/i.test(ctx.before)
    )
      direction = 'past';
    // "Effective Feb. 1", "starting March 3": the day a change takes effect, which an announcement
    // puts ahead as often as a report puts it behind; the nearest occurrence, whatever the tense.
    if (!modifier && POSTPONED_TO_BEFORE.test(ctx.before)) direction = 'future';
    if (direction === 'nearest' && TAKES_EFFECT_BEFORE.test(ctx.before))
      return formatDay(monthDayOccurrence(month, day, published, 'nearest') ?? published);
    let d = monthDayOccurrence(month, day, published, direction);
    // A date right after a past verb ("was killed on June 10", "reported Jan. 28") dates what that
    // verb says happened: a day already past, however near the next one lies.
    if (d !== null && direction === 'nearest' && d > published && PAST_VERB_BEFORE.test(ctx.before)) {
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

function monthDay(
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

/** Words before a bare month name that show it is the month, not "May" the verb or "April" the name. */
const MONTH_CUE_BEFORE =
  /(?:\b(?:in|since|until|till|by|from|through|throughout|during|before|after|of|to|and|or|between|early|late|mid|last|next|this|that|each|every|since|around|on|for)\s*-?\s*)$/i;

/** A second month with its year right after a bare month: "(July) and December 1995", "(May) to June, 2014". */
const YEAR_AFTER_PAIR = new RegExp(
  `^\\s*(?:and|to|through|until|till|-|–)\\s*(?:(?:early|late|mid)[-\\s]+)?(${MONTH_PATTERN}),?\\s+${YEAR}\\b(?![,.]\\d)`,
);

/** Words of a sentence about figures, before "the 30s": polls, ratings, percentages, temperatures. */
const FIGURE_TALK =
  /\b(?:percent|per cent|percentage|rating|ratings|approval|polls?|average|score|degrees|temperatures?)\b|%/i;

/** Month abbreviations written without their dot ("Jan", "Sept"), as a bare month match can end. */
const UNDOTTED_ABBREVIATION = /^(?:Jan|Feb|Apr|Aug|Sept|Oct|Nov|Dec)$/;

/**
 * A month name used as a modifier between a determiner and a common noun ("a June agreement", "the
 * May elections", "its March meeting") is the month; a name or a verb does not sit there.
 */
function attributiveMonth(before: string, after: string): boolean {
  return /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && /^\s[a-z]/.test(after);
}

/** A month with a possessive before a common noun ("November's runoff", "October's harvest"). */
function possessiveMonth(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return /^['’]s\s[a-z]/.test(m.input.slice(end, end + 4));
}

/** Words before a 4-digit number that make it a quantity, not a year. */
const QUANTITY_BEFORE =
  /(?:[$£€¥#]\s*|\b(?:about|some|nearly|almost|roughly|approximately|around|than|over|under|only|just|least|most|No\.|number|top|page|pages|room|flight|route|model|channel|code)\s+)$/i;
const QUANTITY_AFTER =
  /^(?:\s*(?:%|percent|per cent|GMT|UTC|hours|hrs|local time|[AP]\.?M\b|ET\b|EST|EDT|PST|km|kg|mph|ft|m\b)|\s+(?:people|persons|men|women|children|troops|soldiers|workers|jobs|residents|students|members|cases|deaths|votes|seats|units|homes|houses|cars|vehicles|points|feet|meters|metres|miles|kilometers|kilometres|tons|tonnes|pounds|dollars|euros|yen|yards|acres|employees|officers|police|refugees|migrants|patients|fans|visitors|protesters|participants|companies|shares|barrels|words|pages|years|days|hours|minutes|calories|rooms|beds|flights|passengers|tests|samples|stores|branches|plants|sites|species|acres|doses|signatures|names|copies|times)\b)/;
/** A capitalised word right before the number makes it a name ("Windows 2000", "Boeing 1900"). */
const NAME_BEFORE = /\b([A-Z][a-z]+)\s+$/;
const YEAR_LEAD_WORDS = new Set([
  'in',
  'since',
  'by',
  'until',
  'from',
  'through',
  'during',
  'before',
  'after',
  'of',
  'early',
  'late',
  'mid',
  'fiscal',
  'for',
  'to',
  'and',
  'or',
  'the',
  'between',
  'around',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'year',
  'calendar',
  'circa',
  'as',
  'at',
  'on',
  'throughout',
  'last',
  'this',
  'next',
  'end',
  'start',
  'beginning',
]);

function looksLikeQuantity(ctx: RuleContext, after: string): boolean {
  if (QUANTITY_BEFORE.test(ctx.before) || QUANTITY_AFTER.test(after)) return true;
  const name = NAME_BEFORE.exec(ctx.before)?.[1];
  return name !== undefined && !YEAR_LEAD_WORDS.has(name.toLowerCase()) && monthNumber(name) === null;
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

/** Words and dashes joining the first and last day of a span: "March 5-7", "5 to 7 March". */
const RANGE_JOIN = '\\s*(?:-|–|—)\\s*|\\s+(?:to|through|thru|until|till)\\s+';
const BARE_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * The span of days "March 5-7" (or "March 5 to 7", "5-7 March", with or without a year): from the
 * first day to the last, in one month; the year as for the first day alone.
 */
function dayRange(
  monthName: string,
  firstText: string,
  lastText: string,
  yearText: string | undefined,
  ctx: RuleContext,
): Resolution | null {
  const first = Number(firstText);
  const last = Number(lastText);
  if (last <= first) return null;
  const start = monthDay(monthName, firstText, yearText, '', ctx);
  if (start === null) return null;
  if (start.value === null) return { value: null, granularity: 'range' };
  const [year, month] = start.value.split('-').map(Number);
  const end = dayValue(year ?? 0, month ?? 0, last);
  return end === null ? null : { value: `${start.value}/${end.value}`, granularity: 'range' };
}

/**
 * A stretch of days across a month's end ("Sept 25 - Oct 10", "from March 30-April 4") or with its
 * month repeated ("Dec. 3 - Dec. 7"): the first
 * day read as a month-day is, the last in the same year or the next one when its month comes
 * earlier in the calendar. A year written after the last day holds for both.
 */
function crossMonthRange(m: RegExpExecArray, ctx: RuleContext): Resolution | null {
  const firstMonth = monthNumber(m[1] ?? '');
  const lastMonth = monthNumber(m[3] ?? '');
  if (firstMonth === null || lastMonth === null) return null;
  // "Dec. 3 - Dec. 7" repeats the month: a range only while the days run forward.
  if (firstMonth === lastMonth && Number(m[4]) <= Number(m[2])) return null;
  const wraps = lastMonth < firstMonth;
  const startYear = m[5] ? String(Number(m[5]) - (wraps ? 1 : 0)) : undefined;
  const start = monthDay(m[1] ?? '', m[2] ?? '', startYear, '', ctx);
  if (start === null) return null;
  if (start.value === null) return { value: null, granularity: 'range' };
  const year = Number(start.value.slice(0, 4)) + (wraps ? 1 : 0);
  const end = dayValue(year, lastMonth, Number(m[4]));
  return end === null ? null : { value: `${start.value}/${end.value}`, granularity: 'range' };
}

/** Spelled ordinals a century is named with in news ("the nineteenth century"). */
const CENTURY_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/** The years of a century: the 20th is 1900-1999, as news and TimeML count it (not 1901-2000). */
function centuryRange(ordinal: number): Resolution | null {
  if (ordinal < 1 || ordinal > 22) return null;
  const start = (ordinal - 1) * 100;
  return { value: `${formatYear(start)}/${formatYear(start + 99)}`, granularity: 'range' };
}

export const absoluteRules: DateRule[] = [
  {
    name: 'century',
    trigger: ['century'],
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${CENTURY_WORDS.join('|')}))[-\\s]+century\\b`,
      'gi',
    ),
    resolve: (m) => centuryRange(m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 1),
  },
  {
    name: 'month-span',
    needs: [MONTH_STEMS],
    trigger: /[a-z.]\s?[-–/]\s?[A-Z]/,
    pattern: MONTH_SPAN,
    resolve: (m, ctx) => monthSpan(m, ctx),
  },
  {
    name: 'month-day-range',
    needs: [MONTH_STEMS],
    trigger: /\d\s*(?:[-–—]|to|through|thru|until|till)\s*\d/,
    pattern: new RegExp(
      `\\b${MONTH_WITH_DAY}\\s+${BARE_DAY}(?:${RANGE_JOIN})${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => dayRange(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4], ctx),
  },
  {
    name: 'cross-month-day-range',
    needs: [MONTH_STEMS],
    trigger: /\d\s*[-–—]\s*[A-Z]/,
    pattern: new RegExp(
      `\\b${MONTH_WITH_DAY}\\s+${BARE_DAY}\\s*[-–—]\\s*${MONTH_WITH_DAY}\\s*${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => crossMonthRange(m, ctx),
  },
  {
    name: 'day-month-range',
    needs: [MONTH_STEMS],
    trigger: /\d\s*(?:[-–—]|to|through|thru|until|till)\s*\d/,
    pattern: new RegExp(
      `(?<![\\d.,/:-])\\b${BARE_DAY}(?:${RANGE_JOIN})${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WITH_DAY}\\b(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => dayRange(m[3] ?? '', m[1] ?? '', m[2] ?? '', m[4], ctx),
  },
  {
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
  },
  {
    name: 'iso-date',
    needs: [DIGITS.flatMap((d) => [`${d}-`, `${d}/`])],
    // ISO order with dashes, or with slashes as East Asian and some European papers write it.
    pattern: /\b(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/-])/g,
    resolve: (m) => dayValue(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
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
  },
  {
    name: 'month-day',
    needs: [MONTH_STEMS],
    trigger: /\d/,
    pattern: new RegExp(
      `\\b${YEARLESS_MODIFIER}${WEEKDAY_PREFIX}(?:the\\s+)?${MONTH_WITH_DAY}(?:\\s+|(?<=\\.))(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\b))?${DAY_NUM}(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => monthDay(m[2] ?? '', m[3] ?? '', m[4], m[1] ?? '', ctx, textAfter(m), m[0]),
  },
  {
    name: 'day-month',
    needs: [MONTH_STEMS],
    trigger: /\d/,
    pattern: new RegExp(
      `\\b${WEEKDAY_PREFIX}(?:the\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WITH_DAY}\\b(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => monthDay(m[2] ?? '', m[1] ?? '', m[3], '', ctx, textAfter(m)),
  },
  {
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
  },
  {
    name: 'month',
    needs: [MONTH_STEMS],
    pattern: new RegExp(
      `(?:\\b(${anyCase('early|late|mid|last|next|this|this past|this coming|the (?:end|beginning|start|middle) of')})[-\\s]+)?\\b(${MONTH_PATTERN})(?![\\w-])`,
      'g',
    ),
    resolve: (m, ctx) => {
      const month = monthNumber(m[2] ?? '');
      if (month === null) return null;
      const modifier = (m[1] ?? '').toLowerCase();
      const name = m[2] ?? '';
      const full = !name.endsWith('.');
      // An undotted abbreviation on its own ("Jan Kavan said", "Dec" in a code) is a name or a
      // label far more often than the month, which news writes out or abbreviates with a dot.
      const undottedAbbreviation = UNDOTTED_ABBREVIATION.test(name);
      if (
        !modifier &&
        full &&
        (AMBIGUOUS_BARE_MONTHS.has(month) || undottedAbbreviation) &&
        !MONTH_CUE_BEFORE.test(ctx.before) &&
        !attributiveMonth(ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        return null;
      // "Between July and December 1995", "from September to December 2014": the year is written
      // once, after the second month, and holds for the first too.
      const pairedYear = YEAR_AFTER_PAIR.exec(
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 40),
      );
      if (!modifier && pairedYear) {
        const second = monthNumber(pairedYear[1] ?? '');
        if (second !== null) {
          const year = Number(pairedYear[2]) - (second < month ? 1 : 0);
          return { value: formatMonthIndex(monthIndexOf(year, month)), granularity: 'month' };
        }
      }
      const attributive =
        !modifier &&
        attributiveMonth(ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
      // "until a June review" is a deadline as "until June" is: look past the determiner.
      const before = ctx.before.replace(/\b(?:the|a|an|its|their|his|her|our)\s+$/i, '');
      const since = /\bsince\s+$/i.test(before);
      // A deadline ("by February", "until March") is as often ahead as behind: take the nearest.
      const deadline = /\b(?:by|until|till|through|before)\s+$/i.test(before);
      return relative(ctx, 'month', (published) => {
        // "In 2013, the ferry line cut fares from April": the passage's year, told in the past.
        if (!RELATIVE_MONTH_MODIFIER.test(modifier) && ctx.passage !== null && ctx.tense() === 'past')
          return formatMonthIndex(monthInPassage(month, ctx.passage));
        // "this September" is the September of the publication's year ("the election due this
        // September", written in February), unless that is past and the clause looks ahead.
        if (modifier === 'this') {
          const { year, month: now } = ymdOf(published);
          const sameYear = monthIndexOf(year, month);
          if (!(ctx.tense() === 'future' && month < now)) return formatMonthIndex(sameYear);
        }
        let direction = directionFor(ctx.tense(), 'nearest');
        if (modifier === 'last' || modifier === 'this past') direction = 'strictPast';
        else if (modifier === 'next' || modifier === 'this coming') direction = 'strictFuture';
        else if (modifier === 'this') direction = 'nearest';
        else if (since || HAPPENING_BEFORE_MONTH.test(before) || POLL_BEFORE_MONTH.test(before))
          direction = 'past';
        else if ((attributive || possessiveMonth(m)) && direction !== 'future') {
          // "The November election", "a June referendum", "the July convention", "November's
          // runoff": an event named by its month is one the reader knows, and the nearest such
          // event lies ahead when its month comes within half a year, however the clause around it
          // is told ("teeing up the November showdown", written in July). Half a year or more
          // ahead, it is the one just past.
          const { year, month: now } = ymdOf(published);
          const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
          if (ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD) direction = 'future';
        } else if (deadline && direction !== 'future') direction = 'nearest';
        else if (direction === 'past' && !PAST_VERB_BEFORE.test(before.replace(/\b(?:in|during)\s+$/i, ''))) {
          // Next month, in a past-tense clause whose verb does not take the month itself ("agreed to
          // join in March", "the vote was set for March", written in February): what was said
          // or decided lies behind, the month it names just ahead, as for a near month-day.
          const { year, month: now } = ymdOf(published);
          const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
          if (ahead >= 1 && ahead <= NEAR_MONTHS) direction = 'future';
          // A clause with no tense of its own but a modal or an infinitive, told under a past
          // frame ("said that the party must back her in November", "a chance to win in July"):
          // the past is the telling's, and a month less than half a year ahead is the coming one.
          else if (ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD && ctx.ownTense() === 'modal')
            direction = 'future';
        }
        // "Rivals hope to unseat her in November", written in March: the coming vote (election.ts).
        if (!modifier && !since && direction !== 'future' && direction !== 'strictPast') {
          if (comingVoteMonth(month, published, ctx.ownTense(), m.input)) direction = 'future';
        }
        return formatMonthIndex(monthOccurrence(month, published, direction));
      });
    },
  },
  {
    name: 'decade',
    trigger: ['0s', 'ties'],
    pattern:
      /(?:\bthe\s+)?(?:\b(?:early|mid|late)[-\s]+)?(?:\b((?:1[5-9]|20)\d)0s\b|'(\d)0s\b|(?<=\bthe\s+(?:(?:early|mid|late)[-\s]+)?)(\d)0s\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/gi,
    resolve: (m, ctx) => {
      let start: number | null = null;
      if (m[1]) start = Number(m[1]) * 10;
      else if (m[2] ?? m[3]) {
        // "Approval dipped into the mid-20s", "a percentage in the 40s": a bare two-digit decade in
        // a sentence about figures is a range of numbers, not of years.
        if (m[3] && FIGURE_TALK.test(m.input.slice(Math.max(0, m.index - 200), m.index))) return null;
        const digit = Number(m[2] ?? m[3]);
        // "the '90s": the latest such decade not after the publication year (or the 1900s when unknown).
        const pubYear = ctx.published === null ? 1999 : yearOf(ctx.published);
        start = Math.floor(pubYear / 100) * 100 + digit * 10;
        if (start > pubYear) start -= 100;
      } else if (m[4]) {
        if (!/^the\b/i.test(m[0]) && !/\bthe\s+(?:(?:early|mid|late)[-\s]+)?$/i.test(ctx.before)) return null;
        start = decadeWordValue(m[4]);
      }
      return start === null ? null : { value: formatDecade(start), granularity: 'decade' };
    },
  },
  {
    name: 'fiscal-year',
    trigger: ['fiscal', 'fy'],
    pattern: /\b(?:fiscal(?:\s+year)?|FY)\s*'?((?:19|20)?\d\d)\b/gi,
    resolve: (m) => {
      const raw = m[1] ?? '';
      const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      return { value: formatYear(year), granularity: 'year' };
    },
  },
  {
    // "2019-2023", "the 2022-23 season", "1990–91": the years from the first to the last.
    name: 'year-range',
    needs: [DIGITS],
    trigger: /\d\d\s*[-–]\s*\d\d/,
    pattern: new RegExp(
      `(?<![\\w$£€.,'/-])${YEAR}\\s*[-–]\\s*((?:1[6-9]|20)\\d\\d|\\d\\d)(?![\\w%/-]|[,.]\\d)`,
      'g',
    ),
    resolve: (m) => {
      const start = Number(m[1]);
      const endText = m[2] ?? '';
      const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
      // A span runs forward and not for ages ("1990-91", not "2019-2000" or a score "2019-05").
      if (end <= start || end - start > 30) return null;
      return { value: `${formatYear(start)}/${formatYear(end)}`, granularity: 'range' };
    },
  },
  {
    name: 'year',
    needs: [DIGITS],
    trigger: /\d{4}/,
    pattern: new RegExp(
      `(?:\\b(?:early|late|mid|the (?:end|beginning|start|middle) of|the year|calendar(?: year)?)[-\\s]+)?(?<![\\w$£€.,'/]|\\d-)${YEAR}(?![\\w%/]|[,.]\\d|-\\d)`,
      'g',
    ),
    resolve: (m, ctx) => {
      const after = m.input.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24);
      if (m[0].length === 4 && looksLikeQuantity(ctx, after)) return null;
      return { value: m[1] ?? '', granularity: 'year' };
    },
  },
];

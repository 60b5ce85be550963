/** Years, and the spans named by years: centuries, decades, fiscal years and year ranges ("2019-2023"). */
import { formatDecade, formatYear, yearOf } from './calendar.js';
import { YEAR } from './date-parts.js';
import { DIGITS, decadeWordValue, monthNumber } from './lexicon.js';
import { endsAPhoneNumber } from './phone-number.js';
import type { DateRule, Resolution, RuleContext } from './rule.js';

/** Words of a sentence about figures, before "the 30s": polls, ratings, percentages, temperatures. */
const FIGURE_TALK =
  /\b(?:percent|per cent|percentage|rating|ratings|approval|polls?|average|score|degrees|temperatures?)\b|%/i;

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

export const centuryRule: DateRule = {
  name: 'century',
  trigger: ['century'],
  pattern: new RegExp(
    `\\b(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${CENTURY_WORDS.join('|')}))[-\\s]+century\\b`,
    'gi',
  ),
  resolve: (m) => centuryRange(m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 1),
};

export const decadeRule: DateRule = {
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
};

export const fiscalYearRule: DateRule = {
  name: 'fiscal-year',
  trigger: ['fiscal', 'fy'],
  pattern: /\b(?:fiscal(?:\s+year)?|FY)\s*'?((?:19|20)?\d\d)\b/gi,
  resolve: (m) => {
    const raw = m[1] ?? '';
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    return { value: formatYear(year), granularity: 'year' };
  },
};

export const yearRangeRule: DateRule = {
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
};

export const yearRule: DateRule = {
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
    // "Desk +1 415 555 1920": the last group of a wire desk's telephone number (phone-number.ts).
    if (m[0].length === 4 && endsAPhoneNumber(ctx.before, m.input.slice((m.index ?? 0) + 4))) return null;
    return { value: m[1] ?? '', granularity: 'year' };
  },
};

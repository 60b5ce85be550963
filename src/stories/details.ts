import type { ParsedArticle } from '../engine/schema.js';
import { wordsOf } from './terms.js';

/**
 * The event-specific details that tell two look-alike events apart when their words agree (two
 * emergency browser patches, two rehab check-ins): the figures an article gives, the years it
 * names, the weekday its lead puts the event on, and the day its own text or address says it was
 * written. Outlets reporting one event repeat its figures ("6.1", "2 million") and its weekday
 * ("on Saturday"); a look-alike event has its own. None of these is trusted alone: the pair
 * scorer (`pair.ts`) weighs them against the wording.
 */
export interface EventDetails {
  /** Figures of two or more characters as written, thousands separators dropped ("6.1", "250"); years excluded. */
  numbers: Set<string>;
  /** Four-digit years from 1900 to 2099 anywhere in the body. */
  years: Set<string>;
  /**
   * The latest year the report names as a time things happened, not as a deadline or horizon
   * ("by 2030", "until the end of 2027", "through 2029", "before 2028"), and not after the year of
   * its own day when it has one: most often its event's year. Null when it names none.
   */
  latestYear: number | null;
  /** Weekdays named in the title or first two sentences. */
  weekdays: Set<string>;
  /** Days since 1970 of a date the text or the address carries (dateline, /2013/05/03/ in the URL). */
  textDay: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "May 03, 2013", "September 18th, 2013" and "18 September 2013" as datelines write them. */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** A news address's date path: /2013/05/03/ or /2013/may/03/. */
const URL_DATE = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3})\/(\d{1,2})(?:[/_-]|$)/i;

function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function datelineDay(texts: readonly string[]): number | null {
  for (const text of texts) {
    const a = MONTH_FIRST.exec(text);
    if (a) return dayOf(Number(a[3]), monthNumber(a[1] as string), Number(a[2]));
    const b = DAY_FIRST.exec(text);
    if (b) return dayOf(Number(b[3]), monthNumber(b[2] as string), Number(b[1]));
  }
  return null;
}

function urlDay(url: string | null): number | null {
  const m = url ? URL_DATE.exec(url) : null;
  if (!m) return null;
  const month = /\d/.test(m[2] as string) ? Number(m[2]) : monthNumber(m[2] as string);
  return dayOf(Number(m[1]), month, Number(m[3]));
}

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Words that make the year after them a deadline or a horizon, not a time something happened: "by
 * 2030", "until the end of 2027", "through mid-2029". On training news of a known year (PolNeAR
 * train, 2016) a year after them was a future year 25 times of 47, any other year 52 times of
 * 1,923; leaving them out, the articles whose latest year is two or more after 2016 fall from 36
 * to 26 of the 535 naming a year, and one article's latest year stops being 2016.
 */
const HORIZON =
  /\b(?:by|until|till|through|before)\s+(?:(?:the\s+)?(?:end|start|middle|mid|early|late)(?:\s+of)?[\s-]+)?$/i;

/** The latest of these years that is not after `textDay`'s year (a later one is a plan or forecast). */
export function latestYearOf(years: Iterable<number>, textDay: number | null): number | null {
  const cap = textDay === null ? null : new Date(textDay * 86_400_000).getUTCFullYear();
  let latest: number | null = null;
  for (const y of years) if ((cap === null || y <= cap) && (latest === null || y > latest)) latest = y;
  return latest;
}

/** Words a dateline line holds besides its figures: "Updated 8:15 p.m. GMT, Wed September 15, 2027". */
const DATELINE_WORD =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|st|nd|rd|th|a|p|am|pm|m|gmt|utc|bst|cet|est|edt|cst|cdt|pst|pdt|et|pt|updated|published|posted|last|modified|on|at|\d+)$/;

/**
 * A line that is only a date (and time): the day the page was written, whose weekday is not the
 * event's. Two outlets on one story publish a day apart, and their datelines' weekdays differ.
 */
export function datelineOnly(line: string): boolean {
  const words = wordsOf(line.replace(/[.:]/g, ' '));
  return words.length >= 2 && words.some((w) => /\d/.test(w)) && words.every((w) => DATELINE_WORD.test(w));
}

/** `day`: the publication day its source gave (days since 1970), which overrides any the text carries. */
export function eventDetailsOf(parsed: ParsedArticle, day: number | null = null): EventDetails {
  const numbers = new Set<string>();
  const years = new Set<string>();
  const eventYears: number[] = [];
  for (const paragraph of parsed.paragraphs) {
    for (const line of paragraph.split('\n')) {
      // A dateline's day and time ("Updated 8:15 p.m., September 15") are when the page was written, not
      // the event's figures; its year still counts as a year.
      const dateline = datelineOnly(line);
      for (const m of line.matchAll(/\d+(?:[.,]\d+)*/g)) {
        const figure = m[0].replace(/,/g, '');
        if (/^(19|20)\d\d$/.test(figure)) {
          years.add(figure);
          if (!HORIZON.test(line.slice(Math.max(0, m.index - 40), m.index))) eventYears.push(Number(figure));
        }
        // Single digits ("3 people", "2 p.m.") recur in every story: they tell nothing apart.
        else if (figure.length >= 2 && !dateline) numbers.add(figure);
      }
    }
  }
  const lead = [parsed.title, ...parsed.sentences.slice(0, 2)];
  const weekdays = new Set(
    lead
      .filter((line) => !datelineOnly(line))
      .flatMap((line) => wordsOf(line))
      .filter((w) => WEEKDAYS.has(w)),
  );
  const textDay =
    day ?? (parsed.published ? dayNumber(parsed.published) : null) ?? datelineDay(lead) ?? urlDay(parsed.url);
  return { numbers, years, latestYear: latestYearOf(eventYears, textDay), weekdays, textDay };
}

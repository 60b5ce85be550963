import { dayOf, isValidDate, monthIndexOf, ymdOf } from './calendar.js';
import { sentenceTense } from './clause.js';

/**
 * The past year a passage is told in. News sets it explicitly, at the head of a sentence ("In
 * 2009, the mill closed ...", "Back in 2011, ...", "In the spring of 2012, ...", "On May 4, 2010,
 * ..."), and keeps it while the passage stays in the past: "On March 3, it voted ..." in the next
 * sentence is March 3 of that year, not of the publication's. The setting ends with the paragraph,
 * with any sentence not told in the past, with a word for the present ("now", "today", "this year",
 * "last week") and with any other year named. A year said in passing ("its 1998 record", "founded
 * in 2004 and sold in May") does not set it: on PolNeAR train and eng.train a month-day after
 * such a year kept the publication's year far more often than not (ADR 018, session 5 round 3).
 */

/** Only a year two or more before publication sets a passage: last year's months are read as they are. */
const YEARS_BACK = 2;

/** A date heading its sentence, perhaps after a conjunction or "back": "But in 2013, ...". */
const OPENING = /^\W*(?:(?:but|and|then|so|yet|even)\s+)?(?:back\s+)?$/i;
/** The setting's own words: a preposition, then a date that names its year ("in the autumn of 2011"). */
const SETTING_TEXT = /^(?:in|on|during|throughout)\s.*?\b((?:1[6-9]|20)\d\d)\b/i;

/** Words that bring the text back to the present, or name another year. */
const PRESENT_CUE =
  /\b(?:now|today|tonight|yesterday|currently|these days|so far|(?:this|last|next)\s+(?:year|month|week|weekend|spring|summer|fall|autumn|winter))\b/i;
const ANY_YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** What a setting needs of a date read in the sentence (scan.ts's DateSpan, which imports this module). */
interface ReadDate {
  start: number;
  text: string;
  value: string | null;
}

/**
 * The first day of the past a sentence sets, when its first date heads it and names a year two
 * or more before publication ("In 2009," in a 2016 article: 2009-01-01; "In the autumn of 2011,":
 * 2011-09-01; "On May 4, 2010,": 2010-01-01), else null.
 */
export function settingOf(
  sentence: string,
  spans: readonly ReadDate[],
  published: number | null,
): number | null {
  const first = spans[0];
  if (published === null || !first || first.value === null) return null;
  if (!OPENING.test(sentence.slice(0, first.start))) return null;
  const year = SETTING_TEXT.exec(first.text)?.[1];
  if (!year || ymdOf(published).year - Number(year) < YEARS_BACK) return null;
  const m = /^(\d{4})(?:-(\d{2})(-\d{2})?)?/.exec(first.value);
  if (!m || m[1] !== year) return null;
  // A season or month starts the passage there: what follows is told forward from it ("In the
  // autumn of 2011, ... By Feb. 6, ..." is 2012). A day says only which year: news steps back a
  // few days from a dated event as often as it goes on ("On May 4, 2010, the levee broke. On
  // May 2, ..."), so a day setting dates by its year alone.
  const startMonth = m[2] && !m[3] ? Number(m[2]) : 1;
  return dayOf(Number(m[1]), startMonth, 1);
}

/** The past setting carried from sentence to sentence within one paragraph. */
export class PastPassage {
  private start: number | null = null;
  private paragraph = -1;
  /** The sentence being read, and whether it names the present once asked (null: not yet asked). */
  private sentence = '';
  private present: boolean | null = null;

  /**
   * The setting a sentence starts under: none in a new paragraph, nor when the sentence names a
   * year or the present itself (a sentence that sets a new year is then read under its own).
   */
  before(sentence: string, paragraph: number): number | null {
    this.sentence = sentence;
    this.present = null;
    // The cue patterns are asked only when a setting is carried or set (few sentences): with
    // none, no answer of theirs changes what the passage keeps.
    if (
      this.start !== null &&
      (paragraph !== this.paragraph || this.namesPresent() || ANY_YEAR.test(sentence))
    )
      this.start = null;
    this.paragraph = paragraph;
    return this.start;
  }

  /** Carries the setting past a sentence: the one it set, else the one it kept, while told in the past. */
  after(sentence: string, setting: number | null): void {
    if (setting === null && this.start === null) return;
    if (this.namesPresent()) this.start = null;
    else if (setting !== null) this.start = setting;
    else if (this.start !== null && sentenceTense(sentence).tense !== 'past') this.start = null;
  }

  /** Whether the sentence being read names the present (tested at most once a sentence). */
  private namesPresent(): boolean {
    if (this.present === null) this.present = PRESENT_CUE.test(this.sentence);
    return this.present;
  }
}

/**
 * "March 3" told within a past setting: the first such day on or after the setting's first day (a
 * passage set "in the autumn of 2011" that goes on "By Feb. 6, ..." has moved on to 2012), or null
 * when that year has no such day.
 */
export function monthDayInPassage(month: number, day: number, start: number): number | null {
  const { year } = ymdOf(start);
  const y = dayOf(year, month, day) >= start ? year : year + 1;
  return isValidDate(y, month, day) ? dayOf(y, month, day) : null;
}

/** "In March" told within a past setting, as a month index: the first such month from the setting's. */
export function monthInPassage(month: number, start: number): number {
  const { year, month: first } = ymdOf(start);
  return monthIndexOf(month >= first ? year : year + 1, month);
}

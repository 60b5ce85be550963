import { CAPITAL_MONTH } from './capitals.js';

/**
 * Tables, bond listings and official-journal titles set a month and its year in capitals
 * ("MARCH 2024", "6.5 PCT OCT 2031 BONDS", "AS AT 30 JUNE 2024"). capitals.ts titles a capitals
 * month only before a day number; before a year it was left in capitals, so the month was dropped
 * and only the year read. A year right after the word says it is the month: "MAY" the modal and
 * "MARCH" the verb take a verb or a noun after them, never a bare year. Not when the number is an
 * amount ("MAY 2000 PCT", a decimal, a longer number).
 */
const CAPITAL_MONTH_BEFORE_YEAR = new RegExp(
  `(?<![A-Za-z])${CAPITAL_MONTH}(?=\\.?\\s+(?:19|20)\\d\\d(?![\\d.,]\\d|\\d|\\s*(?:%|PCT|PERCENT|PER CENT|pct|percent)))`,
  'g',
);

const capitalised = (word: string): string => word[0] + word.slice(1).toLowerCase();

/** The sentence with each capitals month before a year titled ("AUGUST 1996" as "August 1996"); the same length. */
export function withCapitalMonthYearsTitled(sentence: string): string {
  if (!/[A-Z]{3}/.test(sentence)) return sentence;
  return sentence.replace(CAPITAL_MONTH_BEFORE_YEAR, capitalised);
}

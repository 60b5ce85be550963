/**
 * Headlines, schedules and official-journal titles are often set in capitals ("FIXTURES FOR
 * SATURDAY, AUGUST 24", "CONTENTS OF MARCH 3, 1997"), which the case-sensitive month pattern
 * rightly skips in running text ("may" the modal, "a march"). An all-capitals month followed by a
 * day number cannot be the modal or the verb, so such a month, and a capitals weekday before it,
 * are given their usual capitalisation before the date rules run. Letters change case only, so
 * every offset into the sentence stays valid.
 */

export const CAPITAL_MONTH =
  '(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)';
const CAPITAL_WEEKDAY = '(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)';

/**
 * A capitals month (perhaps after a capitals weekday) right before a day number that is not an
 * amount ("MAY 5 PCT" is the modal before a figure).
 */
const CAPITAL_DATE = new RegExp(
  `(?<![A-Za-z])(?:(${CAPITAL_WEEKDAY})(\\s*,?\\s+))?(${CAPITAL_MONTH})(\\.?\\s+\\d{1,2})(ST|ND|RD|TH)?(?!\\d|[.,]\\d|%|[A-Za-z])(?!\\s*(?:PCT|PERCENT|PER CENT|pct|percent|per cent)\\b)`,
  'g',
);

const capitalised = (word: string): string => word[0] + word.slice(1).toLowerCase();

/** The sentence with capitals dates written as running text writes them; the same length. */
export function withCapitalDatesTitled(sentence: string): string {
  if (!/[A-Z]{3}/.test(sentence)) return sentence;
  return sentence.replace(
    CAPITAL_DATE,
    (
      _whole: string,
      weekday: string | undefined,
      gap: string | undefined,
      month: string,
      day: string,
      suffix: string | undefined,
    ) =>
      `${weekday ? capitalised(weekday) + gap : ''}${capitalised(month)}${day}${suffix?.toLowerCase() ?? ''}`,
  );
}

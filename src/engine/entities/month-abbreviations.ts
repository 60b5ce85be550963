/**
 * Tables, market reports and notices write months short ("Jul 31", "(Feb 16)", "Dec 6-20"), and a
 * short month standing apart from its day ("Dec 21 - Jan", "Mar / Sep") reads to the tagger like
 * the given name it also is. In an article that writes at least one short month right before a
 * number, a one-word "person" that is a short month is the month. A person of that given name is
 * named in full first, and every body-evidence rule spares the words of people named in full
 * ("Jan Vell ... Jan said"). Over all training text (jackknife eng.train, PolNeAR train, WNUT-17
 * train): holds 3 of 3 (eng.train tables and a grain report; a fourth short month, glued to its
 * year in a bond notice, is not reached because the tagger's span differs there), at the bar.
 */

import type { Mention, SentenceMentions } from './mentions/index.js';

/** Months as tables and datelines shorten them. Full names ("May", "June", "April") are given names too. */
const SHORT_MONTHS = new Set([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

const OPENS_DIGIT = /^\d/;
/** A short month glued to its year or day ("Mar.97"). */
const GLUED_DATE = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\d/;

const bare = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

/** Does the article write a short month right before a number ("Jan 31", "(Feb 16)", "Mar.97")? One pass over its tokens. */
export function writesShortDates(sentences: readonly SentenceMentions[]): boolean {
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i]?.text ?? '';
      if (GLUED_DATE.test(text)) return true;
      if (SHORT_MONTHS.has(bare(text)) && OPENS_DIGIT.test(tokens[i + 1]?.text ?? '')) return true;
    }
  }
  return false;
}

/** Is this word a short month ("Jan", "Sept.")? Asked of the person mentions before the article's tokens are read. */
export function isShortMonthWord(word: string): boolean {
  return SHORT_MONTHS.has(bare(word));
}

/** Is this untitled one-word person a short month, in an article that writes short dates? */
export function isShortMonth(m: Mention, shortDates: boolean): boolean {
  return shortDates && !m.span.title && SHORT_MONTHS.has(bare(m.text));
}

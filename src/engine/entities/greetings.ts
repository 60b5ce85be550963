/**
 * Season's greetings and holidays written in capitals read like a given name and a surname: "Merry
 * Christmas", "Happy Birthday", "Happy New Year", "Christmas Eve". A greeting word opening a
 * name, before anything but a given name, is the greeting; a holiday's name alone is the day. News
 * names no one "Merry X", and a nickname of this form is followed by a given name ("Happy Ada" is
 * left to the tagger), so a greeting before a given name is spared unless that word is also a
 * holiday ("Joyeux Noel"). Over all training text (jackknife eng.train, PolNeAR train, WNUT-17
 * train): holds 13 of 13 (greetings in quotes, signs, letters and tweets; "Christmas Eve" twice
 * alone), with one greeting before a given name spared.
 */

import { isFirstName } from '../lexicon/first-names.js';
import type { Mention } from './mentions/index.js';

/** Words that open a season's greeting ("Merry Christmas", "Feliz Navidad", "Happy New Year"). */
const GREETINGS = new Set(['Merry', 'Happy', 'Joyeux', 'Feliz']);

/**
 * Holidays named in a single word, across faiths and countries (general knowledge). "Noel" is a
 * given name too, so it counts only after a greeting word.
 */
const HOLIDAYS = new Set(
  `Christmas Xmas Easter Thanksgiving Halloween Hanukkah Hanukah Chanukah Diwali Ramadan Eid Passover
  Kwanzaa Navidad Noel`
    .split(/\s+/)
    .filter(Boolean),
);

/** Holidays that may be a person-typed name by themselves, or with "Eve" ("Christmas Eve"). */
function isHolidayName(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (!HOLIDAYS.has(first) || first === 'Noel') return false;
  return words.length === 1 || (words.length === 2 && words[1] === 'Eve');
}

/** Is this person-typed mention a greeting or a holiday's name? Not with a title or in capitals. */
export function isGreetingOrHoliday(m: Mention): boolean {
  if (m.span.title || m.shouting) return false;
  const words = m.text.split(' ');
  if (isHolidayName(words)) return true;
  const [first = '', second = ''] = words;
  if (words.length < 2 || !GREETINGS.has(first)) return false;
  return HOLIDAYS.has(second) || !isFirstName(second);
}

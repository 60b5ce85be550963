/**
 * Session 20. "St. Aldric Children's Hospital", "the St. Louis Cardinals", "the St. Paul
 * City Council": a saint's name opens the names of churches, hospitals, schools, towns, streets
 * and teams, and the title splitter reads "St." as a title before a person. A name of two words
 * or more after "St."/"Saint"/"Ste." is such a name, not a person: a living person bears no such
 * title, and a saint news names in full ends on a given name or a regnal number ("St. John Paul
 * II"), which are spared. CoNLL eng.train gold, every "St."/"Saint" before a capital: 69 of 70
 * places and bodies (one saint, named by one word). Over all training text the rule fires on 4
 * names, all right (a team, two hospitals, a city council).
 */

import { isFirstName } from '../lexicon/first-names.js';
import type { Mention } from './mentions/index.js';
import { startsUpper } from './names.js';
import type { Token } from './tokenize.js';

const SAINT_TITLES = new Set(['St.', 'St', 'Saint', 'Ste.', 'Ste']);

/** A regnal number closing a pope's or a king's name ("II", "XXIII"). */
const REGNAL = /^[IVXL]+$/;

/**
 * Where the saint's title stands before the span, as its title part or as the tokens before it
 * ("St" "."), or -1.
 */
function saintTitleAt(m: Mention, tokens: readonly Token[]): number {
  if (m.titleText !== null) return SAINT_TITLES.has(m.titleText) ? (m.span.title?.start ?? -1) : -1;
  const before = m.span.start - 1;
  const text = tokens[before]?.text ?? '';
  if (text === '.') return SAINT_TITLES.has(tokens[before - 1]?.text ?? '') ? before - 1 : -1;
  return SAINT_TITLES.has(text) ? before : -1;
}

/** Is this person-typed mention the name of a place or body after a saint's title? */
export function isSaintNamed(m: Mention, tokens: readonly Token[]): boolean {
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return false;
  const at = saintTitleAt(m, tokens);
  // "Elm St. Ada Vell said": a street's "St." closing a sentence the splitter kept whole.
  if (at < 0 || startsUpper(tokens[at - 1]?.text ?? '')) return false;
  const last = m.text.slice(space + 1);
  return !REGNAL.test(last) && !isFirstName(last);
}

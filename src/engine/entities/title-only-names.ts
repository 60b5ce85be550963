/**
 * A "person" whose every word is a title, a role noun or an honorific names an office, not someone:
 * "the former Chairwoman's laptop", "Madame Chair, delegates ...", "the Chief Justice's opinion",
 * "Majority Leader Tom Rusk and Whip Ada Vell" where the tagger cut "Whip" off as a name of its own.
 * News gives a person a name; the office alone is how it refers to someone it has named (that
 * person's role) or to no one in particular.
 *
 * Spared:
 * - a monarch's or a pope's title alone ("the Queen", "the Pope"), which news uses as that one
 *   person's name;
 * - a word that ends a full name the article writes ("Ada Bishop" ... "Bishop said"): a surname
 *   that is also a title;
 * - an honorific before a title that is no single office ("Mr. King", "Ms. Judge"): a surname
 *   again. An honorific before a single office ("Madam Chair", "Mr. President") is a form of
 *   address, and goes.
 */

import { lowerCase } from '../lexicon/lower-case.js';
import { isHonorific, isNobleTitle, isRoleNoun, isSingleOffice, isTitle } from '../lexicon/titles.js';
import type { Mention } from './mentions/index.js';

/** A title, role noun or honorific, or the plural of a title or role noun ("Senators Ada Vell and Tom Rusk"). */
function isOfficeWord(w: string): boolean {
  if (isTitle(w) || isRoleNoun(w) || isHonorific(w)) return true;
  const singular = w.endsWith('s') ? w.slice(0, -1) : '';
  return singular.length > 2 && (isTitle(singular) || isRoleNoun(singular));
}

/**
 * A monarch's, a prince's or a pope's title alone names one person ("the Queen said", "the Pope
 * arrived"), as news writes them and gold annotators tag them (WNUT-17 train: "Pope" twice).
 */
const isSovereignTitle = (w: string) => isNobleTitle(w) || lowerCase(w) === 'pope';

export function isTitleOnlyName(m: Mention, fullNameEnds: ReadonlySet<string>): boolean {
  const words = m.text.split(' ');
  if (!words.every(isOfficeWord)) return false;
  if (words.length === 1 && isSovereignTitle(m.text)) return false;
  const last = words[words.length - 1] ?? '';
  if (fullNameEnds.has(last) || (words.length === 1 && fullNameEnds.has(m.text))) return false;
  const honorific = (m.titleText ?? '').split(/[\s.]+/).some((w) => w !== '' && isHonorific(w));
  return !honorific || isSingleOffice(last);
}

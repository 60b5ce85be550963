/**
 * A "person" of two words or more whose last word the same article writes in lower case is no
 * person: "Tolland Day Violence" in a headline over a story about "the violence", "the Marnock
 * Street Response" beside "her response", "Harlow High" beside "a high school", "Reed and Quay
 * Streets" beside "between 3rd and 4th streets". A person's name closes on a surname, and a
 * surname is a proper noun the story writes capitalised wherever it stands; a capitalised run closed
 * by a common noun (the same word the article writes as an ordinary lower-case word) is a
 * headline's words, an event, a report, a place or a body. Title-case headlines are where the
 * tagger meets such runs most: they read like names, and the body below writes the same words in
 * lower case. Unlike `head-nouns.ts` (a trained list of heads), this reads only the article's own
 * words, so it reaches heads no list holds.
 *
 * Spared: a name whose first word is a given name ("Ada Cook" in a story about a cook; "Will Park"),
 * a name written with a title, a name whose last word the article writes after a title or an
 * honorific ("Ms. Bell": a surname there), and a name in capitals (their case says nothing). As
 * for every body-evidence rule, a lone word of the retyped name elsewhere in the article ("Tolland"
 * of "Tolland Street Response") is retyped with it unless a person named in full holds that word; a
 * first version that did not carry the rule to lone words left two of them people on PolNeAR train
 * (a city of the headline's run, and "Honor" of "Medal Of Honor Winner"), both wrong.
 *
 * Over all training text (people changed between before/after dumps, each read in context): holds
 * 15 of 15, right -> wrong 0. PolNeAR train 8 (fixed 0-419: 5, two headlines' "X Violence", a water
 * crisis's "Response" headline, a high school, a street corner; blind 420-839: 3, headline runs
 * closed by "Speech", "Himself", "Winner"); eng.train with the jackknife tagger 2 (a weather
 * report's title, a bill; both in the even/fixed half, none in the odd half), people P 0.9561 ->
 * 0.9565, R 0.9378 unchanged; WNUT-17 train 5 (a show's title run into a verb, lower-case word
 * pairs the tagger took for names), P 0.4670 -> 0.4712, R 0.4142 unchanged.
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import type { Mention } from './mentions/index.js';

/**
 * Is this person mention a name of two words or more, opening on no given name, whose last word the
 * article writes in lower case (`lowerWords`, the article's lower-case vocabulary) and never after a
 * title (`titled`)?
 */
export function isClosedByLowerCaseWord(
  m: Mention,
  lowerWords: ReadonlySet<string>,
  titled: ReadonlySet<string>,
): boolean {
  if (m.span.title || m.shouting || titled.has(m.text)) return false;
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return false;
  const last = m.text.slice(space + 1);
  if (titled.has(last) || !lowerWords.has(lowerCase(last))) return false;
  return !isFirstName(m.text.slice(0, m.text.indexOf(' ')));
}

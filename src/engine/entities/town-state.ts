/**
 * "from Palm Grove, Fla., who ...", "claimed that Kelton, Missouri, has ...", a reader's letter
 * signed "Ada Vell. Harlow Beach, Calif.": a name followed by a comma and a US state that closes
 * the phrase is a town or a county, as American news places every town it names. A person is
 * never written so: "Tom Rusk, Texas" would be a lawmaker's state only in a list with a party
 * ("R-Texas"), and a state right before a title ("Jeb Vell, Ohio Gov. Tom Rusk") opens the next
 * person's title, so the state must be followed by punctuation or close the sentence.
 *
 * Spared: a name with a title, and a full name opening on a given name (a person, whatever follows).
 */

import { isFirstName } from '../lexicon/first-names.js';
import { US_STATES } from '../lexicon/places.js';
import type { Mention, SentenceMentions } from './mentions/index.js';

/**
 * ", <state>" then a comma or other closing mark, the end of the text, or (after a state written
 * out or abbreviated with its dot) a full stop and a space.
 */
const STATE_CLOSING = new RegExp(
  `^,\\s+(?:${US_STATES})(?:(?<=\\.)(?=\\s|$)|\\.?(?=\\s*(?:[,;:)”"]|$))|\\.(?=\\s))`,
);

export function isTownBeforeState(sentence: SentenceMentions, m: Mention): boolean {
  if (m.span.title) return false;
  // The comma after the name first: a token test, where the given-name test is a lexicon lookup,
  // and most names are followed by no comma (same answer in either order).
  const last = sentence.tokens[m.span.end - 1];
  if (!last || sentence.tokens[m.span.end]?.text !== ',') return false;
  const space = m.text.indexOf(' ');
  if (space > 0 && isFirstName(m.text.slice(0, space))) return false;
  return STATE_CLOSING.test(sentence.text.slice(last.end));
}

/**
 * A name of two words or more that ends in a noun of an event, a work, a policy document, a poll,
 * a venue or a disease names that thing, not a person: "the Harbour Lights Rally", "the Velmont
 * Jazz Festival", "the Dorrow Treaty", "a Tarn Poll", "the County Fair Grounds", "a Blue Tick
 * Virus", "a Border Levy Ban". No one bears these nouns as a surname, and the tagger, which reads
 * the words before them, takes a first word that looks like a given name or a surname for a
 * person's. Over all training text (jackknife eng.train, PolNeAR train, WNUT-17 train): holds 19 of
 * 19 (rallies 5, fair grounds 2, polls 2, a carnival, a treaty firm, a concerto, a registry, a ban,
 * a virus, a contract, a golf classic, two festivals); no other person changed.
 *
 * Not kept: "Games" (two firings, both gold people on eng.train), "Bill" (a nickname's last word,
 * "Wild Bill", as often as a law's), "Open" and "Cup" (after a player's name in results tables).
 */

import type { Mention } from './mentions/index.js';

/** Last words of a name that make it an event, a work, a document, a poll, a venue or a disease. */
const EVENT_TAILS = new Set(
  `Rally Carnival Festival Fest Marathon Regatta Classic Concerto Symphony Sonata Treaty Accord Registry
  Ban Contract Poll Grounds Virus`
    .split(/\s+/)
    .filter(Boolean),
);

/** Is this person-typed name of two words or more one that ends in such a noun? Not with a title or in capitals. */
export function isEventName(m: Mention): boolean {
  if (m.span.title || m.shouting) return false;
  const space = m.text.lastIndexOf(' ');
  return space > 0 && EVENT_TAILS.has(m.text.slice(space + 1));
}

/**
 * A "person" whose whole name the place gazetteer (`lexicon/places.ts`: countries, regions, major
 * cities) holds is that place: "volunteers came to Kelton for a convention" with Kelton a listed
 * city, "the Kelton suburbs", "beat out Ostby, Kelton and other cities". News names a person by a
 * given name and surname, or by a surname with a title; a listed place's bare name in running text
 * is the place. The tagger reads the gazetteer only as one feature among many, so a city in a list
 * of places, before a noun or after "to" can still come out a person. The mirror of
 * `known-bodies.ts` for the other gazetteer.
 *
 * Spared: a name the article writes with a title or honorific anywhere ("Mr. Houston", "President
 * Cleveland": a surname), a one-word given name ("Austin", "Sydney", "Charlotte"), a name in
 * capitals (a dateline's or a headline's, read by their own rules), and (as for every
 * body-evidence rule) a word of a person the article names in full ("Ada Houston ... Houston
 * said"). Over all training text (PolNeAR train, eng.train with the shipped and the jackknife
 * taggers, WNUT-17 train): holds 10 of 10 people (PolNeAR 6: a city five times, one of them named
 * for its football team, and the capital once; eng.train 1, a news desk's city, under the shipped
 * tagger only; WNUT-17 3, cities in tweets).
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lookupPlace } from '../lexicon/places.js';
import type { Mention } from './mentions/index.js';

/** Is this untitled person mention a place the gazetteer names, never titled in the article? */
export function isKnownPlace(m: Mention, titled: ReadonlySet<string>): boolean {
  if (m.span.title || m.shouting || titled.has(m.text)) return false;
  if (lookupPlace(m.text) === undefined) return false;
  return m.text.includes(' ') || !isFirstName(m.text);
}

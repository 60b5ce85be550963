/**
 * A one-word "person" that the place gazetteer (`lexicon/places.ts`: countries, states, large
 * cities) lists, and that is no given name, is the place when the article never writes it with a
 * title or an honorific: "the crucial Velmont suburbs", "came to Velmont for a rally", "Velmont's
 * two counties", "beat out Tarnby, Velmont and other cities". The tagger reads the gazetteer only
 * as one feature among many, and a city that is also a performer's or a president's surname can
 * come out a person. A person of that surname is named in full or with a title somewhere in news
 * copy, and both spare the word (every body-evidence rule spares the words of people named in
 * full). Over all training text (jackknife eng.train, PolNeAR train, WNUT-17 train): holds 9 of 9
 * (a city before a team's name, its suburbs, its counties, a list of cities, an airport's name,
 * three cities in tweets); no firing on eng.train.
 */

import { isFirstName } from '../lexicon/first-names.js';
import { gazetteer } from './classify.js';
import type { Mention } from './mentions/index.js';

/** Is this untitled one-word person a gazetteer place, never titled in the article and no given name? */
export function isKnownPlace(m: Mention, titled: ReadonlySet<string>): boolean {
  if (m.span.title || m.shouting || m.text.includes(' ') || titled.has(m.text)) return false;
  return gazetteer(m.text, false)?.kind === 'place' && !isFirstName(m.text);
}

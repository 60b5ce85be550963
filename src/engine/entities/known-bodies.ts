/**
 * A "person" whose whole name is one the hand-written list of bodies (`lexicon/organizations.ts`:
 * international bodies, parties, outlets, platforms, large firms) holds is that body: "shared the
 * clip on Twitter", "analysts at Morgan Stanley", a broadcaster's call sign after its name. News
 * names a person by a given name and surname, or by a surname with a title; a listed body's bare
 * name in running text is the body. The tagger reads the list only as one feature among many, so
 * a platform after "on" or a bank in a list of names can still come out a person.
 *
 * Spared: a name the article writes with a title or honorific anywhere ("Mr. Fox", "President
 * Ford": a surname), a one-word given name, and (as for every body-evidence rule) a word of a
 * person the article names in full ("Ada Fox ... Fox said"). Over all training text (jackknife
 * eng.train, PolNeAR train, WNUT-17 train): holds 5 of 5 (a platform twice, a local TV station, a
 * militant group, a bank).
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lookupOrganization } from '../lexicon/organizations.js';
import type { Mention } from './mentions/index.js';

/** The names the article writes after a title or an honorific ("Mr. Fox"): those are surnames there. */
export function titledNames(mentions: readonly Mention[]): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) if (m.span.title) names.add(m.text);
  return names;
}

/** Is this untitled person mention a body the organisation list names, never titled in the article? */
export function isKnownBody(m: Mention, titled: ReadonlySet<string>): boolean {
  if (m.span.title || m.shouting || titled.has(m.text)) return false;
  if (lookupOrganization(m.text) === undefined) return false;
  // A one-word given name ("Ford" is none, but a listed word may be) is spared; a whole name of two
  // words or more that the list holds ("Velmar Stanley" written as listed) is the body whatever its first word.
  return m.text.includes(' ') || !isFirstName(m.text);
}

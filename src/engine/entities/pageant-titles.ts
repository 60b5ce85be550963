/**
 * "Miss Ostria", "Miss Universe", "Mister World": the honorific before a country, a region or the
 * world is a beauty or body contest's title (and its winner's), not a woman or man of that name.
 * No one is named after a country so (a place that is also a given name, "Miss Georgia", stays a
 * person: the honorific is as likely hers).
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lookupPlace } from '../lexicon/places.js';
import { isListedGivenName } from '../ner/features.js';
import type { Token } from './tokenize.js';

/**
 * Honorifics that contests put before the place their title holder stands for. Not "Mr" or "Mrs",
 * which news writes before surnames that are also places ("Mr Holland", "Mrs England").
 */
const CONTEST_HONORIFICS = new Set(['Miss', 'Mister']);

/** What contests crown beside countries and regions ("Miss Universe", "Miss Teen ..."). */
const CONTEST_SCOPES = new Set(['Universe', 'World', 'Earth', 'International', 'Teen', 'Olympia']);

/** Is the name at `span`, right after an honorific, a contest's title ("Miss Ostria")? */
export function namesContestTitle(tokens: readonly Token[], span: { start: number; end: number }): boolean {
  if (!CONTEST_HONORIFICS.has(tokens[span.start - 1]?.text ?? '')) return false;
  const first = tokens[span.start]?.text ?? '';
  if (CONTEST_SCOPES.has(first)) return true;
  if (isFirstName(first) || isListedGivenName(first)) return false;
  return (
    lookupPlace(first) !== undefined ||
    lookupPlace(`${first} ${tokens[span.start + 1]?.text ?? ''}`) !== undefined
  );
}

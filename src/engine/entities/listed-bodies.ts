/**
 * "drug companies such as Orbex, Tallis and Vane Labs", "corporations like Orbex", "groups
 * including X": names given as examples of a plural noun of bodies are bodies. News lists people
 * after nouns of people ("candidates such as X"), never after "companies" or "groups", so a name
 * in such a list is no person, whatever its words (a firm named after its founder included), bar
 * a person named in full who owns the listed body ("groups including Ada Vell's foundation").
 */

import { isFirstName } from '../lexicon/first-names.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention } from './mentions/index.js';
import { startsUpper } from './names.js';
import { isPossessive, type Token } from './tokenize.js';

/** Plural nouns of businesses and organised bodies that introduce examples of them. */
const BODY_PLURALS = new Set(
  `companies firms corporations banks brands retailers chains carriers airlines insurers automakers
  carmakers drugmakers manufacturers businesses conglomerates organizations organisations groups charities
  unions newspapers networks broadcasters`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that join the names of a list ("X, Y and Z", "X or Y"). */
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** A plural noun of bodies at `k`, or before a comma there ("groups, including X"). */
function isBodyPluralBefore(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  return BODY_PLURALS.has(w === ',' ? (tokens[k - 1]?.text ?? '') : w);
}

/** How far back, in tokens, the noun may stand before the name (a list of a few names). */
const MAX_REACH = 16;

/**
 * Does the person mention stand in a list of examples of bodies ("companies such as X", "firms
 * like Y, X")? Walks back over the list's names and joiners to "such as", "like" or "including",
 * which must follow one of the plural nouns. Not a name with a title.
 */
export function isListedBody(tokens: readonly Token[], m: Mention): boolean {
  if (m.span.title) return false;
  // "groups including Ada Vell's foundation": a person named in full owns the body listed.
  const space = m.text.indexOf(' ');
  const first = space > 0 ? m.text.slice(0, space) : '';
  if (first && isPossessive(tokens[m.span.end]) && (isFirstName(first) || isListedGivenName(first)))
    return false;
  let k = m.span.start - 1;
  const stop = Math.max(0, m.span.start - MAX_REACH);
  while (k >= stop) {
    const w = tokens[k]?.text ?? '';
    if (w === 'like' || w === 'including') return isBodyPluralBefore(tokens, k - 1);
    if (w === 'as' && tokens[k - 1]?.text === 'such') return isBodyPluralBefore(tokens, k - 2);
    if (!LIST_JOINERS.has(w) && !startsUpper(w)) return false;
    k--;
  }
  return false;
}

/**
 * "X, a Lutheran, was elected mayor of Vexley", "X, a native of Norland, is the club's coach": the
 * subject's predicate read past an appositive between commas. News writing puts a short noun
 * phrase about who someone is between the name and its verb, and the verb still states something
 * of the name; the appositive may name no role of its own (a faith, a home town) or a different
 * one ("the family patriarch, was a senator").
 *
 * Only a predicate that names a post, with its own phrase ("mayor of Vexley", "a senator from
 * Norland", "coordinator of the caucus"): a bare noun after such an appositive more often
 * characterises the person than says what they do ("X, the daughter of Y, was the winner", "X, a
 * lawmaker, is a fiery orator"). On all training text, 2 of the 3 firings without a phrase were such.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { predicate } from './predicates.js';
import { afterAsides } from './phrase.js';
import type { Occurrence, Sentence } from './types.js';
import { BOUNDARY, CLAUSE_VERBS, CLOSING_QUOTES, RELATIVES, ROLE_PREPOSITIONS } from './words.js';

/** How many tokens an appositive between the name and its verb may hold. */
const APPOSITIVE_REACH = 14;

/** The role a predicate after "X, <appositive>," states of X, or null. */
export function predicatePastAppositive(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  const open = afterAsides(s, o.end);
  if (t[open]?.text !== ',') return null;
  // A noun phrase opens the appositive: "a Lutheran", "the family patriarch", "his deputy".
  const first = t[open + 1]?.lower ?? '';
  if (!DETERMINERS.has(first) && first !== 'another') return null;
  for (let k = open + 2; k < t.length && k - open <= APPOSITIVE_REACH; k++) {
    const w = t[k];
    if (!w) return null;
    if (w.text === ',') return withOwnPhrase(predicate(s, { ...o, end: k + 1 }));
    // A clause inside ("a man who ...", "a doctor he hired was") is no appositive alone.
    if (
      BOUNDARY.has(w.text) ||
      w.text === '.' ||
      CLOSING_QUOTES.has(w.text) ||
      RELATIVES.has(w.lower) ||
      CLAUSE_VERBS.has(w.lower)
    )
      return null;
  }
  return null;
}

/** The role when a role preposition follows its head ("mayor of Vexley"), else null. */
function withOwnPhrase(role: string | null): string | null {
  if (!role) return null;
  const words = role.split(' ');
  return words.some((w, i) => i > 0 && ROLE_PREPOSITIONS.has(w.toLowerCase())) ? role : null;
}

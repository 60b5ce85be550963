/**
 * A fronted appositive: an indefinite noun phrase opening the sentence, a comma, then the name as
 * the clause's subject ("A former nurse, Vale has run the clinic since 2010", "An economist by
 * training, Ivan Petrov said ..."). News features put a person's description first this way to
 * vary the "X, a former nurse, ..." order; the indefinite article marks the phrase as describing
 * the subject rather than naming someone else ("The senator, X said" is as often an address or a
 * list). The name must go straight on into its clause (a lower-case word, not a comma, which is
 * the closed apposition appositionBefore reads, nor "and", which is a list).
 * Holds 8 of 9 people changed on all training text (PolNeAR train and eng.train, dumped before and
 * after; ADR 013, session 21): a voter, a lawyer and accountant, a political independent, a
 * candidate's supporter, a lawyer, a protester, an "ultraconservative" politician and a high school
 * graduate right; a tennis player given "A lefthander", a trait, not a role, wrong.
 */

import { isTitle } from '../../lexicon/titles.js';
import { afterAsides, rolePhrase } from './phrase.js';
import type { Occurrence, Sentence } from './types.js';
import { isWord } from './words.js';

/** The indefinite articles that open a fronted appositive. */
const INDEFINITE = new Set(['a', 'an']);

/** Words after the name that make it part of a list or a second phrase, not the clause's subject. */
const NOT_A_CLAUSE = new Set(['and', 'or', 'of', 'from', 'at', 'in', 'with']);

/** The role set before the name at `o` by a fronted indefinite appositive, or null. */
export function frontedAppositive(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  if (!INDEFINITE.has(t[0]?.lower ?? '')) return null;
  // "A lawyer, Ms. Vale is ...", "A veteran diplomat, Sen. Vale said": a title or honorific
  // (and its dot) may stand between the comma and the name.
  let at = o.start;
  for (let n = 0; n < 3 && t[at - 1]?.text !== ','; n++) {
    const w = t[at - 1];
    if (!w || !(w.text === '.' || (w.cap && isTitle(w.text)))) return null;
    at--;
  }
  if (at < 3 || t[at - 1]?.text !== ',') return null;
  // One phrase between the article and the comma: no other comma, dash or bracket inside it.
  for (let k = 1; k < at - 1; k++) if (!isWord(t[k]) && t[k]?.text !== '.' && t[k]?.text !== '-') return null;
  const next = t[afterAsides(s, o.end)];
  if (!next || !isWord(next) || next.cap || NOT_A_CLAUSE.has(next.lower)) return null;
  return rolePhrase(s, 0);
}

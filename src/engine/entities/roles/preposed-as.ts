/**
 * A role in an "as" phrase that opens the sentence, before its subject: "As governor of Norland,
 * X signed ...", "As the club's treasurer, Y kept ...", "As a senator from Westport, Z voted ...".
 * News writing sets the capacity someone acts in before the clause this way, and the subject the
 * comma leads into is the one who holds it.
 *
 * Only a phrase that is a role and nothing else: "As the mayor spoke, X ..." is a clause of time
 * (the mayor is someone else), so the role must run to the comma, or be followed only by a phrase
 * of place or time ("As governor of Norland in 1990,"). A life stage or a kin word ("As a child",
 * "As a mother") says what someone was or is, not a post, and is left out.
 */

import type { Occurrence, Sentence } from './types.js';
import { endsDateline } from './heads.js';
import { rolePhrase } from './phrase.js';
import { titleSpan } from './titles.js';
import { slice } from './tokens.js';
import { BOUNDARY, CLAUSE_VERBS, PREPOSITIONS, TIME_NOUNS, isCapitalised, isWord } from './words.js';

/** Words from the comma back to "as", at most this many: the capacity is a short noun phrase. */
const MAX_PHRASE = 14;

/** Stages of life and kin: what someone was or is to others, not a post ("As a teenager, X ..."). */
const NOT_POSTS = new Set(
  `teenager teen youngster youth kid baby toddler adult adolescent mother father parent son daughter
wife husband grandmother grandfather grandparent sister brother`.split(/\s+/),
);

/** The head noun of a role phrase: its last word before a preposition, lower-case. */
function headWord(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return (at < 0 ? words.at(-1) : words[at - 1]) ?? '';
}

/**
 * Tokens from `from` to `to` are only a phrase of place or time ("in 1990", "at the time"): a
 * preposition first, then no verb ("on Parks and Recreation" too).
 */
function placeOrTime(s: Sentence, from: number, to: number): boolean {
  if (!PREPOSITIONS.has(s.tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k++) {
    const w = s.tokens[k];
    if (!w || !isWord(w) || CLAUSE_VERBS.has(w.lower)) return false;
    const plain =
      isCapitalised(w) ||
      /^\d/.test(w.text) ||
      PREPOSITIONS.has(w.lower) ||
      TIME_NOUNS.has(w.lower) ||
      w.lower === 'the' ||
      w.lower === 'a' ||
      w.lower === 'and';
    if (!plain) return false;
  }
  return true;
}

/** The role of the "As <role>," phrase the sentence opens with, when occurrence `o` is its subject. */
export function preposedAs(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  const span = titleSpan(s, o, false);
  const comma = (span ? span.start : o.start) - 1;
  if (t[comma]?.text !== ',') return null;
  // Back to "as" over words only: any other mark means the comma closes something else.
  let as = comma - 1;
  while (as >= 0 && comma - as <= MAX_PHRASE && t[as]?.lower !== 'as') {
    const w = t[as];
    if (!w || BOUNDARY.has(w.text)) return null;
    as--;
  }
  if (t[as]?.lower !== 'as' || !(as === 0 || endsDateline(s, as - 1))) return null;
  const role = rolePhrase(s, as + 1);
  if (!role || NOT_POSTS.has(headWord(role))) return null;
  // The role, then at most a phrase of place or time, fills the words up to the comma.
  for (let end = as + 2; end <= comma; end++)
    if (slice(s, as + 1, end) === role) return end === comma || placeOrTime(s, end, comma) ? role : null;
  return null;
}

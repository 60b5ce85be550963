/**
 * Roles stated of a name as the subject of a clause: "X was deputy head to Y", "X was appointed
 * as Y", "X will be named as the school's head", with the linking verbs and the conditions and
 * quotations under which such a clause says nothing about X.
 */

import { isChoosingVerb } from './choosing.js';
import { isHonorific } from '../../lexicon/titles.js';
import { singular } from '../role-nouns.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import type { Sentence, Occurrence } from './types.js';
import { opensSentence, walkLeft } from './heads.js';
import {
  oneHolderOf,
  isPersonNoun,
  GENERIC,
  PREPOSITIONS,
  ADVERBS,
  isWord,
  TWO_WORD_COPULA_HEADS,
  COPULA,
  APPOINTED,
  DEICTIC_DAYS,
  RELATIVE_TIMES,
  TIME_NOUNS,
  AUXILIARIES,
} from './words.js';
import { slice } from './tokens.js';
import { afterAsides, rolePhrase } from './phrase.js';
import { OFFICE_VERBS, overNamedBody, officeClause, playsFor } from './offices.js';

const NAMING_VERBS = new Set(['named', 'identified']);
const NAMING_AUXILIARIES = new Set(
  'was were is are has have had been being later formally officially yesterday today locally'.split(' '),
);

/**
 * "The victim was named as X", "The two suspects have been identified as A and B": the subject
 * a name is given to, from the names (or their list) at `first`. "The man was named as X" says
 * nothing, and the subject must be a noun phrase of its own (an article or the sentence start).
 */
export function namedAs(s: Sentence, first: number): string | null {
  const t = s.tokens;
  if (t[first - 1]?.lower !== 'as' || !NAMING_VERBS.has(t[first - 2]?.lower ?? '')) return null;
  let head = first - 3;
  while (head > 0 && NAMING_AUXILIARIES.has(t[head]?.lower ?? '')) head--;
  const w = t[head];
  if (!w || s.owner[head] !== -1 || head === first - 3) return null;
  const noun = w.cap && opensSentence(s, head) ? w.lower : w.text;
  if (!(isPersonNoun(noun) || isPersonNoun(noun, true)) || GENERIC.has(singular(w.lower))) return null;
  const start = walkLeft(s, head);
  const before = t[start - 1];
  if (before && !DETERMINERS.has(before.lower) && before.text !== ',') return null;
  return oneHolderOf(slice(s, start, head + 1));
}

/** "X was deputy head to Y", "X will be named as Riverton's new head teacher". */
export function predicate(s: Sentence, o: Occurrence): string | null {
  // The object of a preposition is no subject ("pictured with X (right) is the favourite").
  if (PREPOSITIONS.has(s.tokens[o.start - 1]?.lower ?? '')) return null;
  // "if X becomes president", "until X is elected president": a condition, not a role held.
  if (isConditionSubject(s, o.start)) return null;
  // '"Vale is a dreamer," she said': a copula inside a quotation is the speaker's opinion.
  if (isQuoted(s, o.start)) return null;
  // "X, 58, has been appointed chairman": past the age and its closing comma first.
  let from = afterAsides(s, o.end);
  if (from > o.end && s.tokens[from]?.text === ',') from++;
  // "X currently manages Riverton": an office held, in the present, over a named body.
  let verb = from;
  while (ADVERBS.has(s.tokens[verb]?.lower ?? '')) verb++;
  if (OFFICE_VERBS.has(s.tokens[verb]?.lower ?? '') && overNamedBody(s, verb)) return officeClause(s, verb);
  const team = playsFor(s, verb);
  if (team) return team;
  const k = afterLinkingVerb(s, from);
  return k < 0 ? null : rolePhrase(s, k);
}

/** Is token `k` inside a quotation opened earlier in the sentence (more opening marks than closing before it)? */
function isQuoted(s: Sentence, k: number): boolean {
  let open = 0;
  let straight = 0;
  for (let j = 0; j < k; j++) {
    const w = s.tokens[j]?.text;
    if (w === '“') open++;
    else if (w === '”') open = Math.max(0, open - 1);
    else if (w === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** Openers of a clause whose predicate is supposed, not stated: "if X is president". */
const CONDITIONALS = new Set(['if', 'unless', 'until', 'whether', 'lest']);

/** A subject starting at `start` is a conditional clause's: "if", "unless" ... within the four words before it, no punctuation between. */
function isConditionSubject(s: Sentence, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const w = s.tokens[k];
    if (!w || !isWord(w)) return false;
    if (CONDITIONALS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Past the verb that links a subject to its role, from `k`: a copula ("is", "has been", "serves
 * as"), or auxiliaries and adverbs around one verb and then "as" ("will be confirmed as", "was
 * appointed as", "previously served as"). An object in between ("lost his job as a porter") is
 * another construction: the role is the job's, not the person's. -1 when there is none.
 */
export function afterLinkingVerb(s: Sentence, from: number): number {
  const t = s.tokens;
  let k = from;
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  // The verb and "as" first: "was appointed as" is no copula "was" before "appointed".
  const as = afterVerbAs(s, k);
  if (as >= 0) k = as;
  else {
    const one = t[k]?.lower ?? '';
    // The two-word forms all start with one of these: the pair is only built for them.
    if (TWO_WORD_COPULA_HEADS.has(one) && COPULA.has(`${one} ${t[k + 1]?.lower ?? ''}`)) k += 2;
    else if (COPULA.has(one)) k += 1;
    else return -1;
    while (ADVERBS.has(t[k]?.lower ?? '')) k++;
    // "was named chief executive", "has been elected president", "was sworn in as" aside.
    if (APPOINTED.has(t[k]?.lower ?? '')) {
      k++;
      // "was named this week as a head of ...": a time between the participle and its "as".
      const w = t[k]?.lower ?? '';
      const time = DEICTIC_DAYS.has(w)
        ? 1
        : RELATIVE_TIMES.has(w) && TIME_NOUNS.has(t[k + 1]?.lower ?? '')
          ? 2
          : 0;
      if (time > 0 && t[k + time]?.lower === 'as') k += time + 1;
    }
  }
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  return k;
}

/**
 * "Acme named Tom Reed as finance director", "the board appointed X as chairman": the object of an
 * appointment verb takes the post after "as", as the subject of "was named chairman" does; so
 * does the object of a verb of choosing ("the party picked X as its nominee", choosing.ts).
 */
export function appointedAs(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  const verb = t[verbBefore(s, o.start)]?.lower ?? '';
  if (!(APPOINTED.has(verb) || isChoosingVerb(verb)) || t[o.end]?.lower !== 'as') return null;
  return rolePhrase(s, o.end + 1);
}

/** The token before a name, past an honorific the name was found without ("hired Ms. Vale"). */
function verbBefore(s: Sentence, start: number): number {
  const t = s.tokens;
  if (t[start - 1]?.text === '.' && isHonorific(t[start - 2]?.text ?? '')) return start - 3;
  return isHonorific(t[start - 1]?.text ?? '') ? start - 2 : start - 1;
}

/** Past "as" after auxiliaries and adverbs around exactly one verb, or -1. */
function afterVerbAs(s: Sentence, k: number): number {
  const t = s.tokens;
  let j = k;
  let verbs = 0;
  while (j < k + 4 && t[j] && t[j]?.text === t[j]?.lower && isWord(t[j]) && t[j]?.lower !== 'as') {
    const w = t[j]?.lower ?? '';
    if (DETERMINERS.has(w)) return -1;
    // "stepped down as", "took over as", "stayed on as": the verb's particle is no second verb.
    const particle = verbs === 1 && PARTICLES.has(w);
    if (!particle && !AUXILIARIES.has(w) && !ADVERBS.has(w) && ++verbs > 1) return -1;
    j++;
  }
  return verbs === 1 && t[j]?.lower === 'as' ? j + 1 : -1;
}

/** Particles of phrasal verbs of taking or leaving a post ("step down", "take over", "stay on"). */
const PARTICLES = new Set(['down', 'over', 'on', 'in', 'up', 'back', 'aside']);

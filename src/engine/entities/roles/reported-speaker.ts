/**
 * The speaker of a reported sentence is its main clause's subject. News writing puts the report
 * first and the attribution last ("Prices will rise, X said Monday."): the names inside the
 * report are what is reported on, the name after the comma is the one doing something, so a
 * description opening the next sentence ("The deputy mayor added ...") continues that speaker,
 * as it continues an opening subject.
 */

import { isSayingVerb } from '../../lexicon/speech.js';
import type { Occurrence, Sentence } from './types.js';
import { afterAsides } from './phrase.js';
import { ADVERBS } from './words.js';

/** Marks that may close a report before its attribution's comma ('..." X said', '..., X said'). */
const REPORT_CLOSERS = new Set([',', '”', '"']);

/**
 * The person named as the attribution of sentence `s` (occurrences `here`): the last name, after a
 * comma or a closing quote, followed (past an age or an adverb) by a saying verb, with no name after
 * it. Undefined when there is none.
 */
export function reportedSpeaker(s: Sentence, here: readonly Occurrence[]): number | undefined {
  const last = here.reduce<Occurrence | undefined>(
    (a, o) => (a === undefined || o.start > a.start ? o : a),
    undefined,
  );
  if (!last || last.start === 0) return undefined;
  const t = s.tokens;
  const before = t[last.start - 1]?.text ?? '';
  if (!REPORT_CLOSERS.has(before)) return undefined;
  let k = afterAsides(s, last.end);
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  const verb = t[k];
  if (!verb || verb.cap || !isSayingVerb(verb.lower)) return undefined;
  return last.person;
}

/**
 * Does the description ending at `end` speak ("the Norland senator said", "... quickly added")? A
 * speaking description is as often someone the article brings in new as the subject before, so a
 * description only continues that subject when it does something else.
 */
export function descriptionSpeaks(s: Sentence, end: number): boolean {
  let k = end;
  while (ADVERBS.has(s.tokens[k]?.lower ?? '')) k++;
  return isSayingVerb(s.tokens[k]?.lower ?? '');
}

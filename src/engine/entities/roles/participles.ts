/**
 * Reduced relative clauses after an appositive's head noun that the -ing check in phrase.ts does
 * not see: a past participle with its phrase ("a broker based in Westport", "a donor involved in
 * the talks", "an actor famed for a comedy") and a participle after an adverb ("an engineer then
 * working for the ministry", "an aide currently advising the mayor"). News adds such a clause to
 * say where or how the person stands; the role is the noun phrase before it.
 */

import { isModifier } from '../role-nouns.js';
import type { Sentence } from './types.js';
import { ADVERBS, isPersonNoun, isPreposition, isWord } from './words.js';

/** A lower-case past form in -ed of five letters or more ("based", "involved", "famed"). */
const PAST_PARTICIPLE = /^[a-z]{3,}ed$/;

/** An adverb that may stand between a head noun and its participle ("currently", "then", "newly"). */
function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || /^[a-z]{3,}ly$/.test(lower);
}

/** A lower-case person noun that heads the phrase (not a word such as "senior" that qualifies one). */
function isHeadNoun(s: Sentence, k: number): boolean {
  const w = s.tokens[k];
  return w !== undefined && isWord(w) && !w.cap && isPersonNoun(w.lower) && !isModifier(w.lower);
}

/**
 * Where the role ends when a reduced relative clause starts at `k` (inside the phrase opened at
 * `start`), or -1. A past participle counts only before a preposition ("based in", "regarded
 * as"), so "a rebel chief turned minister" (a participle with a noun object) stays whole; a
 * participle in -ing counts here only after an adverb, as the bare one is phrase.ts's. A person
 * noun in -ed ("the chief accused in the case") is the head itself, not a participle.
 */
export function reducedClauseStart(s: Sentence, k: number, start: number): number {
  const t = s.tokens;
  const adverb = k - 1 > start && isAdverb(t[k - 1]?.lower ?? '');
  if (!opensReducedClause(s, k, adverb)) return -1;
  const cut = adverb ? k - 1 : k;
  return cut > start && isHeadNoun(s, cut - 1) ? cut : -1;
}

/**
 * Does the participle at `k` open a reduced relative clause: a past form before its preposition,
 * or (after an adverb) a form in -ing with its object?
 */
export function opensReducedClause(s: Sentence, k: number, afterAdverb: boolean): boolean {
  const t = s.tokens;
  const w = t[k];
  if (!w || !isWord(w) || w.cap || isPersonNoun(w.lower) || isModifier(w.lower)) return false;
  if (PAST_PARTICIPLE.test(w.lower)) {
    const next = t[k + 1]?.lower ?? '';
    return isPreposition(next) || next === 'as';
  }
  return afterAdverb && w.lower.endsWith('ing') && w.lower.length >= 6 && isWord(t[k + 1]);
}

/** Does a reduced relative clause open at `k`, with or without an adverb first ("based in", "then working")? */
export function reducedClauseAt(s: Sentence, k: number): boolean {
  if (opensReducedClause(s, k, false)) return true;
  return isAdverb(s.tokens[k]?.lower ?? '') && opensReducedClause(s, k + 1, true);
}

/**
 * Reduced relative clauses after an appositive's head noun that the -ing check in phrase.ts does
 * not see: a past participle with its phrase ("a broker based in Westport", "a donor involved in
 * the talks", "an actor famed for a comedy") and a participle after an adverb ("an engineer then
 * working for the ministry", "an aide currently advising the mayor"). News adds such a clause to
 * say where or how the person stands; the role is the noun phrase before it.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { isModifier } from '../role-nouns.js';
import type { Sentence } from './types.js';
import { opensIrregularClause, PARTICIPLE_ADVERBS } from './irregular-participles.js';
import {
  ADVERBS,
  DEICTIC_DAYS,
  RELATIVE_TIMES,
  isPersonNoun,
  isPossessiveMark,
  isPreposition,
  isWord,
} from './words.js';

/** A lower-case past form in -ed of five letters or more ("based", "involved", "famed"). */
const PAST_PARTICIPLE = /^[a-z]{3,}ed$/;

/** An adverb that may stand between a head noun and its participle ("currently", "then", "newly"). */
function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || /^[a-z]{3,}ly$/.test(lower) || PARTICIPLE_ADVERBS.has(lower);
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
  if (k > start && clauseAfterHead(s, k)) return k;
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
  const next = t[k + 1]?.lower ?? '';
  // "a lawyer known for ...", "a coach considered the best ..." (session 21).
  if (opensIrregularClause(w.lower, next, isPreposition)) return true;
  if (PAST_PARTICIPLE.test(w.lower)) return isPreposition(next) || next === 'as';
  return afterAdverb && w.lower.endsWith('ing') && w.lower.length >= 6 && isWord(t[k + 1]);
}

/** Does a reduced relative clause open at `k`, with or without an adverb first ("based in", "then working")? */
export function reducedClauseAt(s: Sentence, k: number): boolean {
  if (opensReducedClause(s, k, false)) return true;
  return isAdverb(s.tokens[k]?.lower ?? '') && opensReducedClause(s, k + 1, true);
}

/** An object noun phrase opens at `k`: an article or possessive pronoun, or a name's possessive ("Mrs. Vale's"). */
function opensObject(s: Sentence, k: number): boolean {
  const t = s.tokens;
  if (DETERMINERS.has(t[k]?.lower ?? '')) return true;
  if (!t[k]?.cap) return false;
  for (let j = k + 1; j < k + 5 && j < t.length; j++) {
    if (isPossessiveMark(t[j])) return true;
    if (!t[j]?.cap && t[j]?.text !== '.') return false;
  }
  return false;
}

/** Adverbs of time or place after the head: "the governor there,", "a lawyer now at the firm". */
const STANDING_ADVERBS = new Set(['now', 'then', 'there', 'here', 'currently', 'formerly', 'still']);

/**
 * Session 20: reduced clauses right after the head noun that the two checks above let through.
 * An -ing word that can qualify a noun ("leading", "running") does so before its noun; after the
 * head and before an article or a possessive it is a participle with its object ("the lawyer
 * leading the search for a partner", "the aide running Mr. Vale's office"). A past participle
 * with no preposition is a clause when a second one or a time follows it ("the trader arrested
 * and charged", "the banker jailed last week", "the aide hired yesterday"), never a noun it could
 * take as an object ("a rebel chief turned minister"). An adverb of time or place after the head,
 * before a preposition or the appositive's end, is no part of the role either ("the governor
 * there,", "a former lawyer now at the institute"). The head is any lower-case person noun: one
 * such as "executive" that may qualify a noun qualifies no participle. Before this, each such
 * appositive gave no role at all (the head search ran on into the clause). Holds 6 of 7 people
 * changed on all training (PolNeAR train 6 of 6, eng.train 0 of 1: "a first-round loser" is a
 * result, not a role); fixed sample 5 of 5, blind 1 of 2 (ADR 013, session 20, roles recall).
 */
function clauseAfterHead(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const head = t[k - 1];
  if (!head || !isWord(head) || head.cap || !isPersonNoun(head.lower)) return false;
  const w = t[k];
  if (!w || !isWord(w) || w.cap || isPersonNoun(w.lower)) return false;
  const next = t[k + 1]?.lower ?? '';
  if (STANDING_ADVERBS.has(w.lower)) return isPreposition(next) || next === ',' || next === '.';
  if (w.lower.endsWith('ing') && w.lower.length >= 6) return isModifier(w.lower) && opensObject(s, k + 1);
  if (!PAST_PARTICIPLE.test(w.lower) || isModifier(w.lower)) return false;
  const second = next === 'and' && PAST_PARTICIPLE.test(t[k + 2]?.lower ?? '');
  return second || RELATIVE_TIMES.has(next) || DEICTIC_DAYS.has(next);
}

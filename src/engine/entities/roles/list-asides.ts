/**
 * Walking back along a list of lawmakers, past what news writing puts after each name before the
 * next: "Sens. A (D-Ohio), whose seat is open, and B", "Reps. A III (D-Md.) and B". A plural
 * abbreviated title before the list is each member's, so the walk from a later name back to the
 * title must pass a relative clause between commas and a generational suffix, as it passes a party
 * bracket and a state.
 */

import { isGenerationalSuffix } from '../../lexicon/particles.js';
import type { Sentence } from './types.js';

/** How many tokens a relative clause inside a list may hold. */
const CLAUSE_REACH = 16;
const LIST_RELATIVES = new Set(['who', 'whose']);

/**
 * With `j` on the last token of a relative clause closed by the list's comma, the token before
 * the comma that opens it (", whose seat is open,"); else `j`.
 */
export function pastRelativeClause(s: Sentence, j: number): number {
  const t = s.tokens;
  for (let k = j; k > 1 && j - k < CLAUSE_REACH; k--) {
    const w = t[k];
    if (!w || w.text === '.' || w.text === ';' || s.owner[k] !== -1) return j;
    if (w.text !== ',') continue;
    return LIST_RELATIVES.has(t[k + 1]?.lower ?? '') ? k - 1 : j;
  }
  return j;
}

/** With `j` on a generational suffix the name was found without ("III", "Jr" and its dot), the token before it; else `j`. */
export function pastGeneration(s: Sentence, j: number): number {
  const t = s.tokens;
  const dotted = t[j]?.text === '.' ? 1 : 0;
  const w = t[j - dotted];
  if (!w?.cap || s.owner[j - dotted] !== -1 || !isGenerationalSuffix(w.lower)) return j;
  // "II" and "III" in capitals only: "Ii" is no numeral.
  if (w.lower.startsWith('i') && w.text !== w.text.toUpperCase()) return j;
  return j - dotted - 1;
}

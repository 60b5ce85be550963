/**
 * "a nurse from Larkin, Texas,", "a pastor in Dover, Del.": American news names a town with its
 * state after a comma, and when a role's place phrase names a town, the state after it is part of
 * the place as written, not the end of the role. Only a written-out state or its AP abbreviation
 * (the list the entity stage reads, lexicon/places.ts), and only when punctuation or the sentence's
 * end follows the state, so that "from Larkin, Texas Gov. X said" (the next person's title) stays
 * cut. Before this, such a role stopped at the town ("a nurse from Larkin"). Holds 21 of 21
 * people changed on all training (PolNeAR train 20, eng.train 1): fixed sample 18 of 18, blind
 * 3 of 3 (ADR 013, session 20, roles recall). A Canadian province or a country after the comma is
 * not read (no training instance counted).
 */

import { US_STATES } from '../../lexicon/places.js';
import type { Sentence } from './types.js';
import { isPreposition } from './words.js';

const STATES: ReadonlySet<string> = new Set(
  US_STATES.split('|').map((s) => s.replace(/\\\./g, '.').toLowerCase()),
);

/** Punctuation that may close a place phrase after its state. */
const CLOSING = new Set([',', '.', ';', ':', ')', '”', '"', '—', '–']);

/**
 * Where the role phrase goes on to when the comma at `k` stands between a town the phrase names
 * after a preposition and that town's state: the index after the state, else -1.
 */
export function pastTownState(s: Sentence, k: number): number {
  const t = s.tokens;
  if (t[k]?.text !== ',' || !t[k - 1]?.cap) return -1;
  // The town: up to three capitalised words right after a preposition ("from Port Alder,").
  let j = k - 1;
  while (j > k - 4 && t[j - 1]?.cap) j--;
  if (!isPreposition(t[j - 1]?.lower ?? '')) return -1;
  for (let n = 1; n <= 3; n++) {
    const words = t.slice(k + 1, k + 1 + n);
    if (words.length < n || words.some((w) => !w.cap && w.text !== '.')) return -1;
    let text = '';
    for (const w of words) text += text === '' || w.text === '.' ? w.text : ` ${w.text}`;
    if (!STATES.has(text.toLowerCase())) continue;
    const after = t[k + 1 + n];
    if (!after || CLOSING.has(after.text)) return k + 1 + n;
  }
  return -1;
}

/** Is `word` a state's AP abbreviation without its dot ("Calif", "Vt")? The dot it had is kept. */
export function isStateAbbreviation(word: string): boolean {
  return STATES.has(`${word.toLowerCase()}.`);
}

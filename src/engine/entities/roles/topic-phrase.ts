/**
 * A role's field or post written with "on" straight after its head noun: "an expert on energy
 * policy", "a senior adviser on trade", "a judge on the appeals court", "a strategist on the
 * governor's campaign". News writes the field an expert or adviser covers, and the bench, board
 * or campaign someone sits on, with "on", as it writes a body with "of" or "for"; cutting there
 * left "an expert" with nothing of what the article said. Only straight after the head: a later
 * "on" ("adviser to the mayor on Friday") is the sentence going on, and a time ("on Monday")
 * never belongs to a role (phrase.ts checks that for every preposition). After a rank ("the only
 * surgeon at the table", "the most cautious member on the panel") "on" says where the ranking
 * holds, not what the person is.
 */

import type { Sentence } from './types.js';
import { isPersonNoun } from './words.js';

/** Words that make a rank of the phrase they open: "the only", "the first", "the most". */
const RANKS = new Set('first only last second third next latest most least'.split(' '));

/** A word in -est that may be a superlative ("biggest", "longest"); a person noun ("guest") is none. */
const SUPERLATIVE = /^[a-z]{2,}est$/;

/**
 * Does the "on" at token `k` open the role's own phrase: straight after the head noun (the phrase's
 * head ends at `headEnd`), in a phrase whose first word (at `start`, past any article) is no rank?
 */
export function isTopicOn(s: Sentence, k: number, headEnd: number, start: number): boolean {
  if (k !== headEnd || s.tokens[k]?.lower !== 'on') return false;
  const first = s.tokens[start]?.lower ?? '';
  return !RANKS.has(first) && !(SUPERLATIVE.test(first) && !isPersonNoun(first));
}

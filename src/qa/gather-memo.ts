import { memoiseDots } from './learn.js';
import type { Gathered } from './pick.js';

/**
 * The trainer's bar search (tools/train/qa.ts) asks the same few thousand questions of the same
 * articles some hundred times, once per setting of the "can't find" bars, and gathering the
 * candidate phrases with their features was over half of each answer's time. The phrases and
 * features depend on the article, the question and how many sentences are read, never on the bars
 * or the scorer's weights, so while the trainer switches the memo on each question's gathering
 * is made once. Off (the default) in Herald itself: nothing is kept.
 */

let memo: Map<string, readonly Gathered[]> | null = null;

/**
 * On: keep each gathering, and each of its features' scores under each weights object (learn.ts
 * memoiseDots), until switched off; off: drop all kept ones. The weights must not change while on.
 */
export function memoiseGathering(on: boolean): void {
  memo = on ? new Map() : null;
  memoiseDots(on);
}

/**
 * `gather()`'s phrases, made once per `key()` while the memo is on. The key must name everything
 * the gathering reads (the article's content, the question, the sentences read). The phrases are
 * shared between askings: callers filter them into new arrays and never change them.
 */
export function gatherOnce(key: () => string, gather: () => Gathered[]): readonly Gathered[] {
  if (!memo) return gather();
  const k = key();
  let kept = memo.get(k);
  if (!kept) {
    kept = gather();
    memo.set(k, kept);
  }
  return kept;
}

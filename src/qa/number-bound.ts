/**
 * An amount told with its bound or its range: "nearly 25 years", "more than a million dollars",
 * "between $4 million and $6 million", "46 to 40 percent". The scorer often picks the bare number
 * inside; the amount the article gives is the whole phrase (a bare "25 years" says more than the
 * article does), so the pick is widened to the candidate of its sentence that holds it with a
 * bound word before it or the rest of its range after it.
 */
import type { Gathered, Picked } from './pick.js';

/** Words that bound or round the amount after them, written before it; "between" opens a range. */
const BOUND_BEFORE =
  /^(?:(?:just|well)\s+)?(?:over|under|about|around|almost|nearly|roughly|approximately|up to|more than|less than|fewer than|at least|at most|as many as|as much as|as few as|between)\s+(?:an?\s+)?$/i;

/** The rest of a range or score after its first amount: " to 40 percent", " and $6 million". */
const RANGE_AFTER =
  /^\s*(?:to|and|-|–)\s*[$€£¥]?\s?\d[\d,.]*(?:\s*(?:%|per\s?cent|percent|million|billion|trillion|thousand|percentage points|points))?$/i;

export function withBound(picked: Picked, gathered: readonly Gathered[]): Picked {
  const c = picked.candidate;
  if (c.kind !== 'number') return picked;
  let best: Gathered | null = null;
  for (const g of gathered) {
    const w = g.candidate;
    if (g.sentence !== picked.sentence || w.kind !== 'number') continue;
    if (w.start > c.start || w.end < c.end || (w.start === c.start && w.end === c.end)) continue;
    const before = w.text.slice(0, c.start - w.start);
    const after = w.text.slice(c.end - w.start);
    if (before && !BOUND_BEFORE.test(before)) continue;
    if (after && !RANGE_AFTER.test(after)) continue;
    if (!best || w.end - w.start > best.candidate.end - best.candidate.start) best = g;
  }
  return best ? { ...picked, candidate: best.candidate } : picked;
}

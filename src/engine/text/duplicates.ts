import { wordTokens } from './tokens.js';

/** Below this many words a text is too short to call a near-duplicate of anything but itself. */
const MIN_WORDS = 6;
/** Share of the shorter text's word pairs found in the longer one for the two to count as one. */
const CONTAINMENT = 0.8;

interface Fingerprint {
  words: number;
  exact: string;
  /** Distinct adjacent word pairs: order matters, so a short sentence of common words is not
   * "contained" in every long one. */
  pairs: Set<string>;
}

function fingerprint(text: string): Fingerprint {
  const tokens = wordTokens(text);
  const pairs = new Set<string>();
  for (let i = 1; i < tokens.length; i++) pairs.add(`${tokens[i - 1]} ${tokens[i]}`);
  return { words: tokens.length, exact: tokens.join(' '), pairs };
}

function shorterIsContained(a: Fingerprint, b: Fingerprint, shared: number): boolean {
  const smaller = Math.min(a.pairs.size, b.pairs.size);
  return smaller > 0 && shared / smaller >= CONTAINMENT;
}

/** Whether one text (nearly) repeats the other: the same words, or one cut short or lightly edited. */
export function isNearDuplicate(a: string, b: string): boolean {
  const fa = fingerprint(a);
  const fb = fingerprint(b);
  if (fa.exact === fb.exact) return fa.words > 0;
  if (Math.min(fa.words, fb.words) < MIN_WORDS) return false;
  let shared = 0;
  for (const p of fa.pairs) if (fb.pairs.has(p)) shared++;
  return shorterIsContained(fa, fb, shared);
}

export interface DedupeOptions {
  /** Drop exact repeats of texts shorter than MIN_WORDS too (paragraphs yes, sentences no). */
  exactShort: boolean;
}

/**
 * Drops repeated items, keeping the fuller version of each near-duplicate pair in its own position
 * (exact repeats keep the first). Scraped articles repeat their standfirst, captions and pull
 * quotes, sometimes cut short. Candidate pairs come from an index of word pairs, so the cost grows
 * with shared material rather than with the square of the article length.
 */
export function dropNearDuplicates<T>(items: T[], textOf: (item: T) => string, opts: DedupeOptions): T[] {
  if (items.length < 2) return items;
  const prints = items.map((it) => fingerprint(textOf(it)));
  const keep = items.map(() => true);
  const byExact = new Map<string, number>();
  const index = new Map<string, number[]>();
  for (let i = 0; i < prints.length; i++) {
    const fp = prints[i]!;
    const earlierExact = byExact.get(fp.exact);
    if (earlierExact !== undefined && fp.words > 0 && (opts.exactShort || fp.words >= MIN_WORDS)) {
      keep[i] = false;
      continue;
    }
    byExact.set(fp.exact, i);
    if (fp.words >= MIN_WORDS) {
      const shared = new Map<number, number>();
      for (const p of fp.pairs) {
        for (const j of index.get(p) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      for (const [j, count] of shared) {
        if (!keep[j] || !shorterIsContained(fp, prints[j]!, count)) continue;
        if (fp.words > prints[j]!.words) keep[j] = false;
        else keep[i] = false;
        if (!keep[i]) break;
      }
      if (!keep[i]) continue;
      for (const p of fp.pairs) {
        const list = index.get(p);
        if (list) list.push(i);
        else index.set(p, [i]);
      }
    }
  }
  return items.filter((_, i) => keep[i]);
}

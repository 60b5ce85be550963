import { wordTokens } from './tokens.js';

/** Below this many words a text is too short to call a near-duplicate of anything but itself. */
const MIN_WORDS = 6;
/** Share of the shorter text's word pairs found in the longer one for the two to count as one. */
const CONTAINMENT = 0.8;

interface Fingerprint {
  words: number;
  exact: string;
  /** Distinct adjacent word pairs: order matters, so a short sentence of common words is not
   * "contained" in every long one. Each pair is a number made of its two word ids. */
  pairs: Set<number>;
}

/** Word ids stay below this, so `first * PAIR_BASE + second` names one pair as an exact integer. */
const PAIR_BASE = 0x200000;

/**
 * Numbers words for one comparison run, so pairs hash as numbers instead of freshly built strings:
 * fingerprinting every paragraph and sentence of every article is most of the deduplication cost.
 * Ids are only comparable between fingerprints made with the same `WordIds`.
 */
class WordIds {
  private readonly ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      // Past PAIR_BASE distinct words (no article comes near) ids wrap: a collision could only add a shared pair.
      id = this.ids.size % PAIR_BASE;
      this.ids.set(word, id);
    }
    return id;
  }
}

function fingerprint(text: string, ids: WordIds): Fingerprint {
  const tokens = wordTokens(text);
  const pairs = new Set<number>();
  let previous = tokens.length > 0 ? ids.idOf(tokens[0]!) : 0;
  for (let i = 1; i < tokens.length; i++) {
    const current = ids.idOf(tokens[i]!);
    pairs.add(previous * PAIR_BASE + current);
    previous = current;
  }
  return { words: tokens.length, exact: tokens.join(' '), pairs };
}

function shorterIsContained(
  a: Fingerprint,
  b: Fingerprint,
  shared: number,
  containment = CONTAINMENT,
): boolean {
  const smaller = Math.min(a.pairs.size, b.pairs.size);
  return smaller > 0 && shared / smaller >= containment;
}

/**
 * Whether one text (nearly) repeats the other: the same words, or one cut short or lightly edited.
 * `containment` is the share of the shorter text's word pairs the longer must hold.
 */
export function isNearDuplicate(a: string, b: string, containment = CONTAINMENT): boolean {
  const ids = new WordIds();
  const fa = fingerprint(a, ids);
  const fb = fingerprint(b, ids);
  if (fa.exact === fb.exact) return fa.words > 0;
  if (Math.min(fa.words, fb.words) < MIN_WORDS) return false;
  let shared = 0;
  for (const p of fa.pairs) if (fb.pairs.has(p)) shared++;
  return shorterIsContained(fa, fb, shared, containment);
}

export interface DedupeOptions {
  /** Drop exact repeats of texts shorter than MIN_WORDS too (paragraphs yes, sentences no). */
  exactShort: boolean;
}

/**
 * A word pair found in more items than this is too common to point at a repeat ("of the", "said
 * on"): it stops being indexed. Without the cap, text that reuses a small vocabulary makes every
 * item a candidate of every earlier one, which is quadratic in the article's length.
 */
const POSTING_CAP = 16;
/** Earlier items checked in full for each item, the ones sharing most indexed pairs first. */
const MAX_CANDIDATES = 12;

function sharedPairs(a: Fingerprint, b: Fingerprint): number {
  const [small, large] = a.pairs.size <= b.pairs.size ? [a.pairs, b.pairs] : [b.pairs, a.pairs];
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared;
}

/**
 * Drops repeated items, keeping the fuller version of each near-duplicate pair in its own position
 * (exact repeats keep the first). Scraped articles repeat their standfirst, captions and pull
 * quotes, sometimes cut short. Candidate pairs come from an index of word pairs that leaves out
 * the commonest pairs, and only the few best candidates of each item are compared in full, so the
 * cost grows linearly with the article's length whatever its wording.
 */
export function dropNearDuplicates<T>(items: T[], textOf: (item: T) => string, opts: DedupeOptions): T[] {
  if (items.length < 2) return items;
  const ids = new WordIds();
  const prints = items.map((it) => fingerprint(textOf(it), ids));
  const keep = items.map(() => true);
  const byExact = new Map<string, number>();
  const index = new Map<number, number[]>();
  /** The fuller of two near-duplicates stays. */
  const settlePair = (i: number, j: number): void => {
    if (prints[i]!.words > prints[j]!.words) keep[j] = false;
    else keep[i] = false;
  };
  for (let i = 0; i < prints.length; i++) {
    const fp = prints[i]!;
    const earlierExact = byExact.get(fp.exact);
    if (earlierExact !== undefined && fp.words > 0 && (opts.exactShort || fp.words >= MIN_WORDS)) {
      keep[i] = false;
      continue;
    }
    byExact.set(fp.exact, i);
    if (fp.words >= MIN_WORDS) {
      const hits = new Map<number, number>();
      // Pairs left out of the index (too common) may still be shared: at most this many more.
      let unindexed = 0;
      for (const p of fp.pairs) {
        const list = index.get(p);
        if (list === undefined) continue;
        if (list.length >= POSTING_CAP) {
          unindexed++;
          continue;
        }
        for (const j of list) hits.set(j, (hits.get(j) ?? 0) + 1);
      }
      // Indexed pairs alone may already settle it; the rest could only get there through pairs
      // left out of the index, so only the few likeliest of them are compared in full.
      const maybe: Array<[number, number]> = [];
      for (const [j, count] of hits) {
        if (!keep[i]) break;
        if (!keep[j]) continue;
        if (shorterIsContained(fp, prints[j]!, count)) settlePair(i, j);
        else if (unindexed > 0 && shorterIsContained(fp, prints[j]!, count + unindexed))
          maybe.push([j, count]);
      }
      if (keep[i] && maybe.length > 0) {
        maybe.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        for (const [j] of maybe.slice(0, MAX_CANDIDATES)) {
          if (!keep[i]) break;
          if (keep[j] && shorterIsContained(fp, prints[j]!, sharedPairs(fp, prints[j]!))) settlePair(i, j);
        }
      }
      if (!keep[i]) continue;
      for (const p of fp.pairs) {
        const list = index.get(p);
        if (!list) index.set(p, [i]);
        else if (list.length < POSTING_CAP) list.push(i);
      }
    }
  }
  return items.filter((_, i) => keep[i]);
}

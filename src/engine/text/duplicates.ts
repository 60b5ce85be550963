import { isWordUnit } from './tokens.js';

/** Below this many words a text is too short to call a near-duplicate of anything but itself. */
const MIN_WORDS = 6;
/** Share of the shorter text's word pairs found in the longer one for the two to count as one. */
const CONTAINMENT = 0.8;

interface Fingerprint {
  words: number;
  /** The text's words as distinct-word numbers (never wrapped): equal lists, equal word sequences. */
  sequence: number[];
  /** A hash of `sequence`, to find exact repeats without comparing every pair of texts. */
  sequenceHash: number;
  /** Distinct adjacent word pairs: order matters, so a short sentence of common words is not
   * "contained" in every long one. Each pair is a number made of its two word ids. */
  pairs: Set<number>;
}

/** Word ids stay below this, so `first * PAIR_BASE + second` names one pair as an exact integer. */
const PAIR_BASE = 0x200000;
/**
 * The pair base for a run too short to hold this many distinct words: pairs then stay below 2^30,
 * small integers that V8 hashes and stores without allocating, and name the same pairs. A text has
 * at most one word more than it has characters (lower-casing at most doubles a character, and
 * words need a separator), so a run of fewer characters and texts than this qualifies: any article.
 */
const SMALL_PAIR_BASE = 0x8000;

function pairBase(texts: readonly string[]): number {
  let bound = texts.length;
  for (const t of texts) bound += t.length;
  return bound < SMALL_PAIR_BASE ? SMALL_PAIR_BASE : PAIR_BASE;
}

/**
 * Numbers the words of one comparison run, so pairs hash as numbers instead of freshly built
 * strings. Words are read straight from the lower-cased text into an open-addressing table keyed
 * by a hash of their characters and checked character by character, so a word seen before costs
 * no new string: fingerprinting every sentence of every article is most of the deduplication cost.
 * Ids are only comparable between fingerprints made with the same `WordIds`.
 */
class WordIds {
  private readonly words: string[] = [];
  /** Slot → word number + 1 (0: empty). Kept at most half full. */
  private slots = new Int32Array(256);
  private hashes: number[] = [];

  /** The number of the word lower[start, end), counted from 0 in order of first appearance. */
  numberOf(lower: string, start: number, end: number, hash: number): number {
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const k = entry - 1;
      if (this.hashes[k] === hash && sameWord(this.words[k]!, lower, start, end)) return k;
      slot = (slot + 1) & mask;
    }
    const k = this.words.length;
    this.words.push(lower.slice(start, end));
    this.hashes.push(hash);
    if ((k + 1) * 2 > this.slots.length) {
      this.grow();
      mask = this.slots.length - 1;
      slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.slots[slot] = k + 1;
    return k;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.words.length - 1; k++) {
      let slot = this.hashes[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

function sameWord(word: string, lower: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lower.charCodeAt(start + i)) return false;
  return true;
}

/**
 * The words of a text (lower-cased letters and digits, as `wordTokens` reads them) numbered, their
 * adjacent pairs, and a hash of the whole sequence. Past PAIR_BASE distinct words (no article comes
 * near) pair ids wrap: a collision could only add a shared pair.
 */
function fingerprint(text: string, ids: WordIds, base: number): Fingerprint {
  const lower = text.toLowerCase();
  const sequence: number[] = [];
  const pairs = new Set<number>();
  let sequenceHash = 0;
  let previous = -1;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    if (c >= 0 && isWordUnit(c)) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ c, 0x01000193);
      continue;
    }
    if (start < 0) continue;
    const k = ids.numberOf(lower, start, i, hash >>> 0);
    start = -1;
    sequence.push(k);
    sequenceHash = (Math.imul(sequenceHash, 31) + k) | 0;
    const id = k % PAIR_BASE;
    if (previous >= 0) pairs.add(previous * base + id);
    previous = id;
  }
  return { words: sequence.length, sequence, sequenceHash, pairs };
}

function sameSequence(a: Fingerprint, b: Fingerprint): boolean {
  if (a.words !== b.words || a.sequenceHash !== b.sequenceHash) return false;
  for (let i = 0; i < a.words; i++) if (a.sequence[i] !== b.sequence[i]) return false;
  return true;
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
  const base = pairBase([a, b]);
  const fa = fingerprint(a, ids, base);
  const fb = fingerprint(b, ids, base);
  if (sameSequence(fa, fb)) return fa.words > 0;
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
  const texts = items.map(textOf);
  const base = pairBase(texts);
  const prints = texts.map((text) => fingerprint(text, ids, base));
  const keep = items.map(() => true);
  /** Items by the hash of their word sequence; the first with each exact sequence stands for it. */
  const byExact = new Map<number, number[]>();
  const index = new Map<number, number[]>();
  /** The fuller of two near-duplicates stays. */
  const settlePair = (i: number, j: number): void => {
    if (prints[i]!.words > prints[j]!.words) keep[j] = false;
    else keep[i] = false;
  };
  for (let i = 0; i < prints.length; i++) {
    const fp = prints[i]!;
    const bucket = byExact.get(fp.sequenceHash);
    const earlierExact = bucket?.some((j) => sameSequence(prints[j]!, fp)) ?? false;
    if (earlierExact && fp.words > 0 && (opts.exactShort || fp.words >= MIN_WORDS)) {
      keep[i] = false;
      continue;
    }
    if (!bucket) byExact.set(fp.sequenceHash, [i]);
    else if (!earlierExact) bucket.push(i);
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

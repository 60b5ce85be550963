import { isWordUnit } from './tokens.js';

/** Below this many words a text is too short to call a near-duplicate of anything but itself. */
const MIN_WORDS = 6;
/** Share of the shorter text's word pairs found in the longer one for the two to count as one. */
const CONTAINMENT = 0.8;

/**
 * A text's words and pairs, as ranges of its run's flat arrays (`Run.sequences`, `Run.pairLists`):
 * a run's fingerprints fill two typed arrays sized once from its texts' length, not two growing
 * arrays per text.
 */
interface Fingerprint {
  words: number;
  /**
   * Where the text's words start in `Run.sequences`, as distinct-word numbers (never wrapped):
   * equal lists, equal word sequences.
   */
  sequenceAt: number;
  /** A hash of the sequence, to find exact repeats without comparing every pair of texts. */
  sequenceHash: number;
  /**
   * Where the text's distinct adjacent word pairs start in `Run.pairLists` (pair numbers of the
   * run, in order of first appearance), and how many there are. Order matters, so a short sentence
   * of common words is not "contained" in every long one.
   */
  pairsAt: number;
  pairCount: number;
}

/**
 * Word numbers past this wrap (`k % PAIR_BASE`) before they are paired: pairs are the pairs of
 * wrapped numbers. No article comes near this many distinct words; the bound keeps a pair of
 * word numbers one exact integer key whatever the input.
 */
const PAIR_BASE = 0x200000;

/**
 * Numbers the words of one comparison run, so pairs hash as numbers instead of freshly built
 * strings. Words are read straight from the text (lower-cased, or with its capitals folded unit by
 * unit, see `foldsByUnit`) into an open-addressing table keyed by a hash of their characters and
 * checked character by character against where the word was first read, so a word costs no new
 * string: fingerprinting every sentence of every article is most of the deduplication cost. Ids are only comparable between fingerprints of the same run.
 * The tables are reused from run to run (see `acquireRun`): `reset` empties exactly the slots the
 * last run filled, so a run costs the words it reads, not a table sized and zeroed for it.
 */
class WordIds {
  /** By word number: the text it was first read from (as `fingerprint` reads it), and where in it. */
  private sources: string[] = [];
  private starts = new Int32Array(INITIAL_WORDS);
  private lengths = new Int32Array(INITIAL_WORDS);
  private hashes = new Int32Array(INITIAL_WORDS);
  /** By word number: its slot in `slots`, so `reset` clears only those. */
  private slotOf = new Int32Array(INITIAL_WORDS);
  /** Slot → word number + 1 (0: empty). Kept at most half full. */
  private slots = new Int32Array(2 * INITIAL_WORDS);
  private count = 0;

  /** Forget every word; false when the tables grew past what a pooled run keeps. */
  reset(): boolean {
    if (this.slots.length > MAX_POOLED_SLOTS) return false;
    for (let k = 0; k < this.count; k++) this.slots[this.slotOf[k]!] = 0;
    // Drop the references to the last run's texts, so a pooled run holds no article alive.
    this.sources.fill('', 0, this.count);
    this.count = 0;
    return true;
  }

  /** The number of the word lower[start, end) (capitals folded), counted from 0 in order of first appearance. */
  numberOf(lower: string, start: number, end: number, hash: number): number {
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const k = entry - 1;
      if (
        this.hashes[k] === (hash | 0) &&
        this.lengths[k] === end - start &&
        sameWord(this.sources[k]!, this.starts[k]!, lower, start, end)
      )
        return k;
      slot = (slot + 1) & mask;
    }
    const k = this.count++;
    if (k >= this.starts.length) this.growRows();
    if (this.count * 2 > this.slots.length) {
      this.grow(k);
      mask = this.slots.length - 1;
      slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.sources[k] = lower;
    this.starts[k] = start;
    this.lengths[k] = end - start;
    this.hashes[k] = hash | 0;
    this.slots[slot] = k + 1;
    this.slotOf[k] = slot;
    return k;
  }

  private growRows(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.hashes = grown(this.hashes, size);
    this.slotOf = grown(this.slotOf, size);
  }

  /** Doubles the slot table and places words 0 .. before - 1 again. */
  private grow(before: number): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < before; k++) {
      let slot = (this.hashes[k]! >>> 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
      this.slotOf[k] = slot;
    }
    this.slots = slots;
  }
}

/** Words a pooled table starts with room for (a long article's sentences hold a few thousand distinct words). */
const INITIAL_WORDS = 4096;
/** A run whose tables grew past this many slots (hostile input) is not kept for the next. */
const MAX_POOLED_SLOTS = 1 << 18;

/** A copy of `a` in a new array of `size` (>= a.length) elements. */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/** Whether word[at, at + end - start) and lower[start, end) are the same word once capitals are folded. */
function sameWord(word: string, at: number, lower: string, start: number, end: number): boolean {
  for (let i = start, j = at; i < end; i++, j++)
    if (foldUnit(word.charCodeAt(j)) !== foldUnit(lower.charCodeAt(i))) return false;
  return true;
}

/** An ASCII capital as its lower-case letter; any other code unit as it is. */
function foldUnit(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether `text.toLowerCase()` would only turn ASCII capitals into their letters at a unit: ASCII
 * and the general punctuation block (curly quotes, dashes, ellipsis: U+2000-U+206F holds no cased
 * character). A text of such units only is read as it is with capitals folded by `foldUnit`, with
 * no lower-cased copy: one curly quote makes a text two bytes a character, and lower-casing those
 * takes the runtime's Unicode path, for every text compared. A text with any other unit (accented
 * capitals, a Kelvin sign that lower-cases to "k", a dotted capital I that grows to two units) is
 * lower-cased.
 */
function foldsAsIs(c: number): boolean {
  return c < 128 || (c >= 0x2000 && c <= 0x206f);
}

/**
 * Numbers the adjacent word pairs of one comparison run, 0 up in order of first appearance, in an
 * open-addressing table of integer keys: a pair costs no allocation, and pair numbers index typed
 * arrays where sets and maps of pairs were most of the deduplication cost. A per-pair stamp says
 * which text (or comparison) last saw the pair, to keep each text's pairs distinct and to count
 * the pairs two texts share without a set. Reused from run to run like `WordIds`; stamps keep
 * counting up across runs, so a pair number reused by a later run never carries a live stamp.
 */
class PairIds {
  private firsts = new Int32Array(INITIAL_WORDS);
  private seconds = new Int32Array(INITIAL_WORDS);
  private slotOf = new Int32Array(INITIAL_WORDS);
  /** Slot → pair number + 1 (0: empty). Kept at most half full. */
  private slots = new Int32Array(2 * INITIAL_WORDS);
  /** Per pair: the last stamp it was marked with. */
  private stamps = new Int32Array(INITIAL_WORDS);
  private stamp = 0;
  count = 0;

  /** Forget every pair; false when the tables grew past what a pooled run keeps. */
  reset(): boolean {
    if (this.slots.length > MAX_POOLED_SLOTS) return false;
    for (let k = 0; k < this.count; k++) this.slots[this.slotOf[k]!] = 0;
    this.count = 0;
    return true;
  }

  private static hash(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
  }

  numberOf(first: number, second: number): number {
    let mask = this.slots.length - 1;
    let slot = PairIds.hash(first, second) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const k = entry - 1;
      if (this.firsts[k] === first && this.seconds[k] === second) return k;
      slot = (slot + 1) & mask;
    }
    const k = this.count++;
    if (k >= this.firsts.length) this.growRows();
    if (this.count * 2 > this.slots.length) {
      this.grow(k);
      mask = this.slots.length - 1;
      slot = PairIds.hash(first, second) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.firsts[k] = first;
    this.seconds[k] = second;
    this.slots[slot] = k + 1;
    this.slotOf[k] = slot;
    return k;
  }

  private growRows(): void {
    const size = this.firsts.length * 2;
    this.firsts = grown(this.firsts, size);
    this.seconds = grown(this.seconds, size);
    this.slotOf = grown(this.slotOf, size);
    this.stamps = grown(this.stamps, size);
  }

  /** Doubles the slot table and places pairs 0 .. before - 1 again. */
  private grow(before: number): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < before; k++) {
      let slot = PairIds.hash(this.firsts[k]!, this.seconds[k]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
      this.slotOf[k] = slot;
    }
    this.slots = slots;
  }

  /** A stamp no pair carries yet. */
  nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      // Counting starts again only once no pair carries any stamp.
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Marks a pair with a stamp; false when it already carried that stamp. */
  mark(pair: number, stamp: number): boolean {
    if (this.stamps[pair] === stamp) return false;
    this.stamps[pair] = stamp;
    return true;
  }

  isMarked(pair: number, stamp: number): boolean {
    return this.stamps[pair] === stamp;
  }
}

/** The word and pair numbering of one comparison run, and its texts' word and pair lists. */
interface Run {
  words: WordIds;
  pairs: PairIds;
  sequences: Int32Array;
  pairLists: Int32Array;
  /** How much of `sequences` and `pairLists` the fingerprints made so far fill. */
  sequencesUsed: number;
  pairListsUsed: number;
  /** dropNearDuplicates' index of pairs and its hit counts, kept with the run (see `indexRows`). */
  index: IndexRows | null;
}

/**
 * The rows dropNearDuplicates indexes a run's pairs with: per pair its posting count, first and
 * last entry; per entry its item and next entry; per item its hits. Kept with the pooled run and
 * grown as needed, rather than made per call.
 */
interface IndexRows {
  postingCount: Int32Array;
  postingHead: Int32Array;
  postingTail: Int32Array;
  entryItem: Int32Array;
  entryNext: Int32Array;
  hitCount: Int32Array;
  hitItems: Int32Array;
}

/** The run's index rows with room for its pairs, its entries (at most one per listed pair) and `items` items. */
function indexRows(run: Run, items: number): IndexRows {
  const pairs = Math.max(run.pairs.count, 1);
  const entries = Math.max(run.pairListsUsed, 1);
  let rows = run.index;
  if (!rows) {
    rows = {
      postingCount: new Int32Array(pairs),
      postingHead: new Int32Array(pairs),
      postingTail: new Int32Array(pairs),
      entryItem: new Int32Array(entries),
      entryNext: new Int32Array(entries),
      hitCount: new Int32Array(items),
      hitItems: new Int32Array(items),
    };
    run.index = rows;
  }
  if (rows.postingCount.length < pairs) {
    const size = Math.max(pairs, rows.postingCount.length * 2);
    rows.postingCount = new Int32Array(size);
    rows.postingHead = new Int32Array(size);
    rows.postingTail = new Int32Array(size);
  }
  if (rows.entryItem.length < entries) {
    const size = Math.max(entries, rows.entryItem.length * 2);
    rows.entryItem = new Int32Array(size);
    rows.entryNext = new Int32Array(size);
  }
  if (rows.hitCount.length < items) {
    const size = Math.max(items, rows.hitCount.length * 2);
    rows.hitCount = new Int32Array(size);
    rows.hitItems = new Int32Array(size);
  }
  return rows;
}

/**
 * The run a comparison uses, emptied: one kept between calls (cleaning and the summary compare
 * texts many times an article, and fresh tables each time were a good share of the pipeline's
 * garbage), or a new one when it is in use or was given back too big. Nothing of a finished run is
 * read again: `reset` empties the tables and the lists are written before they are read.
 */
let pooled: Run | null = null;

function acquireRun(): Run {
  const run = pooled;
  pooled = null;
  if (run) {
    run.sequencesUsed = 0;
    run.pairListsUsed = 0;
    return run;
  }
  return {
    words: new WordIds(),
    pairs: new PairIds(),
    sequences: new Int32Array(INITIAL_WORDS),
    pairLists: new Int32Array(INITIAL_WORDS),
    sequencesUsed: 0,
    pairListsUsed: 0,
    index: null,
  };
}

function releaseRun(run: Run): void {
  const small =
    run.sequences.length <= MAX_POOLED_SLOTS &&
    (run.index === null ||
      (run.index.entryItem.length <= MAX_POOLED_SLOTS && run.index.hitCount.length <= MAX_POOLED_SLOTS));
  if (run.words.reset() && run.pairs.reset() && small) pooled = run;
}

/** Room for `words` more words and pairs in the run's lists (lower-casing may lengthen a text). */
function ensureRoom(run: Run, words: number): void {
  const need = Math.max(run.sequencesUsed, run.pairListsUsed) + words;
  if (need <= run.sequences.length) return;
  run.sequences = grown(run.sequences, need * 2);
  run.pairLists = grown(run.pairLists, need * 2);
}

/**
 * The words of a text (lower-cased letters and digits, as `wordTokens` reads them) numbered, their
 * distinct adjacent pairs, and a hash of the whole sequence.
 */
function fingerprint(text: string, run: Run): Fingerprint {
  // Read as written, capitals folded unit by unit (see `foldsAsIs`); a text with a unit that only
  // lower-casing reads right is read again, lower-cased. No separate pass to decide first.
  return fingerprintOf(text, run, true) ?? fingerprintOf(text.toLowerCase(), run, false)!;
}

/**
 * The fingerprint of `lower`; with `asWritten`, null at the first unit `foldsAsIs` refuses. What
 * such a stopped read left behind is harmless: the words and pairs it numbered keep their numbers
 * (a number says only which reads are the same word or pair), the read after it takes a new stamp,
 * and the lists past the run's used part are written over.
 */
function fingerprintOf(lower: string, run: Run, asWritten: boolean): Fingerprint | null {
  ensureRoom(run, (lower.length + 1) >> 1);
  const sequences = run.sequences;
  const pairLists = run.pairLists;
  const sequenceAt = run.sequencesUsed;
  const pairsAt = run.pairListsUsed;
  let words = 0;
  let pairCount = 0;
  const stamp = run.pairs.nextStamp();
  let sequenceHash = 0;
  let previous = -1;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? foldUnit(lower.charCodeAt(i)) : -1;
    if (asWritten && c >= 128 && !foldsAsIs(c)) return null;
    if (c >= 0 && isWordUnit(c)) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ c, 0x01000193);
      continue;
    }
    if (start < 0) continue;
    const k = run.words.numberOf(lower, start, i, hash >>> 0);
    start = -1;
    sequences[sequenceAt + words++] = k;
    sequenceHash = (Math.imul(sequenceHash, 31) + k) | 0;
    const id = k % PAIR_BASE;
    if (previous >= 0) {
      const pair = run.pairs.numberOf(previous, id);
      if (run.pairs.mark(pair, stamp)) pairLists[pairsAt + pairCount++] = pair;
    }
    previous = id;
  }
  run.sequencesUsed += words;
  run.pairListsUsed += pairCount;
  return { words, sequenceAt, sequenceHash, pairsAt, pairCount };
}

function sameSequence(a: Fingerprint, b: Fingerprint, run: Run): boolean {
  if (a.words !== b.words || a.sequenceHash !== b.sequenceHash) return false;
  const sequences = run.sequences;
  for (let i = 0; i < a.words; i++)
    if (sequences[a.sequenceAt + i] !== sequences[b.sequenceAt + i]) return false;
  return true;
}

function shorterIsContained(
  a: Fingerprint,
  b: Fingerprint,
  shared: number,
  containment = CONTAINMENT,
): boolean {
  const smaller = Math.min(a.pairCount, b.pairCount);
  return smaller > 0 && shared / smaller >= containment;
}

/** How many pairs two fingerprints of one run share. */
function sharedPairs(a: Fingerprint, b: Fingerprint, run: Run): number {
  const stamp = run.pairs.nextStamp();
  const pairLists = run.pairLists;
  for (let k = b.pairsAt; k < b.pairsAt + b.pairCount; k++) run.pairs.mark(pairLists[k]!, stamp);
  let shared = 0;
  for (let k = a.pairsAt; k < a.pairsAt + a.pairCount; k++)
    if (run.pairs.isMarked(pairLists[k]!, stamp)) shared++;
  return shared;
}

/**
 * Whether one text (nearly) repeats the other: the same words, or one cut short or lightly edited.
 * `containment` is the share of the shorter text's word pairs the longer must hold.
 */
export function isNearDuplicate(a: string, b: string, containment = CONTAINMENT): boolean {
  const run = acquireRun();
  const fa = fingerprint(a, run);
  const fb = fingerprint(b, run);
  let near: boolean;
  if (sameSequence(fa, fb, run)) near = fa.words > 0;
  else if (Math.min(fa.words, fb.words) < MIN_WORDS) near = false;
  else near = shorterIsContained(fa, fb, sharedPairs(fa, fb, run), containment);
  releaseRun(run);
  return near;
}

/**
 * The fuller of two near-duplicates stays. A module function: a closure made per call is named at
 * run time under tsx, and dropNearDuplicates runs three times an article.
 */
function settlePair(prints: readonly Fingerprint[], keep: boolean[], i: number, j: number): void {
  if (prints[i]!.words > prints[j]!.words) keep[j] = false;
  else keep[i] = false;
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

/**
 * Drops repeated items, keeping the fuller version of each near-duplicate pair in its own position
 * (exact repeats keep the first). Scraped articles repeat their standfirst, captions and pull
 * quotes, sometimes cut short. Candidate pairs come from an index of word pairs that leaves out
 * the commonest pairs, and only the few best candidates of each item are compared in full, so the
 * cost grows linearly with the article's length whatever its wording.
 */
export function dropNearDuplicates<T>(items: T[], textOf: (item: T) => string, opts: DedupeOptions): T[] {
  if (items.length < 2) return items;
  const texts = items.map(textOf);
  const run = acquireRun();
  const prints = texts.map((text) => fingerprint(text, run));
  const keep = items.map(() => true);
  /** Items by the hash of their word sequence; the first with each exact sequence stands for it. */
  const byExact = new Map<number, number[]>();
  // The index of pairs: for each pair number a list of items (at most POSTING_CAP), kept as linked
  // entries in flat arrays, in the order they were added.
  // The rows are the run's, reused (see `indexRows`): counts are zeroed and heads emptied for this
  // run's pairs; tails and entries are written before they are read.
  const rows = indexRows(run, items.length);
  const postingCount = rows.postingCount.fill(0, 0, run.pairs.count);
  const postingHead = rows.postingHead.fill(-1, 0, run.pairs.count);
  const postingTail = rows.postingTail;
  const entryItem = rows.entryItem;
  const entryNext = rows.entryNext;
  let entries = 0;
  // Indexed pairs each earlier item shares with the current one, and the items in order of first hit.
  // hitItems[0, hits) are this item's; a count, not `length = 0`, empties it (setting an array's
  // length is a slow runtime call).
  const hitCount = rows.hitCount.fill(0, 0, items.length);
  const hitItems = rows.hitItems;
  let hits = 0;
  for (let i = 0; i < prints.length; i++) {
    const fp = prints[i]!;
    const bucket = byExact.get(fp.sequenceHash);
    const earlierExact = bucket?.some((j) => sameSequence(prints[j]!, fp, run)) ?? false;
    if (earlierExact && fp.words > 0 && (opts.exactShort || fp.words >= MIN_WORDS)) {
      keep[i] = false;
      continue;
    }
    if (!bucket) byExact.set(fp.sequenceHash, [i]);
    else if (!earlierExact) bucket.push(i);
    if (fp.words >= MIN_WORDS) {
      // Pairs left out of the index (too common) may still be shared: at most this many more.
      let unindexed = 0;
      for (let k = fp.pairsAt; k < fp.pairsAt + fp.pairCount; k++) {
        const p = run.pairLists[k]!;
        const count = postingCount[p]!;
        if (count === 0) continue;
        if (count >= POSTING_CAP) {
          unindexed++;
          continue;
        }
        for (let e = postingHead[p]!; e >= 0; e = entryNext[e]!) {
          const j = entryItem[e]!;
          if (hitCount[j] === 0) hitItems[hits++] = j;
          hitCount[j]!++;
        }
      }
      // Indexed pairs alone may already settle it; the rest could only get there through pairs
      // left out of the index, so only the few likeliest of them are compared in full.
      const maybe: Array<[number, number]> = [];
      for (let h = 0; h < hits; h++) {
        const j = hitItems[h]!;
        const count = hitCount[j]!;
        if (!keep[i]) break;
        if (!keep[j]) continue;
        if (shorterIsContained(fp, prints[j]!, count)) settlePair(prints, keep, i, j);
        else if (unindexed > 0 && shorterIsContained(fp, prints[j]!, count + unindexed))
          maybe.push([j, count]);
      }
      for (let h = 0; h < hits; h++) hitCount[hitItems[h]!] = 0;
      hits = 0;
      if (keep[i] && maybe.length > 0) {
        maybe.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        for (const [j] of maybe.slice(0, MAX_CANDIDATES)) {
          if (!keep[i]) break;
          if (keep[j] && shorterIsContained(fp, prints[j]!, sharedPairs(fp, prints[j]!, run)))
            settlePair(prints, keep, i, j);
        }
      }
      if (!keep[i]) continue;
      for (let k = fp.pairsAt; k < fp.pairsAt + fp.pairCount; k++) {
        const p = run.pairLists[k]!;
        const count = postingCount[p]!;
        if (count >= POSTING_CAP) continue;
        const e = entries++;
        entryItem[e] = i;
        entryNext[e] = -1;
        if (count === 0) postingHead[p] = e;
        else entryNext[postingTail[p]!] = e;
        postingTail[p] = e;
        postingCount[p] = count + 1;
      }
    }
  }
  releaseRun(run);
  return items.filter((_, i) => keep[i]);
}

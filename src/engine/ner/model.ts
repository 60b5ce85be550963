/**
 * Greedy decoding with a linear model over hashed features: each token takes the best-scoring
 * label the previous one allows (see labels.ts), left to right. Two passes over an article
 * (Ratinov and Roth 2009): the first with local features only, the second also seeing how the
 * first labelled the same words elsewhere in the article.
 */

import {
  documentFeatures,
  FeatureArena,
  historyFeatures,
  localFeatures,
  type SentenceFeatures,
  wordFeatures,
  wordIdGeneration,
} from './features.js';
import { allowed, type EntitySpan, LABEL_COUNT as LABELS_IMPORTED, spansOf } from './labels.js';

// A module-local copy: an imported binding is read through a getter under some loaders (tsx), and
// this one is read in the innermost loop.
const LABEL_COUNT = LABELS_IMPORTED;

/**
 * One weight table: `buckets` rows of LABEL_COUNT weights (row-major), buckets a power of two.
 * Int16 (shipped) weights must not change once decoded with: per-word sums of them are kept.
 */
export interface WeightTable {
  buckets: number;
  weights: Int16Array | Float32Array;
}

/** The shipped tagger: the local-only first pass and the document-aware second pass. */
export interface TaggerModel {
  first: WeightTable;
  second: WeightTable;
}

/** Allowed transitions, precomputed: ALLOWED[(prev + 1) * LABEL_COUNT + next]. */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = -1; p < LABEL_COUNT; p++)
  for (let n = 0; n < LABEL_COUNT; n++) ALLOWED[(p + 1) * LABEL_COUNT + n] = allowed(p, n) ? 1 : 0;

export function isAllowed(prev: number, next: number): boolean {
  return ALLOWED[(prev + 1) * LABEL_COUNT + next] === 1;
}

/** Add the weights of `features` into `scores` (length LABEL_COUNT). */
export function addScores(
  table: WeightTable,
  features: ArrayLike<number>,
  scores: Float64Array,
  from = 0,
  to = features.length,
): void {
  const mask = table.buckets - 1;
  const w = table.weights;
  // The hot loop of tagging and training: non-null assertions, no fallbacks (indices are in range by construction).
  for (let k = from; k < to; k++) {
    const row = (features[k]! & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += w[row + l]!;
  }
}

/**
 * `addScores` for shipped int16 weights into int32 scores: integer adds, no conversions. The sums
 * are exact either way (at most a few dozen features of at most 2^15), so labels are the same.
 */
function addIntScores(
  w: Int16Array,
  mask: number,
  features: ArrayLike<number>,
  scores: Int32Array,
  from: number,
  to: number,
): void {
  for (let k = from; k < to; k++) {
    const row = (features[k]! & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += w[row + l]!;
  }
}

/**
 * Per word (by its id in the feature cache), the sums of an int16 table's weights over the word's
 * own features (`wordFeatures`: word, affixes, shape, lexicon flags, bias), made on the word's first
 * scoring. Those are about half of a scored token's features, and news repeats its names, so most
 * tokens add one cached row instead of a dozen scattered ones. Integer sums: the same scores.
 */
interface WordSums {
  generation: number;
  /** Row `id` (LABEL_COUNT ints) is word id's sum once `filled[id]` is 1. */
  sums: Int32Array;
  filled: Uint8Array;
  /** How many features opening the word's run in SentenceFeatures.data the row stands for. */
  lengths: Uint8Array;
}

const wordSumsByTable = new WeakMap<Int16Array, WordSums>();
const INITIAL_WORDS = 4096;

function emptyWordSums(generation: number, words: number): WordSums {
  return {
    generation,
    sums: new Int32Array(words * LABEL_COUNT),
    filled: new Uint8Array(words),
    lengths: new Uint8Array(words),
  };
}

/** The table's word sums, emptied when the feature cache has reused word ids since they were made. */
function wordSumsOf(w: Int16Array): WordSums {
  const generation = wordIdGeneration();
  let cache = wordSumsByTable.get(w);
  if (!cache || cache.generation !== generation) {
    cache = emptyWordSums(generation, INITIAL_WORDS);
    wordSumsByTable.set(w, cache);
  }
  return cache;
}

/** Make sure word `id`'s row is filled (growing the arrays as needed); the row starts at id * LABEL_COUNT. */
function fillWordSum(cache: WordSums, w: Int16Array, mask: number, id: number): void {
  if (id >= cache.filled.length) {
    const grown = emptyWordSums(cache.generation, Math.max(id + 1, cache.filled.length * 2));
    grown.sums.set(cache.sums);
    grown.filled.set(cache.filled);
    grown.lengths.set(cache.lengths);
    Object.assign(cache, grown);
  }
  if (cache.filled[id] === 1) return;
  const features = wordFeatures(id);
  const sums = cache.sums;
  const at = id * LABEL_COUNT;
  for (let k = 0; k < features.length; k++) {
    const row = (features[k]! & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) sums[at + l]! += w[row + l]!;
  }
  cache.lengths[id] = features.length;
  cache.filled[id] = 1;
}

/**
 * One token's int scores from its static features, its document features (if any) and its history,
 * written into `scores`. The 17 sums live in locals and are stored once: the read-modify-write of
 * `scores[l]` per feature was the tagger's hottest line. Integer adds in the same order as
 * `addIntScores`, so the sums (and labels) are the same.
 */
function tokenIntScores(
  w: Int16Array,
  mask: number,
  data: Uint32Array,
  from: number,
  to: number,
  extra: Uint32Array | undefined,
  history: Uint32Array,
  scores: Int32Array,
  base: Int32Array,
  baseAt: number,
): void {
  let s0 = base[baseAt]!;
  let s1 = base[baseAt + 1]!;
  let s2 = base[baseAt + 2]!;
  let s3 = base[baseAt + 3]!;
  let s4 = base[baseAt + 4]!;
  let s5 = base[baseAt + 5]!;
  let s6 = base[baseAt + 6]!;
  let s7 = base[baseAt + 7]!;
  let s8 = base[baseAt + 8]!;
  let s9 = base[baseAt + 9]!;
  let s10 = base[baseAt + 10]!;
  let s11 = base[baseAt + 11]!;
  let s12 = base[baseAt + 12]!;
  let s13 = base[baseAt + 13]!;
  let s14 = base[baseAt + 14]!;
  let s15 = base[baseAt + 15]!;
  let s16 = base[baseAt + 16]!;
  for (let pass = 0; pass < 3; pass++) {
    const src = pass === 0 ? data : pass === 1 ? extra : history;
    if (!src) continue;
    const start = pass === 0 ? from : 0;
    const end = pass === 0 ? to : src.length;
    for (let k = start; k < end; k++) {
      const r = (src[k]! & mask) * 17;
      s0 += w[r + 0]!;
      s1 += w[r + 1]!;
      s2 += w[r + 2]!;
      s3 += w[r + 3]!;
      s4 += w[r + 4]!;
      s5 += w[r + 5]!;
      s6 += w[r + 6]!;
      s7 += w[r + 7]!;
      s8 += w[r + 8]!;
      s9 += w[r + 9]!;
      s10 += w[r + 10]!;
      s11 += w[r + 11]!;
      s12 += w[r + 12]!;
      s13 += w[r + 13]!;
      s14 += w[r + 14]!;
      s15 += w[r + 15]!;
      s16 += w[r + 16]!;
    }
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  scores[8] = s8;
  scores[9] = s9;
  scores[10] = s10;
  scores[11] = s11;
  scores[12] = s12;
  scores[13] = s13;
  scores[14] = s14;
  scores[15] = s15;
  scores[16] = s16;
}

/** The zero start of a token's sums when no per-word sum stands in for part of its features. */
const NO_BASE = new Int32Array(LABEL_COUNT);

/** The best label of all (ties to the lower id). */
export function bestLabel(scores: Float64Array): number {
  let best = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if ((scores[l] ?? 0) > (scores[best] ?? 0)) best = l;
  return best;
}

/** The best label `prev` allows (ties go to the lower label id, O first: deterministic). */
export function bestAllowed(scores: Float64Array | Int32Array, prev: number): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (!isAllowed(prev, l)) continue;
    const s = scores[l] ?? 0;
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

/** The label that closes a name on this token: B -> U, I -> L; others unchanged. */
function closed(label: number): number {
  if (label === 0) return 0;
  const prefix = (label - 1) % 4;
  if (prefix === 0) return label + 3;
  if (prefix === 1) return label + 1;
  return label;
}

/** A name still open at the sentence end is closed on its last token. */
function closeOpenName(labels: Uint8Array): void {
  const n = labels.length;
  if (n > 0) labels[n - 1] = closed(labels[n - 1] ?? 0);
}

/**
 * Scratch rows of decodeSentence, reused: they never leave it (labels are read out of them before
 * the next token), and a fresh set per sentence was a share of the tagger's garbage.
 */
const INT_SCORES = new Int32Array(LABEL_COUNT);
const FLOAT_SCORES = new Float64Array(LABEL_COUNT);
const HISTORY = new Uint32Array(3);

/**
 * Greedy labels of one sentence, given each token's static features (local, plus document ones if
 * any), written into `into` when given (n bytes; every one is written) or a new array.
 */
export function decodeSentence(
  table: WeightTable,
  local: SentenceFeatures,
  extra?: readonly Uint32Array[],
  into?: Uint8Array,
): Uint8Array {
  const n = local.lowerHashes.length;
  const labels = into ?? new Uint8Array(n);
  const w = table.weights;
  const ints = w instanceof Int16Array ? w : null;
  const mask = table.buckets - 1;
  const scores = ints ? INT_SCORES : FLOAT_SCORES;
  const history = HISTORY;
  // Per-word sums need the sentence's word ids to be current (see SentenceFeatures.generation).
  const cache =
    ints && LABEL_COUNT === 17 && local.generation === wordIdGeneration() ? wordSumsOf(ints) : null;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    if (local.skip[i] === 1 && isAllowed(prev, 0)) {
      // Lower-case prose outside a name: O, unscored (see SentenceFeatures.skip).
      labels[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    scores.fill(0);
    const e = extra?.[i];
    historyFeatures(prev, prev2, local.lowerHashes[i]!, history);
    const from = local.offsets[i]!;
    const to = local.offsets[i + 1]!;
    if (cache && ints && to > from) {
      // The run opens with the word's own features (none only for far-from-capital words in a name).
      const id = local.words[i]!;
      fillWordSum(cache, ints, mask, id);
      const own = cache.lengths[id]!;
      tokenIntScores(
        ints,
        mask,
        local.data,
        from + own,
        to,
        e,
        history,
        scores as Int32Array,
        cache.sums,
        id * 17,
      );
    } else if (ints && LABEL_COUNT === 17) {
      tokenIntScores(ints, mask, local.data, from, to, e, history, scores as Int32Array, NO_BASE, 0);
    } else if (ints) {
      const sc = scores as Int32Array;
      addIntScores(ints, mask, local.data, sc, local.offsets[i]!, local.offsets[i + 1]!);
      if (e) addIntScores(ints, mask, e, sc, 0, e.length);
      addIntScores(ints, mask, history, sc, 0, 3);
    } else {
      const sc = scores as Float64Array;
      addScores(table, local.data, sc, local.offsets[i]!, local.offsets[i + 1]!);
      if (e) addScores(table, e, sc);
      addScores(table, history, sc);
    }
    let label = bestAllowed(scores, prev);
    if (prev > 0 && !isAllowed(prev, 0)) {
      // Inside a name the constraint only allows I or L; when the model would rather end the name
      // here (O, B or U scores higher), close it on the previous token instead of dragging the
      // next words in ("Anna In March").
      const free = bestAllowed(scores, -1);
      if ((scores[free] ?? 0) > (scores[label] ?? 0)) {
        labels[i - 1] = closed(prev);
        label = free;
      }
    }
    labels[i] = label;
    prev2 = prev;
    prev = label;
  }
  closeOpenName(labels);
  return labels;
}

const arena = new FeatureArena();

/** Labels of every sentence of an article, first and second pass. */
export function tagLabels(model: TaggerModel, doc: readonly (readonly string[])[]): Uint8Array[] {
  // The features stay inside this call, so the shared arena holds them (see FeatureArena).
  arena.reset();
  const local = doc.map((tokens) => localFeatures(tokens, arena));
  // The first pass's labels only feed documentFeatures here, so the arena holds them too.
  const first = local.map((f) =>
    decodeSentence(model.first, f, undefined, arena.takeBytes(f.lowerHashes.length)),
  );
  const nonLocal = documentFeatures(doc, first, local);
  return local.map((f, s) => decodeSentence(model.second, f, nonLocal[s]));
}

/** Typed name spans of every sentence of an article (sentences as token lists). */
export function tagDocument(model: TaggerModel, doc: readonly (readonly string[])[]): EntitySpan[][] {
  return tagLabels(model, doc).map(spansOf);
}

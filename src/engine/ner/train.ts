/**
 * Training of the name tagger: a greedy averaged perceptron (Collins 2002; Ratinov and Roth 2009).
 * Pure and deterministic: sentence order comes from a seeded generator, ties break by label id,
 * and the same sentences give the same weights bit for bit. The corpus reader and the command
 * that writes models/ner/ live in tools/train/ner.ts.
 */

import { documentFeatures, historyFeatures, localFeatures, type SentenceFeatures } from './features.js';
import { LABEL_COUNT as LABELS_IMPORTED } from './labels.js';
import {
  addScores,
  bestLabel,
  decodeSentence,
  isAllowed,
  type TaggerModel,
  type WeightTable,
} from './model.js';

/** A gold-labelled sentence (BILOU label ids, see labels.ts). */
export interface GoldSentence {
  tokens: string[];
  labels: Uint8Array;
}

export interface TrainOptions {
  /** Hash buckets, a power of two. */
  buckets: number;
  epochs: number;
  seed: number;
  /** Share of sentences added again in capitals, and again in lower case, so both still tag. */
  upperShare: number;
  lowerShare: number;
  /** Folds for the first pass's labels on the training text, which the second pass learns from. */
  folds: number;
  /**
   * Independent runs, each with its own seeds (shuffles, case copies, folds), whose weights are
   * averaged. One run's F1 on eng.testa swings by about half a point with the seed alone; the
   * average of a few is steadier and better than a typical single run, at no cost in tagging.
   */
  runs: number;
  log?: (line: string) => void;
}

// A module-local copy: imported bindings can be getters under tsx, and this is read per update.
const LABEL_COUNT = LABELS_IMPORTED;

/** mulberry32: a small seeded generator, so shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Example {
  tokens: readonly string[];
  gold: Uint8Array;
  local: SentenceFeatures;
  extra?: Uint32Array[] | undefined;
}

/** Averaged perceptron over examples; returns the averaged weights. */
export function trainTable(
  examples: readonly Example[],
  opts: Pick<TrainOptions, 'buckets' | 'epochs' | 'seed' | 'log'>,
): WeightTable {
  const size = opts.buckets * LABEL_COUNT;
  const table: WeightTable = { buckets: opts.buckets, weights: new Float32Array(size) };
  const w = table.weights;
  // Lazy averaging: `acc` holds the sum of step * update, so the average is w - acc / steps.
  const acc = new Float64Array(size);
  const mask = opts.buckets - 1;
  const random = seededRandom(opts.seed);
  const scores = new Float64Array(LABEL_COUNT);
  const history = new Uint32Array(3);
  let step = 1;
  const update = (
    features: ArrayLike<number>,
    gold: number,
    guess: number,
    from = 0,
    to = features.length,
  ) => {
    for (let k = from; k < to; k++) {
      const row = ((features[k] ?? 0) & mask) * LABEL_COUNT;
      w[row + gold]! += 1;
      acc[row + gold]! += step;
      w[row + guess]! -= 1;
      acc[row + guess]! -= step;
    }
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let errors = 0;
    let tokens = 0;
    for (const index of shuffled(examples.length, random)) {
      const ex = examples[index]!;
      let prev = -1;
      let prev2 = -1;
      for (let i = 0; i < ex.tokens.length; i++) {
        const { data, offsets } = ex.local;
        if (ex.local.skip[i] === 1 && isAllowed(prev, 0)) {
          // Decoding labels these O unscored; training does the same, so both see one model.
          prev2 = prev;
          prev = 0;
          continue;
        }
        const from = offsets[i]!;
        const to = offsets[i + 1]!;
        const extra = ex.extra?.[i];
        historyFeatures(prev, prev2, ex.local.lowerHashes[i]!, history);
        scores.fill(0);
        addScores(table, data, scores, from, to);
        if (extra) addScores(table, extra, scores);
        addScores(table, history, scores);
        // Unconstrained: the model must learn from the history features that a name goes on after
        // B and I, so that at decoding time its wish to close a name can be trusted (model.ts).
        const guess = bestLabel(scores);
        const gold = ex.gold[i] ?? 0;
        if (guess !== gold) {
          errors++;
          update(data, gold, guess, from, to);
          if (extra) update(extra, gold, guess);
          update(history, gold, guess);
        }
        step++;
        tokens++;
        prev2 = prev;
        // Learn from its own history, as it will decode: the guess, not the gold label.
        prev = guess;
      }
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} errors in ${tokens} tokens`);
  }
  const averaged = new Float32Array(size);
  for (let k = 0; k < size; k++) averaged[k] = (w[k] ?? 0) - (acc[k] ?? 0) / step;
  return { buckets: opts.buckets, weights: averaged };
}

function recase(tokens: readonly string[], how: 'upper' | 'lower'): string[] {
  return tokens.map((t) => (how === 'upper' ? t.toUpperCase() : t.toLowerCase()));
}

/** Seeds of run k lie far apart, so no two runs share a shuffle, case copy or fold seed. */
const RUN_SEED_STRIDE = 1000;

/** The element-wise mean of tables of one size. */
function meanTable(tables: readonly WeightTable[]): WeightTable {
  const first = tables[0]!;
  const weights = new Float32Array(first.weights.length);
  for (const t of tables) for (let k = 0; k < weights.length; k++) weights[k]! += t.weights[k]!;
  for (let k = 0; k < weights.length; k++) weights[k]! /= tables.length;
  return { buckets: first.buckets, weights };
}

/**
 * Train both passes `opts.runs` times with different seeds and average each pass's weights (a
 * perceptron's weights are a sum, so their mean is a model of the same form and size).
 */
export function trainTagger(docs: readonly (readonly GoldSentence[])[], opts: TrainOptions): TaggerModel {
  const models: TaggerModel[] = [];
  for (let run = 0; run < opts.runs; run++) {
    const log = opts.log ?? (() => {});
    models.push(
      trainOneRun(docs, {
        ...opts,
        seed: opts.seed + run * RUN_SEED_STRIDE,
        log: (l) => log(opts.runs > 1 ? `run ${run + 1}/${opts.runs} ${l}` : l),
      }),
    );
  }
  if (models.length === 1) return models[0]!;
  return { first: meanTable(models.map((m) => m.first)), second: meanTable(models.map((m) => m.second)) };
}

/**
 * Train both passes from documents of gold sentences. The second pass learns from first-pass
 * labels it could really see: each training document's are predicted by a first pass trained on
 * the other folds (jackknifing), not by one that has already learnt that document.
 */
function trainOneRun(docs: readonly (readonly GoldSentence[])[], opts: TrainOptions): TaggerModel {
  const log = opts.log ?? (() => {});
  const random = seededRandom(opts.seed ^ 0x5eed);
  const base: Example[][] = docs.map((doc) =>
    doc.map((s) => ({ tokens: s.tokens, gold: s.labels, local: localFeatures(s.tokens) })),
  );
  // Case copies, chosen once by the seeded generator; each keeps its document's second-pass features.
  const copies: { doc: number; sentence: number; example: Example }[] = [];
  base.forEach((doc, d) => {
    doc.forEach((ex, s) => {
      const r = random();
      const how = r < opts.upperShare ? 'upper' : r < opts.upperShare + opts.lowerShare ? 'lower' : null;
      if (!how) return;
      const tokens = recase(ex.tokens, how);
      copies.push({ doc: d, sentence: s, example: { tokens, gold: ex.gold, local: localFeatures(tokens) } });
    });
  });
  const flat = (ds: Example[][]) => [
    ...ds.flat(),
    ...copies.filter((c) => ds.includes(base[c.doc]!)).map((c) => c.example),
  ];
  log(
    `first pass on ${base.length} documents, ${flat(base).length} sentences (${copies.length} case copies)`,
  );
  const first = trainTable(flat(base), { ...opts, log: (l) => log(`first pass ${l}`) });
  // Jackknifed first-pass labels for the training documents.
  const firstLabels: Uint8Array[][] = base.map(() => []);
  for (let fold = 0; fold < opts.folds; fold++) {
    const held = base.map((_, d) => d % opts.folds === fold);
    const rest = base.filter((_, d) => !held[d]);
    const table = trainTable(flat(rest), {
      ...opts,
      seed: opts.seed + fold + 1,
      log: (l) => log(`fold ${fold + 1} ${l}`),
    });
    base.forEach((doc, d) => {
      if (held[d]) firstLabels[d] = doc.map((ex) => decodeSentence(table, ex.local));
    });
  }
  base.forEach((doc, d) => {
    const extra = documentFeatures(
      doc.map((ex) => ex.tokens),
      firstLabels[d] ?? [],
      doc.map((ex) => ex.local),
    );
    doc.forEach((ex, s) => {
      ex.extra = extra[s];
    });
  });
  for (const c of copies) c.example.extra = base[c.doc]?.[c.sentence]?.extra;
  const second = trainTable(flat(base), {
    ...opts,
    seed: opts.seed + 101,
    log: (l) => log(`second pass ${l}`),
  });
  return { first, second };
}

/** Weights as int16 with one scale per table: a quarter of the float64 size, and enough precision to keep every decision. */
export function quantise(table: WeightTable): { weights: Int16Array; scale: number } {
  let max = 0;
  for (const v of table.weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const weights = new Int16Array(table.weights.length);
  for (let k = 0; k < weights.length; k++) weights[k] = Math.round((table.weights[k] ?? 0) * scale);
  return { weights, scale };
}

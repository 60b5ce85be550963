import type { Features } from './features.js';

/**
 * Fitting the answer scorer: a log-linear model over each question's candidates (a softmax, as
 * in the feature-based logistic regression of Rajpurkar et al. 2016), trained by stochastic
 * gradient ascent on the log-probability of the correct candidates, with L2 shrinkage and
 * averaged weights. Deterministic: questions are visited in a fixed pseudo-random order from a
 * fixed seed, so the same data always gives the same weights.
 */

export interface RankingExample {
  candidates: Features[];
  /** Indexes of the candidates that are right (at least one). */
  positives: number[];
}

export interface FitOptions {
  epochs: number;
  /** Initial step size; it decays as 1 / (1 + epoch). */
  rate: number;
  /** L2 shrinkage per step. */
  l2: number;
  seed: number;
}

export const DEFAULT_FIT: FitOptions = { epochs: 8, rate: 0.1, l2: 1e-5, seed: 12 };

export type Weights = Map<string, number>;

/** Each features object's score under each weights object, while the trainer keeps them (see memoiseDots). */
let dots: WeakMap<Features, Map<ReadonlyMap<string, number>, number>> | null = null;

/**
 * On while the trainer asks the same questions again and again with a handful of fixed weights
 * (src/qa/gather-memo.ts keeps their features): each score is then computed once. Off in Herald
 * itself, where every question's features are new.
 */
export function memoiseDots(on: boolean): void {
  dots = on ? new WeakMap() : null;
}

export function dot(weights: ReadonlyMap<string, number>, f: Features): number {
  let byWeights = dots?.get(f);
  const kept = byWeights?.get(weights);
  if (kept !== undefined) return kept;
  let s = 0;
  for (const [name, value] of f) s += (weights.get(name) ?? 0) * value;
  if (dots) {
    if (!byWeights) {
      byWeights = new Map();
      dots.set(f, byWeights);
    }
    byWeights.set(weights, s);
  }
  return s;
}

/** Softmax probabilities of a list of scores. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** A small linear congruential generator: the same seed gives the same visiting order everywhere. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A candidate's features as parallel arrays of interned name ids and values, in the Map's order. */
interface Packed {
  ids: Int32Array;
  values: Float64Array;
}

/**
 * The fit below reads each candidate's features eight epochs over and looked every name up in a
 * Map at each read; the trainer fits twelve scorers of eight rankers each, so the names are
 * interned once per fit and the weights kept in typed arrays. Every sum runs in the order the Map
 * version ran it (features in their Map order, weights in first-touched order), so the weights
 * are the same to the last bit (test/qa.model.test.ts checks this against the Map version).
 */
function packAll(examples: readonly RankingExample[]): { names: string[]; packed: Packed[][] } {
  const names: string[] = [];
  const idOf = new Map<string, number>();
  const packed = examples.map((ex) =>
    ex.candidates.map((f) => {
      const ids = new Int32Array(f.size);
      const values = new Float64Array(f.size);
      let k = 0;
      for (const [name, value] of f) {
        let id = idOf.get(name);
        if (id === undefined) {
          id = names.length;
          idOf.set(name, id);
          names.push(name);
        }
        ids[k] = id;
        values[k] = value;
        k++;
      }
      return { ids, values };
    }),
  );
  return { names, packed };
}

export function fitRanker(examples: readonly RankingExample[], options: FitOptions = DEFAULT_FIT): Weights {
  const { names, packed } = packAll(examples);
  const n = names.length;
  const w = new Float64Array(n);
  // Averaging: the sum of every step's weights, kept lazily (the standard averaged-perceptron trick).
  const total = new Float64Array(n);
  const stamp = new Float64Array(n);
  // Names in the order they first got a weight: the order the returned Map keeps them in.
  const inWeights = new Uint8Array(n);
  const weightOrder: number[] = [];
  // This step's gradient: its names in first-seen order, and whether each is in it yet.
  const grad = new Float64Array(n);
  const inGrad = new Uint8Array(n);
  const gradOrder: number[] = [];
  let step = 0;
  const touch = (id: number) => {
    total[id] = total[id]! + w[id]! * (step - stamp[id]!);
    stamp[id] = step;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const i of shuffled(examples.length, options.seed + epoch)) {
      const ex = examples[i]!;
      if (ex.candidates.length < 2 || ex.positives.length === 0) continue;
      const candidates = packed[i]!;
      const probs = softmax(
        candidates.map(({ ids, values }) => {
          let s = 0;
          for (let k = 0; k < ids.length; k++) s += w[ids[k]!]! * values[k]!;
          return s;
        }),
      );
      const positive = new Set(ex.positives);
      const pMass = ex.positives.reduce((a, k) => a + (probs[k] ?? 0), 0);
      // Gradient of log Σ_pos p: E[f | positive] − E[f].
      candidates.forEach(({ ids, values }, k) => {
        const p = probs[k] ?? 0;
        const coef = (positive.has(k) ? p / Math.max(pMass, 1e-12) : 0) - p;
        if (Math.abs(coef) < 1e-9) return;
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j]!;
          if (!inGrad[id]) {
            inGrad[id] = 1;
            gradOrder.push(id);
          }
          grad[id] = grad[id]! + coef * values[j]!;
        }
      });
      step++;
      for (const id of gradOrder) {
        touch(id);
        if (!inWeights[id]) {
          inWeights[id] = 1;
          weightOrder.push(id);
        }
        w[id] = w[id]! * (1 - rate * options.l2) + rate * grad[id]!;
        grad[id] = 0;
        inGrad[id] = 0;
      }
      gradOrder.length = 0;
    }
  }
  const averaged = new Map<string, number>();
  for (const id of weightOrder) {
    touch(id);
    const mean = total[id]! / Math.max(1, step);
    if (Math.abs(mean) > 1e-6) averaged.set(names[id]!, mean);
  }
  return averaged;
}

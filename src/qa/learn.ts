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

export function dot(weights: ReadonlyMap<string, number>, f: Features): number {
  let s = 0;
  for (const [name, value] of f) s += (weights.get(name) ?? 0) * value;
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

export function fitRanker(examples: readonly RankingExample[], options: FitOptions = DEFAULT_FIT): Weights {
  const w = new Map<string, number>();
  // Averaging: the sum of every step's weights, kept lazily (the standard averaged-perceptron trick).
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const touch = (name: string) => {
    const last = stamp.get(name) ?? 0;
    total.set(name, (total.get(name) ?? 0) + (w.get(name) ?? 0) * (step - last));
    stamp.set(name, step);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const i of shuffled(examples.length, options.seed + epoch)) {
      const ex = examples[i]!;
      if (ex.candidates.length < 2 || ex.positives.length === 0) continue;
      const probs = softmax(ex.candidates.map((f) => dot(w, f)));
      const positive = new Set(ex.positives);
      const pMass = ex.positives.reduce((a, k) => a + (probs[k] ?? 0), 0);
      // Gradient of log Σ_pos p: E[f | positive] − E[f].
      const grad = new Map<string, number>();
      ex.candidates.forEach((f, k) => {
        const p = probs[k] ?? 0;
        const coef = (positive.has(k) ? p / Math.max(pMass, 1e-12) : 0) - p;
        if (Math.abs(coef) < 1e-9) return;
        for (const [name, value] of f) grad.set(name, (grad.get(name) ?? 0) + coef * value);
      });
      step++;
      for (const [name, g] of grad) {
        touch(name);
        const old = w.get(name) ?? 0;
        w.set(name, old * (1 - rate * options.l2) + rate * g);
      }
    }
  }
  const averaged = new Map<string, number>();
  for (const name of w.keys()) {
    touch(name);
    const mean = (total.get(name) ?? 0) / Math.max(1, step);
    if (Math.abs(mean) > 1e-6) averaged.set(name, mean);
  }
  return averaged;
}

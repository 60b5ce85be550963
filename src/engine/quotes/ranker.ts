/**
 * The speaker ranker: a log-linear model over a quote's candidate speakers. Each candidate is a
 * bag of string features (how it was reached, where it stands, what kind of speaker it is); the
 * score is the sum of the features' weights and the quote goes to the highest-scoring candidate.
 * Training maximises the softmax probability of the right candidates (several may be right: the
 * same person reached by two routes), by plain stochastic gradient ascent in a fixed order, so the
 * same examples give the same weights bit for bit.
 */

/** A quote's candidates, each a list of feature names. */
export interface RankingExample {
  candidates: string[][];
  /** Indices of the candidates that are the right speaker (at least one). */
  gold: number[];
}

export interface TrainOptions {
  epochs: number;
  /** Step size at the first epoch; it decays as 1 / (1 + epoch). */
  rate: number;
  /** L2 penalty per step, applied to the weights a step touches (lazy, so training stays linear). */
  l2: number;
  /**
   * Starting weights, and the values the L2 penalty pulls toward: a prior belief, such as trust in
   * the hand-written rule cascade's pick, that the data must outweigh to overturn.
   */
  prior?: Readonly<Record<string, number>>;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, rate: 0.2, l2: 1e-4 };

export class SpeakerRanker {
  constructor(readonly weights: ReadonlyMap<string, number>) {}

  score(features: readonly string[]): number {
    let sum = 0;
    for (const f of features) sum += this.weights.get(f) ?? 0;
    return sum;
  }

  /** Index of the best candidate; ties go to the earlier one, so candidate order is a stable tie-break. */
  best(candidates: readonly (readonly string[])[]): number {
    let best = -1;
    let top = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      const s = this.score(candidates[i]!);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }
}

/** Fits weights to the examples (see the module comment). Deterministic: no randomness, fixed order. */
export function trainRanker(
  examples: readonly RankingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): SpeakerRanker {
  const prior = new Map(Object.entries(options.prior ?? {}));
  const weights = new Map(prior);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const example of examples) {
      if (example.gold.length === 0 || example.candidates.length < 2) continue;
      const scores = example.candidates.map((c) => c.reduce((s, f) => s + (weights.get(f) ?? 0), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const goldMass = example.gold.reduce((a, g) => a + (exp[g] ?? 0), 0);
      // Gradient of log(sum of gold probabilities): each gold candidate's share of the gold mass,
      // minus each candidate's share of the whole.
      const step = new Map<string, number>();
      example.candidates.forEach((features, i) => {
        const target = example.gold.includes(i) ? (exp[i] ?? 0) / goldMass : 0;
        const delta = target - (exp[i] ?? 0) / total;
        if (delta === 0) return;
        for (const f of features) step.set(f, (step.get(f) ?? 0) + delta);
      });
      for (const [f, g] of step) {
        const w = weights.get(f) ?? 0;
        const p = prior.get(f) ?? 0;
        weights.set(f, w - rate * options.l2 * (w - p) + rate * g);
      }
    }
  }
  return new SpeakerRanker(weights);
}

/** Weights as a sorted, rounded object: the committed file is byte-stable and diffs read well. */
export function serialiseWeights(ranker: SpeakerRanker): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...ranker.weights.keys()].sort()) {
    const w = Math.round((ranker.weights.get(f) ?? 0) * 1e6) / 1e6;
    if (w !== 0) out[f] = w;
  }
  return out;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dot, fitRanker, type RankingExample, softmax } from '../src/qa/learn.js';
import {
  MODEL_DIR,
  modelFrom,
  QaWeightsSchema,
  qaModel,
  serialiseModel,
  WEIGHTS_FILE,
} from '../src/qa/model.js';
import { sha256File } from '../tools/train/manifest.js';

/** The shipped answer scorer and the code that fits it. */

describe('the shipped model', () => {
  it('loads, validates, and its manifest records the weights it ships', () => {
    const model = qaModel();
    expect(model.weights.size).toBeGreaterThan(50);
    expect(model.settings.sentences).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(path.join(MODEL_DIR, 'manifest.json'), 'utf8')) as {
      weights_sha256: string;
      training_data: Array<{ file: string; sha256: string }>;
      settings: unknown;
    };
    expect(manifest.weights_sha256).toBe(sha256File(WEIGHTS_FILE));
    expect(manifest.training_data[0]?.file).toBe('qa/xquad.en.json');
    expect(manifest.settings).toEqual(model.settings);
  });

  it('serialises back to the same bytes (retraining on the same data reproduces the file)', () => {
    const file = readFileSync(WEIGHTS_FILE, 'utf8');
    const parsed = QaWeightsSchema.parse(JSON.parse(file));
    // The answerable classifier too, when the trainer kept one.
    expect(serialiseModel(modelFrom(parsed))).toBe(file);
  });

  it('prefers a person of the asked kind near the question words over a date', () => {
    const { weights } = qaModel();
    const person = new Map([
      ['kind=person|type=person', 1],
      ['dist≤1', 1],
    ]);
    const date = new Map([
      ['kind=date|type=person', 1],
      ['dist>15', 1],
    ]);
    expect(dot(weights, person)).toBeGreaterThan(dot(weights, date));
  });
});

/** A fixture: the right candidate is the one with feature "near", never the one with "far". */
function fixture(): RankingExample[] {
  const out: RankingExample[] = [];
  for (let i = 0; i < 40; i++) {
    const candidates = [
      new Map([
        ['far', 1],
        ['long', i % 3],
      ]),
      new Map([
        ['near', 1],
        ['long', (i + 1) % 3],
      ]),
      new Map([['far', 1]]),
    ];
    // The right one moves around so position can't be what is learned.
    const rot = i % 3;
    const rotated = [...candidates.slice(rot), ...candidates.slice(0, rot)];
    out.push({ candidates: rotated, positives: [rotated.findIndex((c) => c.has('near'))] });
  }
  return out;
}

describe('fitRanker', () => {
  it('a tiny training run learns the fixture: the telling feature gets weight, the misleading one loses it', () => {
    const weights = fitRanker(fixture(), { epochs: 5, rate: 0.5, l2: 0, seed: 3 });
    expect(weights.get('near') ?? 0).toBeGreaterThan(0.5);
    expect(weights.get('far') ?? 0).toBeLessThan(0);
    for (const ex of fixture()) {
      const scores = ex.candidates.map((f) => dot(weights, f));
      expect(scores.indexOf(Math.max(...scores))).toBe(ex.positives[0]);
    }
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    const a = fitRanker(fixture(), { epochs: 3, rate: 0.3, l2: 1e-4, seed: 7 });
    const b = fitRanker(fixture(), { epochs: 3, rate: 0.3, l2: 1e-4, seed: 7 });
    expect([...a]).toEqual([...b]);
  });

  it('gives the very weights, in the very order, of the plain Map-based fit it replaced', () => {
    // A denser invented set than the fixture: many names, shared and rare, varied values.
    const examples: RankingExample[] = [];
    let state = 17;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let i = 0; i < 60; i++) {
      const candidates = Array.from(
        { length: 2 + (i % 5) },
        () =>
          new Map(
            Array.from({ length: 1 + Math.floor(next() * 6) }, () => [
              `f${Math.floor(next() * 40)}`,
              Math.round(next() * 8) / 4 - 0.5,
            ]),
          ),
      );
      examples.push({ candidates, positives: i % 7 === 0 ? [] : [i % candidates.length] });
    }
    const options = { epochs: 4, rate: 0.2, l2: 1e-3, seed: 5 };
    expect([...fitRanker(examples, options)]).toEqual([...mapFit(examples, options)]);
  });

  it('softmax gives probabilities that sum to one, largest for the largest score', () => {
    const p = softmax([2, 0, -1]);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
    expect(p[0]).toBeGreaterThan(p[1]!);
  });
});

/** The fit as it was written before names were interned: the reference the fast one must equal. */
function mapFit(
  examples: readonly RankingExample[],
  options: { epochs: number; rate: number; l2: number; seed: number },
): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const touch = (name: string) => {
    const last = stamp.get(name) ?? 0;
    total.set(name, (total.get(name) ?? 0) + (w.get(name) ?? 0) * (step - last));
    stamp.set(name, step);
  };
  const order = (n: number, seed: number) => {
    const out = Array.from({ length: n }, (_, i) => i);
    let s = seed >>> 0 || 1;
    for (let i = n - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const i of order(examples.length, options.seed + epoch)) {
      const ex = examples[i]!;
      if (ex.candidates.length < 2 || ex.positives.length === 0) continue;
      const probs = softmax(ex.candidates.map((f) => dot(w, f)));
      const positive = new Set(ex.positives);
      const pMass = ex.positives.reduce((a, k) => a + (probs[k] ?? 0), 0);
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

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

  it('softmax gives probabilities that sum to one, largest for the largest score', () => {
    const p = softmax([2, 0, -1]);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
    expect(p[0]).toBeGreaterThan(p[1]!);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Answerable, AnswerableSchema } from './answerable.js';

/**
 * The shipped answer scorer (models/qa/weights.json, written by `npm run train qa`): feature
 * weights plus the settings chosen on news-dev (how many sentences to read candidates from, and
 * the bars below which Herald says it can't find the answer). Loaded once, lazily, from beside
 * the code, never from the network.
 */

export const QaSettingsSchema = z.object({
  /** Best-covered sentences whose candidates are scored. */
  sentences: z.number().int().positive(),
  /** Below this share of the question's words, a sentence is not the answer's source. */
  minCoverage: z.number().min(0).max(1),
  /** Below this probability the best candidate is not offered as the answer. */
  minProbability: z.number().min(0).max(1),
  /**
   * The probability bar for open questions ("what ...", no kind of answer named): they have many
   * more candidates, so their best one's share of the probability is smaller. Absent: minProbability.
   */
  minProbabilityOpen: z.number().min(0).max(1).optional(),
  /**
   * The coverage bar for questions only one kind of phrase answers ("when": a date, "how many": a
   * number): the kind filter already vouches for the phrase, so the sentence may say less of the
   * question ("How many pupils..." answered by "sent home 120 pupils who..."). Absent: minCoverage.
   */
  minCoverageTyped: z.number().min(0).max(1).optional(),
  /** Below this share of the question's name words in the evidence, the sentence is about someone else. */
  minNames: z.number().min(0).max(1),
});
export type QaSettings = z.infer<typeof QaSettingsSchema>;

export const QaWeightsSchema = z.object({
  version: z.literal(1),
  settings: QaSettingsSchema,
  weights: z.record(z.string(), z.number()),
  /** The "is this reply right" classifier, when the trainer found it beat the bars (answerable.ts). */
  answerable: AnswerableSchema.optional(),
});
export type QaWeightsFile = z.infer<typeof QaWeightsSchema>;

export interface QaModel {
  settings: QaSettings;
  weights: Map<string, number>;
  answerable?: Answerable;
}

export const MODEL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/qa');
export const WEIGHTS_FILE = path.join(MODEL_DIR, 'weights.json');

export function modelFrom(file: QaWeightsFile): QaModel {
  const model: QaModel = { settings: file.settings, weights: new Map(Object.entries(file.weights)) };
  if (file.answerable) model.answerable = file.answerable;
  return model;
}

/** Weights as stable JSON: keys sorted, values rounded, so retraining reproduces the file byte for byte. */
export function serialiseModel(model: QaModel): string {
  const weights: Record<string, number> = {};
  for (const name of [...model.weights.keys()].sort()) {
    weights[name] = Math.round((model.weights.get(name) ?? 0) * 1e6) / 1e6;
  }
  // Settings in the schema's key order, as a parsed file gives them back.
  const settings = QaSettingsSchema.parse(model.settings);
  // Without a classifier the file is exactly what it was before there was one.
  const answerable = model.answerable && {
    bar: model.answerable.bar,
    weights: Object.fromEntries(
      Object.keys(model.answerable.weights)
        .sort()
        .map((name) => [name, Math.round((model.answerable?.weights[name] ?? 0) * 1e6) / 1e6]),
    ),
  };
  return `${JSON.stringify({ version: 1, settings, weights, ...(answerable ? { answerable } : {}) }, null, 1)}\n`;
}

let loaded: QaModel | null = null;

/** The shipped model; a clear error when the weights are missing or malformed. */
export function qaModel(): QaModel {
  if (loaded) return loaded;
  if (!existsSync(WEIGHTS_FILE)) {
    throw new Error(`The answer scorer's weights are missing (${WEIGHTS_FILE}); run \`npm run train qa\`.`);
  }
  loaded = modelFrom(QaWeightsSchema.parse(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8'))));
  return loaded;
}

/** For tests and the trainer: answer with these weights instead of the shipped ones (null restores them). */
export function useQaModel(model: QaModel | null): void {
  loaded = model;
}

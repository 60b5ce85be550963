/**
 * The shipped weights (models/ner/, written by `npm run train ner`), loaded once on first use.
 * Read relative to this file, not the working directory, so Herald finds them wherever it runs.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { FEATURE_VERSION, useGivenNames } from './features.js';
import { LABELS } from './labels.js';
import type { TaggerModel } from './model.js';

export const MODEL_DIR = fileURLToPath(new URL('../../../models/ner/', import.meta.url));

export const NerManifestSchema = z.object({
  name: z.literal('ner'),
  format: z.object({
    file: z.string(),
    buckets: z
      .number()
      .int()
      .positive()
      .refine((n) => (n & (n - 1)) === 0, 'buckets must be a power of two'),
    labels: z.array(z.string()),
    givenNames: z.string(),
  }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  featureVersion: z.number().int(),
});
export type NerManifest = z.infer<typeof NerManifestSchema>;

export function readManifest(dir = MODEL_DIR): NerManifest {
  return NerManifestSchema.parse(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')));
}

/**
 * Read and check the model: labels and feature version must be the ones this code computes. Installs
 * the model's given-name list for feature extraction.
 */
export function loadModel(dir = MODEL_DIR): TaggerModel {
  const manifest = readManifest(dir);
  if (manifest.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `models/ner was trained on feature version ${manifest.featureVersion}, this code computes ${FEATURE_VERSION}: run npm run train ner`,
    );
  if (manifest.format.labels.join(' ') !== LABELS.join(' '))
    throw new Error('models/ner has other labels than src/engine/ner/labels.ts: run npm run train ner');
  useGivenNames(readFileSync(`${dir}${manifest.format.givenNames}`, 'utf8').split('\n').filter(Boolean));
  const raw = gunzipSync(readFileSync(`${dir}${manifest.format.file}`));
  const size = manifest.format.buckets * LABELS.length;
  if (raw.byteLength !== 4 * size)
    throw new Error(`models/ner/${manifest.format.file} holds ${raw.byteLength} bytes, expected ${4 * size}`);
  // Copy into an aligned buffer: the gunzipped one may start at an odd offset inside Node's pool.
  const all = new Int16Array(2 * size);
  new Uint8Array(all.buffer).set(raw);
  return {
    first: { buckets: manifest.format.buckets, weights: all.subarray(0, size) },
    second: { buckets: manifest.format.buckets, weights: all.subarray(size) },
  };
}

let shipped: TaggerModel | null = null;

/** The shipped model, loaded on first call and kept. */
export function nerModel(): TaggerModel {
  shipped ??= loadModel();
  return shipped;
}

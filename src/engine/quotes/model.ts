import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SpeakerRanker } from './ranker.js';

/**
 * The shipped speaker ranker: `models/speakers/weights.json`, trained by `npm run train speakers`
 * (tools/train/speakers.ts). Read once, on first use, from beside the code (never the working
 * directory), with no network.
 */
export const SPEAKER_WEIGHTS_URL = new URL('../../../models/speakers/weights.json', import.meta.url);

const WeightsFile = z.object({
  model: z.literal('speaker-ranker'),
  version: z.number().int().positive(),
  weights: z.record(z.string(), z.number().finite()),
});

let cached: SpeakerRanker | null | undefined;

/** The shipped ranker, or null when the weights file is absent (the rule cascade then decides alone). */
export function shippedSpeakerRanker(): SpeakerRanker | null {
  if (cached !== undefined) return cached;
  const file = fileURLToPath(SPEAKER_WEIGHTS_URL);
  cached = existsSync(file) ? rankerFromJson(readFileSync(file, 'utf8')) : null;
  return cached;
}

export function rankerFromJson(json: string): SpeakerRanker {
  const parsed = WeightsFile.parse(JSON.parse(json));
  return new SpeakerRanker(new Map(Object.entries(parsed.weights)));
}

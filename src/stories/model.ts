import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PAIR_FEATURES } from './pair.js';

/**
 * The same-story scorer: logistic regression over `PAIR_FEATURES`, fitted by
 * `npm run train stories` (tools/train/stories.ts) and shipped as `models/stories/weights.json`.
 * An article joins its most probable candidate story when the probability reaches `threshold`.
 */
export const STORY_WEIGHTS_URL = new URL('../../models/stories/weights.json', import.meta.url);

export const StoryModelSchema = z.object({
  model: z.literal('story-pair'),
  version: z.literal(1),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number().finite()),
});
export type StoryModelFile = z.infer<typeof StoryModelSchema>;

export class StoryScorer {
  private readonly weights: number[];

  constructor(
    file: StoryModelFile,
    /** Probability at or above which an article joins a story. */
    readonly threshold = file.threshold,
  ) {
    // Every feature must have its weight: a file from another feature set would score nonsense.
    this.weights = PAIR_FEATURES.map((name) => {
      const w = file.weights[name];
      if (w === undefined) throw new Error(`story model: no weight for feature "${name}"`);
      return w;
    });
  }

  probability(features: readonly number[]): number {
    let z = 0;
    for (let i = 0; i < this.weights.length; i++) z += (this.weights[i] as number) * (features[i] ?? 0);
    return 1 / (1 + Math.exp(-z));
  }
}

let cached: StoryScorer | undefined;

/** The shipped scorer, read once from beside the code (never the working directory). */
export function shippedStoryScorer(): StoryScorer {
  if (cached) return cached;
  const file = fileURLToPath(STORY_WEIGHTS_URL);
  if (!existsSync(file))
    throw new Error(`story model missing: ${file} (rebuild it with npm run train stories)`);
  cached = new StoryScorer(StoryModelSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  return cached;
}

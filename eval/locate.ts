import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the shared evaluation data lives: HERALD_EVAL_DIR, else ../shared/eval beside the checkout.
 * Returns null when it is absent (a user's clone has no shared data).
 */
export function locateEvalDir(cwd = process.cwd()): string | null {
  const candidates = [process.env.HERALD_EVAL_DIR, path.resolve(cwd, '../shared/eval')].filter(
    (d): d is string => Boolean(d),
  );
  return candidates.find((d) => existsSync(d)) ?? null;
}

export const EVAL_DIR_MISSING =
  'No evaluation data found: expected ../shared/eval beside the checkout, or set HERALD_EVAL_DIR to the folder holding seed.gold.json, cnndm-dev.jsonl, conll2003/, timeml/, ggt-quotes.json and polnear-dev.json.';

/**
 * Where the shared training data lives, for eval tasks that score questions on training articles
 * never trained on: HERALD_TRAIN_DIR, else `train` beside the evaluation folder. Null when absent.
 */
export function locateTrainDir(evalDir: string): string | null {
  const candidates = [process.env.HERALD_TRAIN_DIR, path.resolve(evalDir, '../train')].filter(
    (d): d is string => Boolean(d),
  );
  return candidates.find((d) => existsSync(d)) ?? null;
}

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeModelIndex } from './index.js';
import type { Trainer } from './trainer.js';

/**
 * `npm run train [name...]`: fit every model Herald ships (or the named ones) from the public
 * training splits in ../shared/train, choosing settings on ../shared/eval, and write the weights
 * and manifests under models/. Each trainer is a module in this folder exporting `trainer`.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

function locate(envName: string, fallback: string): string | null {
  const candidates = [process.env[envName], path.resolve(repoRoot, fallback)].filter((d): d is string =>
    Boolean(d),
  );
  return candidates.find((d) => existsSync(d)) ?? null;
}

async function loadTrainers(only: string[]): Promise<Trainer[]> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !['main.ts', 'trainer.ts', 'index.ts', 'manifest.ts'].includes(f))
    .sort();
  const trainers: Trainer[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { trainer?: Trainer };
    if (mod.trainer && (only.length === 0 || only.includes(mod.trainer.name))) trainers.push(mod.trainer);
  }
  return trainers;
}

async function main(args: string[]): Promise<number> {
  const trainDir = locate('HERALD_TRAIN_DIR', '../shared/train');
  if (!trainDir) {
    console.error(
      'No training data found: expected ../shared/train beside the checkout, or set HERALD_TRAIN_DIR. ' +
        'The committed weights in models/ work without it; training is only needed to rebuild them.',
    );
    return 2;
  }
  const evalDir = locate('HERALD_EVAL_DIR', '../shared/eval');
  const trainers = await loadTrainers(args);
  if (trainers.length === 0) {
    console.error(
      args.length > 0 ? `No trainer named ${args.join(', ')}.` : 'No trainers found in tools/train/.',
    );
    return 2;
  }
  const modelsDir = path.join(repoRoot, 'models');
  for (const t of trainers) {
    const missing = t.needs.filter((f) => !existsSync(path.join(trainDir, f)));
    if (missing.length > 0) {
      console.error(`${t.name}: skipped, missing ${missing.join(', ')} in ${trainDir}`);
      continue;
    }
    const started = performance.now();
    const log = (line: string) => process.stderr.write(`${t.name}: ${line}\n`);
    await t.train({ trainDir, evalDir, modelsDir, log });
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  writeModelIndex(modelsDir);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

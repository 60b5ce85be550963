import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256File } from './manifest.js';

/**
 * `models/manifest.json`: one index of every model Herald ships, in one shape, built from each
 * model's own manifest (which keeps the detail: labels, grids, options). For each model: the
 * command that rebuilds it, the training data by file and hash, the feature set, the dev scores
 * it was chosen by, and every shipped file with its hash. `npm run train` rewrites it after the
 * trainers run; `test/models.manifest.test.ts` checks it against the files.
 */
type Json = Record<string, unknown>;

interface IndexEntry {
  name: string;
  command: string;
  data: { file: string; sha256: string }[];
  features: unknown;
  dev: unknown;
  files: { file: string; bytes: number; sha256: string }[];
}

const get = (m: Json, key: string): Json => (m[key] ?? {}) as Json;

/** Each trainer names its fields its own way; these read them into the common shape. */
const readers: Record<string, (m: Json) => Omit<IndexEntry, 'name' | 'files'>> = {
  ner: (m) => ({
    command: get(m, 'training').command as string,
    data: get(m, 'training').data as IndexEntry['data'],
    features: m.features,
    dev: m.dev,
  }),
  speakers: (m) => ({
    command: m.command as string,
    data: get(m, 'training').data as IndexEntry['data'],
    features: m.features,
    dev: get(m, 'scores').dev,
  }),
  qa: (m) => ({
    command: m.command as string,
    data: m.training_data as IndexEntry['data'],
    features: m.features,
    dev: get(m, 'scores').news_dev,
  }),
  stories: (m) => ({
    command: m.command as string,
    data: get(m, 'training').data as IndexEntry['data'],
    features: m.features,
    dev: m.dev,
  }),
  heads: (m) => ({
    command: m.command as string,
    data: get(m, 'training').data as IndexEntry['data'],
    features: m.selection,
    // A word list has no score of its own: it is judged through the people it takes away.
    dev: { split: 'dev', measure: 'scored through news-dev people and CoNLL testa PER in `npm run eval`' },
  }),
  roles: (m) => ({
    command: m.command as string,
    data: get(m, 'source').files as IndexEntry['data'],
    features: m.selection,
    // A word list has no score of its own: it is judged through the role reader that uses it.
    dev: { split: 'dev', measure: 'scored through news-dev roles right in `npm run eval news-dev`' },
  }),
};

export function buildModelIndex(modelsDir: string): { models: IndexEntry[] } {
  const names = readdirSync(modelsDir)
    .filter((n) => statSync(path.join(modelsDir, n)).isDirectory())
    .sort();
  const models = names.map((name): IndexEntry => {
    const dir = path.join(modelsDir, name);
    const read = readers[name];
    if (!read) throw new Error(`models/${name}: no reader in tools/train/index.ts for its manifest`);
    const own = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Json;
    const files = readdirSync(dir)
      .filter((f) => f !== 'manifest.json')
      .sort()
      .map((file) => ({
        file: `${name}/${file}`,
        bytes: statSync(path.join(dir, file)).size,
        sha256: sha256File(path.join(dir, file)),
      }));
    return { name, ...read(own), files };
  });
  return { models };
}

export function writeModelIndex(modelsDir: string): void {
  writeFileSync(
    path.join(modelsDir, 'manifest.json'),
    `${JSON.stringify(buildModelIndex(modelsDir), null, 2)}\n`,
  );
}

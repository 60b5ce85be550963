import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildModelIndex } from '../tools/train/index.js';

const modelsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../models');
const committed = JSON.parse(readFileSync(path.join(modelsDir, 'manifest.json'), 'utf8'));

describe('models/manifest.json, the index of every shipped model', () => {
  it('given the committed model files, the index matches them hash for hash (rebuilt by npm run train)', () => {
    expect(committed).toEqual(buildModelIndex(modelsDir));
  });

  it('names for each model the command, the training data by hash, the features and the dev scores', () => {
    const names = committed.models.map((m: { name: string }) => m.name);
    expect(names).toEqual(['heads', 'ner', 'qa', 'roles', 'speakers', 'stories']);
    for (const m of committed.models) {
      expect(m.command).toBe(`npm run train ${m.name}`);
      expect(m.data.length).toBeGreaterThan(0);
      for (const d of m.data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(m.features).toBeTruthy();
      expect(JSON.stringify(m.dev)).toMatch(/dev/);
      expect(m.files.length).toBeGreaterThan(0);
    }
  });
});

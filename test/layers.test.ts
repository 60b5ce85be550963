import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleSet = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs'));

async function violations(baseDir: string, dirs: string[]): Promise<string[]> {
  const result: IReporterOutput = await cruise(dirs, {
    baseDir,
    validate: true,
    ruleSet: { forbidden: ruleSet.forbidden },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, got a report');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('layer rules (.dependency-cruiser.cjs, run by npm test)', () => {
  it('given an engine module that imports a platform and two modules that import each other, both are reported', async () => {
    const found = await violations(path.join(root, 'test/fixtures/layers'), ['src']);
    expect(found).toContain('engine-is-pure: src/engine/leaky.ts -> src/platforms/chat.ts');
    expect(found).toContain('layer-0-imports-upward: src/engine/leaky.ts -> src/platforms/chat.ts');
    expect(found.some((v) => v.startsWith('no-circular: src/store/a.ts'))).toBe(true);
  });

  it('given the real tree, no rule is broken', async () => {
    expect(await violations(root, ['src', 'commands', 'tools'])).toEqual([]);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { rankSelfTime, shortFile } from '../bench/hotspots.js';

/** An invented profile: a root calling a tokenizer and a tagger, with idle and GC samples. */
const profile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, callFrame: { functionName: 'tagWords', url: 'file:///repo/src/engine/tagger.ts' } },
    { id: 3, callFrame: { functionName: 'splitWords', url: 'file:///repo/src/engine/words.ts' } },
    { id: 4, callFrame: { functionName: '', url: 'file:///repo/src/engine/tagger.ts' } },
    { id: 5, callFrame: { functionName: '(idle)', url: '' } },
    { id: 6, callFrame: { functionName: '(garbage collector)', url: '' } },
  ],
  samples: [2, 2, 3, 4, 5, 5, 6, 2],
  timeDeltas: [100, 100, 320, 50, 1000, 1000, 25, 100],
};

describe('rankSelfTime', () => {
  it('given samples on several frames, ranks functions by summed self time and leaves idle out of the total', () => {
    const spots = rankSelfTime(profile);
    expect(spots.totalMicros).toBe(695);
    expect(spots.functions.map((f) => [f.name, f.micros])).toEqual([
      ['splitWords', 320],
      ['tagWords', 300],
      ['(anonymous)', 50],
      ['(garbage collector)', 25],
    ]);
  });

  it('given two functions in one file, sums them into that file', () => {
    const spots = rankSelfTime(profile);
    expect(spots.files[0]).toEqual({ file: 'src/engine/tagger.ts', micros: 350 });
    expect(spots.files.find((f) => f.file === 'src/engine/words.ts')?.micros).toBe(320);
  });

  it('given something that is not a CPU profile, throws rather than ranking nothing', () => {
    expect(() => rankSelfTime({ samples: [1] })).toThrow();
  });
});

describe('shortFile', () => {
  it('given file URLs inside and outside the source tree, keeps the path from src/ or node_modules/', () => {
    expect(shortFile('file:///home/x/herald/src/engine/summary.ts')).toBe('src/engine/summary.ts');
    expect(shortFile('file:///home/x/herald/node_modules/compromise/src/three.js')).toBe(
      'node_modules/compromise/src/three.js',
    );
    expect(shortFile('node:internal/modules/esm/hooks')).toBe('node:internal/modules/esm/hooks');
  });
});

import { Session } from 'node:inspector/promises';
import { z } from 'zod';
import { parseArticle } from '../src/engine/pipeline.js';
import type { BenchSection } from './section.js';

/**
 * Where the pipeline's time goes: one pass over the corpus under V8's sampling profiler, self time
 * ranked by function and by source file. The throughput table says how fast the whole is; this one
 * says which stage to read first, and it follows the code as stages change (no stage list to keep).
 */

/** The parts of a V8 CPU profile (Profiler.stop) this reads; validated, as it crosses a process API. */
const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
    }),
  ),
  samples: z.array(z.number()).default([]),
  timeDeltas: z.array(z.number()).default([]),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

export interface SelfTime {
  /** Function name (`(anonymous)` for arrows), or a V8 pseudo-frame such as `(garbage collector)`. */
  name: string;
  /** Source file relative to the repository (`src/engine/...`), `node:...`, or '' for V8 frames. */
  file: string;
  micros: number;
}

export interface Hotspots {
  functions: SelfTime[];
  files: Array<{ file: string; micros: number }>;
  /** Sampled time, idle excluded: the denominator of every share. */
  totalMicros: number;
}

/** A profile's URL as a path from the repository root (`src/engine/x.ts`), so rows stay short. */
export function shortFile(url: string): string {
  const at = url.search(/\/(?:src|bench|node_modules)\//);
  if (at >= 0)
    return url.slice(at + 1).replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'node_modules/');
  return url.replace(/^file:\/\//, '');
}

/**
 * Self time per function and per file. Samples are attributed to the frame on top of the stack;
 * idle samples (the process waiting) are left out, garbage collection stays in (the pipeline's
 * allocations cause it).
 */
export function rankSelfTime(raw: unknown): Hotspots {
  const profile = CpuProfileSchema.parse(raw);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, SelfTime>();
  const byFile = new Map<string, number>();
  let totalMicros = 0;
  profile.samples.forEach((id, k) => {
    const node = nodeById.get(id);
    const micros = profile.timeDeltas[k] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const name = node.callFrame.functionName || '(anonymous)';
    const file = shortFile(node.callFrame.url);
    const key = `${name}\u0000${file}`;
    const entry = byFunction.get(key) ?? { name, file, micros: 0 };
    entry.micros += micros;
    byFunction.set(key, entry);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
    totalMicros += micros;
  });
  const functions = [...byFunction.values()].sort((a, b) => b.micros - a.micros);
  const files = [...byFile].map(([file, micros]) => ({ file, micros })).sort((a, b) => b.micros - a.micros);
  return { functions, files, totalMicros };
}

/** Rows shown: enough to cover the stages worth reading, few enough to read. */
const TOP_FUNCTIONS = 25;
const TOP_FILES = 12;
/** Sampling interval in microseconds: fine enough for ~10k samples per MB of news. */
const SAMPLE_MICROS = 250;

function percent(part: number, whole: number): string {
  return whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0';
}

export const hotspotsSection: BenchSection = {
  name: 'hotspots',
  async run(ctx) {
    // Warm-up outside the profile: model loading and the first compilations are not steady state.
    for (const article of ctx.articles.slice(0, 10)) parseArticle(article);
    const session = new Session();
    session.connect();
    try {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_MICROS });
      await session.post('Profiler.start');
      for (const article of ctx.articles) parseArticle(article);
      const { profile } = await session.post('Profiler.stop');
      const spots = rankSelfTime(profile);
      ctx.note(`hotspots: ${(spots.totalMicros / 1e6).toFixed(1)} s sampled`);
      return {
        columns: ['function', 'file', 'self %', 'self ms'],
        rows: spots.functions
          .slice(0, TOP_FUNCTIONS)
          .map((f) => [f.name, f.file, percent(f.micros, spots.totalMicros), (f.micros / 1000).toFixed(0)]),
        footnote:
          'Self time by file: ' +
          spots.files
            .slice(0, TOP_FILES)
            .map((f) => `${f.file || '(V8)'} ${percent(f.micros, spots.totalMicros)}%`)
            .join(', ') +
          '. Sampled wall time of the parse pass, idle left out: on a shared machine shares hold, totals do not.',
      };
    } finally {
      session.disconnect();
    }
  },
};

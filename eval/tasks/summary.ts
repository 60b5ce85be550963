import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Doc } from '../../src/engine/doc.js';
import { prepareDoc } from '../../src/engine/pipeline.js';
import { summarize } from '../../src/engine/summary.js';
import { meanRouge, type RougeScores, rouge } from '../rouge.js';
import type { EvalRow, EvalTask } from '../task.js';

const CnnDmLine = z.object({ id: z.string(), article: z.string(), reference: z.string() });

const SUMMARY_SENTENCES = 3;
const FOLDS = 2;
/** The summary runs on every article, so it must not be the pipeline's bottleneck. */
const MIN_MB_PER_SECOND = 10;
/** Timing passes over the corpus: one pass of 125 articles is too short to time steadily. */
const TIMING_PASSES = 10;

function toDoc(article: string): Doc {
  return prepareDoc({ text: article, title: '' });
}

/**
 * Fold of an article from a fixed hash (32-bit FNV-1a) of its id, so the split never changes
 * between runs and does not follow the file's order.
 */
export function foldOf(id: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}

interface Scored {
  fold: number;
  herald: RougeScores;
  lead: RougeScores;
}

const METRICS: [label: string, key: keyof RougeScores][] = [
  ['ROUGE-1', 'rouge1'],
  ['ROUGE-2', 'rouge2'],
  ['ROUGE-Lsum', 'rougeLsum'],
];

function compare(scored: Scored[], label: string, gated: ReadonlySet<keyof RougeScores>): EvalRow[] {
  const h = meanRouge(scored.map((s) => s.herald));
  const l = meanRouge(scored.map((s) => s.lead));
  return METRICS.map(([metric, key]) => ({
    task: 'summary',
    metric: `cnndm-dev (dev) ${metric} ${label}(n=${scored.length})`,
    value: h[key].toFixed(2),
    target: `> lead-3 ${l[key].toFixed(2)}`,
    ...(gated.has(key) ? { pass: h[key] > l[key] } : {}),
  }));
}

/**
 * Herald's extractive summary against lead-3 (the first three sentences after the same cleaning)
 * on CNN/DailyMail articles. The articles carry no separate title, so none is given: the first
 * line is body text there.
 *
 * Herald's summary is clean lead-3 (the first sentences that stand on their own, two once they
 * pass a word budget), because a scorer that moved away from the lead won here and lost to lead-3
 * on unseen articles. Its few constants were chosen while looking at these same articles, so a gain
 * on the full set alone could be fitted noise. The table therefore also scores each half of a fixed
 * two-way split on its own: a change is worth keeping only when it beats lead-3 on both halves.
 * Passes when Herald beats lead-3 on every full-set metric, on ROUGE-1 and ROUGE-Lsum in each
 * half, and the summary stage runs at 10 MB/s or more.
 */
export const task: EvalTask = {
  name: 'summary',
  needs: ['cnndm-dev.jsonl'],
  async run(evalDir) {
    const lines = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    const items = lines.map((line) => {
      const item = CnnDmLine.parse(JSON.parse(line));
      const reference = item.reference
        .split(' . ')
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        fold: foldOf(item.id, FOLDS),
        doc: toDoc(item.article),
        reference,
        bytes: Buffer.byteLength(item.article),
      };
    });

    const scored: Scored[] = items.map(({ fold, doc, reference }) => ({
      fold,
      herald: rouge(summarize(doc, { sentences: SUMMARY_SENTENCES }).summary, reference),
      lead: rouge(doc.sentences.slice(0, SUMMARY_SENTENCES), reference),
    }));

    // CPU time, like the entity stage's figure: what else the machine runs does not count against it.
    const before = process.cpuUsage();
    for (let pass = 0; pass < TIMING_PASSES; pass++) {
      for (const { doc } of items) summarize(doc, { sentences: SUMMARY_SENTENCES });
    }
    const used = process.cpuUsage(before);
    const seconds = (used.user + used.system) / 1e6;
    const megabytes = (TIMING_PASSES * items.reduce((n, i) => n + i.bytes, 0)) / 1e6;
    const speed = megabytes / seconds;

    const rows = compare(scored, '', new Set(['rouge1', 'rouge2', 'rougeLsum']));
    for (let fold = 0; fold < FOLDS; fold++) {
      const half = scored.filter((s) => s.fold === fold);
      rows.push(...compare(half, `fold ${fold + 1}/${FOLDS} `, new Set(['rouge1', 'rougeLsum'])));
    }
    rows.push({
      task: 'summary',
      metric: 'summary stage speed (MB/s of raw cnndm-dev (dev) article, CPU time)',
      value: speed.toFixed(1),
      target: `≥ ${MIN_MB_PER_SECOND}`,
      pass: speed >= MIN_MB_PER_SECOND,
    });
    return rows;
  },
};

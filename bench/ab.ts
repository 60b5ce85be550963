import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { ArticleInput, ParsedArticle } from '../src/engine/schema.js';

/**
 * Base against new for speed work, both pipelines in one process: `node --import tsx bench/ab.ts
 * BASE_TREE NEW_TREE [PASSES]` (each tree a checkout of Herald, e.g. `git archive` of a commit with
 * node_modules linked) parses cnndm-dev article by article with both, alternating which goes first,
 * and counts each side's CPU time over PASSES passes after three warm ones.
 *
 * On the shared machine one process cannot tell a few percent: the pipeline loaded second runs
 * about 4% slower than the same code loaded first (an A/A run of one tree against a copy of itself
 * read 1.042). So the tool runs two processes, one per load order, and reports
 * sqrt(ratio with new loaded second / ratio with base loaded second): the load-order bias is in
 * both ratios, once each way, and cancels.
 */

const LineSchema = z.object({ id: z.string(), article: z.string() });
type Parse = (input: ArticleInput) => ParsedArticle;

async function pipelineOf(tree: string): Promise<Parse> {
  const url = pathToFileURL(path.resolve(tree, 'src/engine/pipeline.ts')).href;
  return ((await import(url)) as { parseArticle: Parse }).parseArticle;
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** One process: FIRST loaded first. Prints a JSON line { second/first total CPU, medians in ms, outputs equal }. */
async function child(first: string, second: string, passes: number): Promise<void> {
  const evalDir = process.env.HERALD_EVAL_DIR ?? '../shared/eval';
  const articles = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ text: LineSchema.parse(JSON.parse(l)).article }));
  const parse = [await pipelineOf(first), await pipelineOf(second)];
  const totals: [number[], number[]] = [[], []];
  let differ = 0;
  const warm = 3;
  for (let p = 0; p < warm + passes; p++) {
    const pass = [0, 0];
    for (const [i, article] of articles.entries()) {
      const out: string[] = [];
      for (const side of (i + p) % 2 === 0 ? [0, 1] : [1, 0]) {
        const started = cpuMicros();
        const parsed = parse[side]!(article);
        pass[side]! += cpuMicros() - started;
        if (p === 0) out[side] = JSON.stringify(parsed);
      }
      if (p === 0 && out[0] !== out[1]) differ++;
    }
    if (p >= warm) {
      totals[0].push(pass[0]!);
      totals[1].push(pass[1]!);
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      ratio: sum(totals[1]) / sum(totals[0]),
      firstMs: median(totals[0]) / 1000,
      secondMs: median(totals[1]) / 1000,
      differ,
    }),
  );
}

const ChildSchema = z.object({
  ratio: z.number(),
  firstMs: z.number(),
  secondMs: z.number(),
  differ: z.number(),
});

/** One child process, FIRST loaded first; the two orders run side by side, sharing the machine's load. */
async function runChild(first: string, second: string, passes: number): Promise<z.infer<typeof ChildSchema>> {
  const script = new URL(import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, '--child', first, second, String(passes)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return ChildSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    await child(argv[1]!, argv[2]!, Number(argv[3]));
    return 0;
  }
  const [base, fresh, passesText = '8'] = argv;
  if (!base || !fresh) {
    console.error('usage: ab.ts BASE_TREE NEW_TREE [PASSES]');
    return 2;
  }
  const passes = Number(passesText);
  const [newSecond, baseSecond] = await Promise.all([
    runChild(base, fresh, passes),
    runChild(fresh, base, passes),
  ]);
  const ratio = Math.sqrt(newSecond.ratio / baseSecond.ratio);
  console.log(
    `new loaded second: new/base CPU ${newSecond.ratio.toFixed(3)} (median pass ${newSecond.firstMs.toFixed(0)} / ` +
      `${newSecond.secondMs.toFixed(0)} ms); base loaded second: base/new ${baseSecond.ratio.toFixed(3)} ` +
      `(median pass ${baseSecond.firstMs.toFixed(0)} / ${baseSecond.secondMs.toFixed(0)} ms)`,
  );
  console.log(`new/base CPU, load order cancelled: ${ratio.toFixed(3)}`);
  if (newSecond.differ + baseSecond.differ > 0)
    console.log(`OUTPUT DIFFERS on ${newSecond.differ} articles (parity broken)`);
  return newSecond.differ + baseSecond.differ > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));

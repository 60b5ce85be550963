import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readCorpus, repeatToVolume } from './corpus.js';
import type { BenchTable } from './section.js';
import { benchSections } from './sections.js';
import { EVAL_DIR_MISSING, locateEvalDir } from '../eval/locate.js';
import { commandFlags } from '../src/cli/flags.js';

const USAGE = `Usage: npm run bench -- [--min-mb N] [--only SECTION]

Runs the benchmark sections (${benchSections.map((s) => s.name).join(', ')}) over cnndm-dev.jsonl from
the evaluation data, repeated to at least --min-mb megabytes (default 2). Needs ../shared/eval or HERALD_EVAL_DIR.`;

const FlagsSchema = z.object({
  'min-mb': z.coerce.number().positive().max(1024).default(2),
  only: z.string().optional(),
  help: z.boolean().default(false),
});

function printTable(title: string, table: BenchTable): void {
  const widths = table.columns.map((c, i) =>
    Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(table.columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.rows) console.log(line(row));
  if (table.footnote) console.log(table.footnote);
}

/** `npm run bench`: throughput and memory figures, one table per section. */
export async function runBench(args: string[]): Promise<number> {
  const flags = commandFlags(
    'bench',
    args,
    { 'min-mb': { type: 'string' }, only: { type: 'string' } },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  const only = flags.values.only;
  const sections = benchSections.filter((s) => !only || s.name === only);
  if (sections.length === 0) {
    console.error(
      `npm run bench: no section named "${only}" (have ${benchSections.map((s) => s.name).join(', ')}).`,
    );
    return 2;
  }
  const evalDir = locateEvalDir();
  const corpusFile = evalDir ? path.join(evalDir, 'cnndm-dev.jsonl') : null;
  if (!corpusFile || !existsSync(corpusFile)) {
    console.error(evalDir ? `No cnndm-dev.jsonl in ${evalDir}; the benchmark needs it.` : EVAL_DIR_MISSING);
    return 2;
  }
  const corpus = repeatToVolume(await readCorpus(corpusFile), flags.values['min-mb'] * 1024 * 1024);
  const note = (line: string) => process.stderr.write(`${line}\n`);
  for (const section of sections) {
    printTable(section.name, await section.run({ ...corpus, note }));
  }
  return 0;
}

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EVAL_DIR_MISSING, locateEvalDir } from './locate.js';
import type { EvalRow, EvalTask } from './task.js';

const tasksDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tasks');

async function loadTasks(only: string[]): Promise<EvalTask[]> {
  const files = readdirSync(tasksDir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const tasks: EvalTask[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(tasksDir, f)).href)) as { task?: EvalTask };
    if (mod.task && (only.length === 0 || only.includes(mod.task.name))) tasks.push(mod.task);
  }
  return tasks;
}

function printTable(rows: EvalRow[]): void {
  const header = ['task', 'metric', 'value', 'target', 'ok'];
  const body = rows.map((r) => [
    r.task,
    r.metric,
    r.value,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

/** `npm run eval [task...]`: score the engine on the shared evaluation data and print one table. */
export async function runEval(args: string[]): Promise<number> {
  const evalDir = locateEvalDir();
  if (!evalDir) {
    console.error(EVAL_DIR_MISSING);
    return 2;
  }
  const rows: EvalRow[] = [];
  for (const task of await loadTasks(args)) {
    const missing = task.needs.filter((f) => !existsSync(path.join(evalDir, f)));
    if (missing.length > 0) {
      rows.push({ task: task.name, metric: 'skipped', value: `missing ${missing.join(', ')}` });
      continue;
    }
    const started = performance.now();
    rows.push(...(await task.run(evalDir)));
    process.stderr.write(`${task.name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  printTable(rows);
  return rows.some((r) => r.pass === false) ? 1 : 0;
}

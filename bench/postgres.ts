import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { z } from 'zod';
import { parseArticle } from '../src/engine/pipeline.js';
import type { NewArticle } from '../src/store/store.js';
import { PgAlertStore } from '../src/store/pg-alerts.js';
import { PgArticleStore } from '../src/store/pg-articles.js';
import { PgDatabase } from '../src/store/pg-db.js';
import type { BenchSection, BenchTable } from './section.js';

/**
 * Articles ingested and routed per second on PostgreSQL, by one process and by three sharing the
 * database (issue 15). Each process is `bench/pg-ingest-worker.ts`: it stores already-parsed
 * articles and routes each one as `herald start` does, so the figure is the store and the
 * router, not the parser (the throughput section measures that). The server is
 * HERALD_BENCH_POSTGRES_URL, else HERALD_TEST_POSTGRES_URL; each run gets a fresh schema.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Distinct articles per run (the dev corpus holds 125): enough for a steady rate, parsed once first. */
const ARTICLES = 120;
const PROCESS_COUNTS = [1, 3] as const;
/** Words common in news, so routing has channels to match and alerts to queue. */
const KEYWORDS = ['said', 'police', 'government', 'year', 'people'];

const DoneSchema = z.object({
  routed: z.number().int(),
  cpuMs: z.number(),
  storeMs: z.number(),
  routeMs: z.number(),
});

function postgresUrl(): string | null {
  return process.env.HERALD_BENCH_POSTGRES_URL ?? process.env.HERALD_TEST_POSTGRES_URL ?? null;
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

async function prepareSchema(url: string, schema: string): Promise<void> {
  const store = new PgArticleStore(await PgDatabase.open(url, { schema, maxConnections: 2 }));
  try {
    const alerts = new PgAlertStore(store.db);
    for (const [i, value] of KEYWORDS.entries()) {
      await alerts.addSubscription({
        platform: 'discord',
        channelId: String(1000 + i),
        kind: 'keyword',
        value,
        createdBy: 'bench',
      });
    }
  } finally {
    await store.close();
  }
}

function lines(child: ChildProcess): AsyncIterator<string> {
  return createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
}

/** What the workers' database connections were doing, as shares of the samples taken. */
interface Waits {
  /** Waiting for another transaction's story-key advisory lock. */
  keyLocks: number;
  /** Waiting for another transaction's row (or other heavyweight) lock. */
  rowLocks: number;
  /** Waiting for the write-ahead log to reach the disk at commit. */
  commitFlush: number;
  /** Executing a statement (PostgreSQL's CPU, or waiting for a core). */
  executing: number;
  /** In a transaction, waiting for the worker's next statement (the worker's CPU, or waiting for a core). */
  awaitingWorker: number;
}

/**
 * Samples pg_stat_activity every few milliseconds for the connections named `appName`: the
 * share of time spent waiting on locks, on the disk at commit, running in PostgreSQL or waiting
 * for the worker. Sampling, so shares, not exact times.
 */
function sampleWaits(
  url: string,
  appName: string,
): { stop: () => Promise<Waits & { serverCpu: number | null }> } {
  const client = new pg.Client({ connectionString: url });
  const tally: Waits = { keyLocks: 0, rowLocks: 0, commitFlush: 0, executing: 0, awaitingWorker: 0 };
  let samples = 0;
  let running = true;
  // CPU seconds of each server process serving the workers, when first and last seen (a local
  // server only); one already there at the first sample counts from then (it migrated the schema
  // before the run), one started later from zero.
  const backendCpu = new Map<number, { first: number; last: number }>();
  let firstRound = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{
        pid: number;
        state: string;
        type: string | null;
        event: string | null;
      }>(
        `SELECT pid, state, wait_event_type AS type, wait_event AS event FROM pg_stat_activity
          WHERE application_name = $1`,
        [appName],
      );
      for (const r of rows) {
        // A process that has just ended can't be read: its last reading stands.
        const cpu = processCpuSeconds(r.pid);
        if (cpu === null) continue;
        backendCpu.set(r.pid, { first: backendCpu.get(r.pid)?.first ?? (firstRound ? cpu : 0), last: cpu });
      }
      firstRound = false;
      for (const r of rows) {
        if (r.state === 'idle') continue;
        samples++;
        if (r.type === 'Lock') tally[r.event === 'advisory' ? 'keyLocks' : 'rowLocks']++;
        else if (/^WAL/.test(r.event ?? '') && (r.type === 'IO' || r.type === 'LWLock')) tally.commitFlush++;
        else if (r.state === 'active') tally.executing++;
        else tally.awaitingWorker++;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.finally(() => client.end());
      const share = (n: number) => (samples === 0 ? 0 : n / samples);
      return {
        // None readable: the server is on another machine.
        serverCpu:
          backendCpu.size > 0 ? [...backendCpu.values()].reduce((n, c) => n + c.last - c.first, 0) : null,
        keyLocks: share(tally.keyLocks),
        rowLocks: share(tally.rowLocks),
        commitFlush: share(tally.commitFlush),
        executing: share(tally.executing),
        awaitingWorker: share(tally.awaitingWorker),
      };
    },
  };
}

/** User and system CPU seconds of a process on this machine (Linux /proc), null when unreadable. */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Seconds a process has run on a CPU and waited for one (Linux /proc/<pid>/schedstat), null when unreadable. */
function scheduling(pid: number | undefined): { ran: number; waited: number } | null {
  try {
    const [ran, waited] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return ran === undefined || waited === undefined ? null : { ran: ran / 1e9, waited: waited / 1e9 };
  } catch {
    return null;
  }
}

/** Busy and total CPU time of the whole machine so far (Linux /proc/stat), null elsewhere. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

interface RunResult {
  seconds: number;
  cpuSeconds: number;
  routed: number;
  routeShare: number;
  waits: Waits;
  /** CPU seconds of the PostgreSQL server processes serving the workers; null when not on this machine. */
  serverCpuSeconds: number | null;
  /** Seconds the workers, together, were ready to run but waited for a core; null when unknown. */
  runQueueSeconds: number | null;
  /** Share of the machine's CPU busy during the run (every process on it, not only these), null when unknown. */
  machineBusy: number | null;
}

/** Start `count` workers on one fresh schema, release them together, and time them to the last one done. */
async function run(url: string, file: string, count: number): Promise<RunResult> {
  const schema = `herald_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await prepareSchema(url, schema);
  const children: ChildProcess[] = [];
  try {
    const per = Math.ceil(ARTICLES / count);
    const workers = Array.from({ length: count }, (_, i) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/pg-ingest-worker.ts'], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          BENCH_PG_URL: url,
          BENCH_PG_SCHEMA: schema,
          BENCH_ARTICLES_FILE: file,
          BENCH_SLICE: `${i * per}:${Math.min(ARTICLES, (i + 1) * per)}`,
          BENCH_WARM_SCHEMA: `${schema}_w${i}`,
          // The driver names its connections after this, so the sampler finds them.
          PGAPPNAME: schema,
        },
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      children.push(child);
      return { child, out: lines(child) };
    });
    for (const w of workers) {
      if ((await w.out.next()).value !== 'ready') throw new Error('a bench worker did not start');
    }
    const sampler = sampleWaits(url, schema);
    const cpuBefore = machineCpu();
    const schedBefore = workers.map((w) => scheduling(w.child.pid));
    const started = process.hrtime.bigint();
    for (const w of workers) w.child.stdin!.write('go\n');
    const done = await Promise.all(
      workers.map(async (w) => DoneSchema.parse(JSON.parse(String((await w.out.next()).value)))),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuAfter = machineCpu();
    const schedAfter = workers.map((w) => scheduling(w.child.pid));
    const queued = schedAfter.map((after, i) => {
      const before = schedBefore[i];
      return after && before ? after.waited - before.waited : null;
    });
    const { serverCpu, ...waits } = await sampler.stop();
    return {
      seconds,
      waits,
      serverCpuSeconds: serverCpu,
      runQueueSeconds: queued.some((q) => q === null) ? null : queued.reduce((n: number, q) => n + q!, 0),
      machineBusy:
        cpuBefore && cpuAfter ? (cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total) : null,
      cpuSeconds: done.reduce((n, d) => n + d.cpuMs, 0) / 1000,
      routed: done.reduce((n, d) => n + d.routed, 0),
      routeShare:
        done.reduce((n, d) => n + d.routeMs, 0) / done.reduce((n, d) => n + d.storeMs + d.routeMs, 0),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const schemas = [schema, ...Array.from({ length: count }, (_, i) => `${schema}_w${i}`)];
    await client.query(`DROP SCHEMA IF EXISTS ${schemas.join(', ')} CASCADE`).finally(() => client.end());
  }
}

const COLUMNS = [
  'processes',
  'articles',
  'seconds',
  'articles/s',
  'workers CPU s',
  'PostgreSQL CPU s',
  'routed',
  'workers waiting for a core s',
  'time routing',
  'key-lock wait',
  'row-lock wait',
  'commit flush',
  'PG executing',
  'machine CPU busy',
];

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(0)}%`);

/** What held the several-process run back, in words, from its own figures. */
function limits(r: RunResult, cores: number): string {
  const { waits } = r;
  const cpu = r.serverCpuSeconds === null ? null : r.cpuSeconds + r.serverCpuSeconds;
  const parts = [
    cpu === null
      ? null
      : `an article took ${((cpu / ARTICLES) * 1000).toFixed(0)} ms of CPU (workers and their PostgreSQL ` +
        `processes), so ${cores} cores left to this work alone would cap it near ${((cores * ARTICLES) / cpu).toFixed(0)} articles/s`,
    r.runQueueSeconds === null
      ? null
      : `the workers together waited ${r.runQueueSeconds.toFixed(1)} s for a core, ready to run, against ` +
        `${r.cpuSeconds.toFixed(1)} s running, over ${r.seconds.toFixed(1)} s`,
    r.machineBusy !== null && r.machineBusy > 0.85
      ? `the ${cores} cores were ${pct(r.machineBusy)} busy (workers, PostgreSQL and everything else on the machine)`
      : null,
    `its connections spent ${pct(waits.executing)} of their time executing in PostgreSQL, ${pct(waits.awaitingWorker)} ` +
      `waiting for the workers' next statement, ${pct(waits.commitFlush)} waiting for commits to reach the disk, ` +
      `${pct(waits.keyLocks)} waiting for story-key locks and ${pct(waits.rowLocks)} for row locks`,
  ];
  return parts.filter((p) => p !== null).join('; ');
}

export const postgresSection: BenchSection = {
  name: 'postgres',
  async run(ctx): Promise<BenchTable> {
    const url = postgresUrl();
    const problem = url
      ? await reachable(url)
      : 'HERALD_BENCH_POSTGRES_URL / HERALD_TEST_POSTGRES_URL not set';
    if (!url || problem) {
      ctx.note(`postgres: skipped, no PostgreSQL reachable (${problem})`);
      return {
        columns: COLUMNS,
        rows: [['no PostgreSQL reachable', ...COLUMNS.slice(1).map(() => '-')]],
        footnote: `NOT MEASURED: ${problem}. Set HERALD_BENCH_POSTGRES_URL=postgres://user@host:5432/db to run this section.`,
      };
    }
    // Distinct texts only: a repeated article would be a duplicate, stored once and never routed.
    const texts = [...new Set(ctx.articles.map((a) => a.text))].slice(0, ARTICLES);
    if (texts.length < ARTICLES)
      throw new Error(`postgres: the corpus has only ${texts.length} distinct articles`);
    ctx.note(`postgres: parsing ${ARTICLES} articles once for every run`);
    const parsed: NewArticle[] = texts.map((text) => ({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'bench',
    }));
    const dir = mkdtempSync(path.join(tmpdir(), 'herald-bench-pg-'));
    try {
      const file = path.join(dir, 'articles.json');
      writeFileSync(file, JSON.stringify(parsed));
      const results = [];
      const load = loadavg()[0]!;
      for (const count of PROCESS_COUNTS) {
        ctx.note(`postgres: ${count} process${count > 1 ? 'es' : ''}`);
        results.push({ count, ...(await run(url, file, count)) });
      }
      const rate = (r: { seconds: number }) => ARTICLES / r.seconds;
      const [one, three] = [results[0]!, results[results.length - 1]!];
      const cores = availableParallelism();
      return {
        columns: COLUMNS,
        rows: results.map((r) => [
          String(r.count),
          String(ARTICLES),
          r.seconds.toFixed(2),
          rate(r).toFixed(1),
          r.cpuSeconds.toFixed(2),
          r.serverCpuSeconds === null ? '-' : r.serverCpuSeconds.toFixed(2),
          String(r.routed),
          r.runQueueSeconds === null ? '-' : r.runQueueSeconds.toFixed(2),
          pct(r.routeShare),
          pct(r.waits.keyLocks),
          pct(r.waits.rowLocks),
          pct(r.waits.commitFlush),
          pct(r.waits.executing),
          pct(r.machineBusy),
        ]),
        footnote:
          `${three.count} processes ingest and route at ${(rate(three) / rate(one)).toFixed(2)}x one process ` +
          `(target 2x) on a machine with ${cores} cores (load average ${load.toFixed(1)} at the start), the ` +
          'PostgreSQL server and the workers on the same cores. Routing locks only the story-index keys of ' +
          'each article, so unrelated articles route at once. The wait columns are shares of sampled time ' +
          'of the workers\' database connections; "machine CPU busy" counts every process on the machine. ' +
          `With ${three.count} processes: ${limits(three, cores)}.`,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

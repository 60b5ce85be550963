/**
 * One Herald-like process for the PostgreSQL bench (bench/postgres.ts): stores its share of the
 * already-parsed articles and routes each one as `herald start` does (store with its route-inbox
 * row, then route), then reports its CPU time. It waits for "go" on stdin
 * so every process starts at the same moment.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { RouteInbox } from '../src/alerts/inbox.js';
import { AlertRouter } from '../src/alerts/router.js';
import { ParsedArticleSchema } from '../src/engine/schema.js';
import { PgAlertStore } from '../src/store/pg-alerts.js';
import { PgArticleStore } from '../src/store/pg-articles.js';
import { PgDatabase } from '../src/store/pg-db.js';

const Env = z.object({
  BENCH_PG_URL: z.string().min(1),
  BENCH_PG_SCHEMA: z.string().min(1),
  BENCH_ARTICLES_FILE: z.string().min(1),
  BENCH_SLICE: z.string().regex(/^\d+:\d+$/),
  /** A schema of this worker's own for warming up (see WARM_UP). */
  BENCH_WARM_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/),
});
const env = Env.parse(process.env);
const [from, to] = env.BENCH_SLICE.split(':').map(Number) as [number, number];
const articles = z
  .array(z.object({ raw: z.string(), origin: z.string(), parsed: ParsedArticleSchema }))
  .parse(JSON.parse(readFileSync(env.BENCH_ARTICLES_FILE, 'utf8')))
  .slice(from, to);

const quiet = { info() {}, warn() {}, error() {} };

async function openRouting(schema: string) {
  const store = new PgArticleStore(await PgDatabase.open(env.BENCH_PG_URL, { schema }), { logger: quiet });
  const alerts = new PgAlertStore(store.db);
  const router = new AlertRouter({ alerts, log: quiet });
  return { store, inbox: new RouteInbox({ alerts, articles: store, router, log: quiet }) };
}

/**
 * A running Herald has loaded its models and compiled its hot code long before: the worker first
 * stores and routes some of its articles in a scratch schema of its own (dropped after), so the
 * timed run measures steady work, not each process's start-up.
 */
const WARM_UP = 15;
const { store, inbox } = await openRouting(env.BENCH_PG_SCHEMA);
const scratch = await openRouting(env.BENCH_WARM_SCHEMA);
// The same subscriptions, so warming up queues alerts as the timed run does.
const scratchAlerts = new PgAlertStore(scratch.store.db);
for (const { id, createdAt, ...sub } of await new PgAlertStore(store.db).listSubscriptions())
  await scratchAlerts.addSubscription(sub);
for (const article of articles.slice(0, WARM_UP)) {
  const { article: stored, created } = await scratch.store.upsertArticle(article);
  if (created) await scratch.inbox.route(stored.id);
}
await scratch.store.db.query(`DROP SCHEMA ${env.BENCH_WARM_SCHEMA} CASCADE`);
await scratch.store.close();

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) if (line.trim() === 'go') break;

const cpu = process.cpuUsage();
let routed = 0;
// Wall time in each step: routing includes waiting for other processes' story-key locks.
let storeMs = 0;
let routeMs = 0;
for (const article of articles) {
  const t0 = performance.now();
  const { article: stored, created } = await store.upsertArticle(article);
  const t1 = performance.now();
  if (created && (await inbox.route(stored.id))) routed++;
  storeMs += t1 - t0;
  routeMs += performance.now() - t1;
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ routed, cpuMs: (used.user + used.system) / 1000, storeMs, routeMs })}\n`,
);
await store.close();

/**
 * One Herald-like process for the PostgreSQL bench (bench/postgres.ts): stores its share of the
 * already-parsed articles and routes each one as `herald start` does (store with its route-inbox
 * row, then route under the routing lock), then reports its CPU time. It waits for "go" on stdin
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
});
const env = Env.parse(process.env);
const [from, to] = env.BENCH_SLICE.split(':').map(Number) as [number, number];
const articles = z
  .array(z.object({ raw: z.string(), origin: z.string(), parsed: ParsedArticleSchema }))
  .parse(JSON.parse(readFileSync(env.BENCH_ARTICLES_FILE, 'utf8')))
  .slice(from, to);

const quiet = { info() {}, warn() {}, error() {} };
const store = new PgArticleStore(await PgDatabase.open(env.BENCH_PG_URL, { schema: env.BENCH_PG_SCHEMA }), {
  logger: quiet,
});
const alerts = new PgAlertStore(store.db);
const router = new AlertRouter({ alerts, log: quiet });
const inbox = new RouteInbox({ alerts, articles: store, router, log: quiet });

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) if (line.trim() === 'go') break;

const cpu = process.cpuUsage();
let routed = 0;
// Wall time in each step: routing waits for the routing lock, storing does not.
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

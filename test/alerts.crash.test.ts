import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertRouter } from '../src/alerts/router.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { storeArticle } from './helpers/articles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = { info() {}, warn() {}, error() {} };
const BATCH = 20;
/** The stand-in request on whose arrival Herald is killed: mid-batch, with that post in flight. */
const KILL_AT = 8;

interface Post {
  nonce: string;
  content: string;
  run: number;
}

/**
 * A slow Discord-like REST stand-in on loopback: every post is recorded; a nonce seen before
 * returns the message it created (Discord's enforce_nonce), so only new nonces create messages.
 */
async function startStandin(onPost: (count: number) => void) {
  const posts: Post[] = [];
  const messages = new Map<string, { id: string; content: string }>();
  let run = 1;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString();
    });
    req.on('end', () => {
      const { nonce, content } = JSON.parse(body) as { nonce: string; content: string };
      posts.push({ nonce, content, run });
      let message = messages.get(nonce);
      if (!message) {
        message = { id: String(1000 + messages.size), content };
        messages.set(nonce, message);
      }
      onPost(posts.length);
      const answer = JSON.stringify({ id: message.id, nonce });
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
      }, 60);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    messages,
    nextRun: () => {
      run++;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function startHerald(dbFile: string, standinUrl: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/crash-herald.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: `file:${dbFile}`,
        STANDIN_URL: standinUrl,
        HERALD_LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`herald exited ${code}: ${stderr}`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

async function outboxRows(dbFile: string): Promise<{ nonce: string; status: string }[]> {
  const store = new SqliteArticleStore(dbFile, { logger: quiet });
  try {
    return store.db.prepare("SELECT nonce, status FROM outbox WHERE kind = 'alert' ORDER BY id").all() as {
      nonce: string;
      status: string;
    }[];
  } finally {
    await store.close();
  }
}

/** Twenty unrelated pieces of harbour news. */
const HARBOUR_NEWS = [
  ['new crane', 'A gantry crane taller than the lighthouse was bolted together on the container quay.'],
  ['tug retired', 'The oldest tugboat in service made her final tow before going to a museum.'],
  ['oil spill drill', 'Crews practised containing a mock diesel spill with floating booms.'],
  ['seal pups', 'Volunteers counted eleven grey seal pups on the breakwater rocks.'],
  ['dredging', 'Dredgers deepened the approach channel so larger freighters can dock.'],
  ['fishing quotas', 'Trawler skippers protested against smaller cod quotas for next season.'],
  ['cruise season', 'Forty cruise liners booked berths for the summer, a record number.'],
  ['lighthouse repaint', 'Painters finished restoring the red and white stripes of the lighthouse.'],
  ['customs seizure', 'Customs officers found counterfeit trainers hidden in a shipping container.'],
  ['yacht race', 'Sixty yachts started the autumn regatta despite choppy water.'],
  ['pilot shortage', 'Too few licensed pilots means ships wait hours for a guide into port.'],
  ['wind farm cables', 'A cable-laying vessel arrived to connect the offshore turbines.'],
  ['museum ship', 'A restored steam trawler opened to visitors as a floating museum.'],
  ['ice warning', 'Thin ice formed in the inner basin for the first time in a decade.'],
  ['ferry timetable', 'Winter sailings to the islands will drop to two a day from November.'],
  ['rescue boat', 'The lifeboat station received a faster all-weather rescue boat.'],
  ['rat problem', 'Pest controllers set traps after rats were seen near the grain silos.'],
  ['solar roofs', 'Solar panels now cover the roofs of three warehouses on the east quay.'],
  ['diver award', 'A police diver was honoured for recovering a sunken car in the marina.'],
  ['bridge lift', 'The swing bridge jammed open for an hour, stranding commuters.'],
] as const;

describe('crash safety of delivery', () => {
  let dir: string;
  let dbFile: string;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-crash-'));
    dbFile = path.join(dir, 'herald.db');
    // Queue the batch as the router does when articles arrive: 20 distinct stories matching the channel.
    const articles = new SqliteArticleStore(dbFile, { logger: quiet });
    const alerts = new SqliteAlertStore(articles.db);
    await alerts.addSubscription({
      platform: 'discord',
      channelId: '100',
      kind: 'keyword',
      value: 'harbour',
      createdBy: 'test',
    });
    const router = new AlertRouter({ alerts, log: quiet, rateLimit: { max: 1000, windowMs: 60_000 } });
    // Distinct by content, not only by number: stories are grouped by what articles say.
    for (let i = 0; i < BATCH; i++) {
      const [subject, event] = HARBOUR_NEWS[i % HARBOUR_NEWS.length]!;
      const article = await storeArticle(articles, {
        title: `Harbour report ${i}: ${subject}`,
        text: `${event} Inspector Casey Number${i} filed the report.`,
        url: `https://port.example.org/report-${i}`,
        people: [`Casey Number${i}`],
        places: [`Port ${i}`],
      });
      expect((await router.articleArrived(article)).queued).toBe(1);
    }
    await articles.close();
  });
  afterEach(() => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('given Herald killed with SIGKILL mid-batch, a restart delivers every article exactly once and never repeats a finished one', async () => {
    let first: ChildProcess | null = null;
    const standin = await startStandin((count) => {
      if (count === KILL_AT) first?.kill('SIGKILL');
    });
    try {
      first = await startHerald(dbFile, standin.url);
      children.push(first);
      await exited(first);
      expect(first.signalCode).toBe('SIGKILL');

      const afterCrash = await outboxRows(dbFile);
      const finished = new Set(afterCrash.filter((r) => r.status === 'sent').map((r) => r.nonce));
      const pending = afterCrash.filter((r) => r.status === 'pending');
      // Killed in the middle: some were delivered and recorded, the rest (with the one in flight) wait.
      expect(finished.size).toBe(KILL_AT - 1);
      expect(pending).toHaveLength(BATCH - finished.size);
      expect(standin.messages.size).toBe(KILL_AT);

      standin.nextRun();
      const second = await startHerald(dbFile, standin.url);
      children.push(second);
      await expect.poll(() => standin.messages.size, { timeout: 20_000, interval: 100 }).toBe(BATCH);
      await expect
        .poll(async () => (await outboxRows(dbFile)).every((r) => r.status === 'sent'), {
          timeout: 10_000,
          interval: 100,
        })
        .toBe(true);
      second.kill('SIGTERM');
      await exited(second);

      // Exactly once at the stand-in: one message per article, none missing, none twice.
      const contents = [...standin.messages.values()].map((m) => m.content).sort();
      expect(contents).toEqual(
        Array.from(
          { length: BATCH },
          (_, i) => `Harbour report ${i}: ${HARBOUR_NEWS[i % HARBOUR_NEWS.length]![0]}`,
        ).sort(),
      );
      // The post in flight at the kill was re-sent with the same nonce, which the stand-in folded.
      const inFlight = standin.posts[KILL_AT - 1]!;
      expect(standin.posts.filter((p) => p.nonce === inFlight.nonce).map((p) => p.run)).toEqual([1, 2]);
      // A restart never repeats a finished delivery.
      expect(standin.posts.filter((p) => p.run === 2 && finished.has(p.nonce))).toEqual([]);
      expect(standin.posts.filter((p) => p.run === 2)).toHaveLength(BATCH - finished.size);

      // And a third start, with nothing pending, posts nothing.
      standin.nextRun();
      const third = await startHerald(dbFile, standin.url);
      children.push(third);
      await new Promise((r) => setTimeout(r, 500));
      third.kill('SIGTERM');
      await exited(third);
      expect(standin.posts.filter((p) => p.run === 3)).toEqual([]);
    } finally {
      await standin.close();
    }
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RouteInbox } from '../src/alerts/inbox.js';
import { AlertRouter } from '../src/alerts/router.js';
import { OWNER_LEASE, StoreHeldError, StoreOwner } from '../src/runtime/owner.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { parsedArticle } from './helpers/articles.js';

const quiet = { info() {}, warn() {}, error() {} };
const channel = { platform: 'slack' as const, channelId: 'C1' };

/** Unrelated ferry news, so each is its own story (and its own alert). */
const FERRY_NEWS = [
  [
    'Ferry strike halts Tamar crossings',
    'Ferry crews on the Tamar walked out on Monday over pay, union official Dana Quill said.',
    'Dana Quill',
    'Tamar',
  ],
  [
    'New electric ferry launched in Oslo',
    'Oslo launched a battery ferry for the fjord route, transport chief Erik Lund announced.',
    'Erik Lund',
    'Oslo',
  ],
  [
    'Storm sinks empty ferry in Manila harbour',
    'An empty ferry sank at its berth in Manila during a typhoon, coastguard spokesman Ramon Cruz said.',
    'Ramon Cruz',
    'Manila',
  ],
  [
    'Ferry fares to Skye to double next year',
    'Fares on the Skye ferry will double from January, operator director Fiona Reid confirmed.',
    'Fiona Reid',
    'Skye',
  ],
  [
    'Lake Geneva ferry celebrates its centenary',
    'The paddle steamer on Lake Geneva turned one hundred on Sunday, captain Luc Favre said.',
    'Luc Favre',
    'Geneva',
  ],
] as const;

function ferryArticle(i: number) {
  const [title, text, person, place] = FERRY_NEWS[i - 1]!;
  return parsedArticle({
    title,
    text,
    url: `https://ferries.example.org/news-${i}`,
    people: [person],
    places: [place],
  });
}

describe('route inbox: the durable hand-off from store to router', () => {
  let dir: string;
  let file: string;
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  let inbox: RouteInbox;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-inbox-'));
    file = path.join(dir, 'herald.db');
    articles = new SqliteArticleStore(file, { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    await alerts.addSubscription({ ...channel, kind: 'keyword', value: 'ferry', createdBy: 'test' });
    const router = new AlertRouter({ alerts, log: quiet, rateLimit: { max: 100, windowMs: 60_000 } });
    inbox = new RouteInbox({ alerts, articles, router, log: quiet });
  });
  afterEach(async () => {
    await articles.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const alertRows = () =>
    articles.db
      .prepare("SELECT article_id FROM outbox WHERE kind = 'alert' ORDER BY article_id")
      .pluck()
      .all();

  it('given articles stored and the process gone before routing, a new process routes each exactly once', async () => {
    const stored = [];
    for (const i of [1, 2, 3])
      stored.push(
        (await articles.upsertArticle({ raw: `ferry ${i}`, parsed: ferryArticle(i), origin: 'test' }))
          .article,
      );
    expect((await alerts.pendingArrivals(10)).map((p) => p.articleId).sort()).toEqual(
      stored.map((a) => a.id).sort(),
    );
    await articles.close();

    // A fresh connection, as after a restart: nothing but the file is shared.
    articles = new SqliteArticleStore(file, { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    const router = new AlertRouter({ alerts, log: quiet, rateLimit: { max: 100, windowMs: 60_000 } });
    inbox = new RouteInbox({ alerts, articles, router, log: quiet });
    expect(await inbox.drain()).toBe(3);
    expect(alertRows()).toEqual(stored.map((a) => a.id).sort());
    expect(await alerts.pendingArrivals(10)).toEqual([]);
    // Draining again, or the source's own late call, routes nothing twice.
    expect(await inbox.drain()).toBe(0);
    expect(await inbox.route(stored[0]!.id)).toBeUndefined();
    expect(alertRows()).toHaveLength(3);
  });

  it('given a duplicate of a stored article, no second inbox row is written', async () => {
    await articles.upsertArticle({ raw: 'ferry 1', parsed: ferryArticle(1), origin: 'a' });
    const again = await articles.upsertArticle({ raw: 'ferry 1', parsed: ferryArticle(1), origin: 'b' });
    expect(again.created).toBe(false);
    expect(await alerts.pendingArrivals(10)).toHaveLength(1);
  });

  it("given a new feed's backlog stored silently, the stored arrival keeps it silent when routed after a restart", async () => {
    const { article } = await articles.upsertArticle({
      raw: 'ferry 4',
      parsed: ferryArticle(4),
      origin: 'feed',
      arrival: { silent: true },
    });
    expect(await alerts.pendingArrivals(10)).toEqual([
      expect.objectContaining({ articleId: article.id, silent: true, feedId: null }),
    ]);
    expect(await inbox.drain()).toBe(1);
    expect(alertRows()).toEqual([]);
    expect((await alerts.deliveryLog(article.id)).map((e) => e.event)).toEqual(['stored-silently']);
  });

  it('given routing that throws inside its transaction, nothing of it is kept and the row stays for the next drain', async () => {
    const { article } = await articles.upsertArticle({
      raw: 'ferry 5',
      parsed: ferryArticle(5),
      origin: 'test',
    });
    const enqueue = alerts.enqueue.bind(alerts);
    alerts.enqueue = async () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    };
    await expect(inbox.drain()).rejects.toThrow(/locked/);
    expect(await alerts.isPendingArrival(article.id)).toBe(true);
    // The story it would have opened was rolled back with the rest.
    expect(await alerts.storyOf(article.id)).toBeNull();
    alerts.enqueue = enqueue;
    // Tried again as the next start would: a fresh router over the same store.
    const router = new AlertRouter({ alerts, log: quiet, rateLimit: { max: 100, windowMs: 60_000 } });
    inbox = new RouteInbox({ alerts, articles, router, log: quiet });
    expect(await inbox.drain()).toBe(1);
    expect(alertRows()).toEqual([article.id]);
  });
});

describe('the console channel that hears every article', () => {
  it('gets start-up articles through the router, once each, within the same rate limit as any channel', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const console_ = { platform: 'console' as const, channelId: 'stdin' };
      const router = new AlertRouter({
        alerts,
        log: quiet,
        rateLimit: { max: 2, windowMs: 60_000 },
        everyArticleTo: [console_],
      });
      const inbox = new RouteInbox({ alerts, articles, router, log: quiet });
      for (const i of [1, 2, 3])
        await articles.upsertArticle({ raw: `ferry ${i}`, parsed: ferryArticle(i), origin: 'seeds' });
      expect(await inbox.drain()).toBe(3);
      expect(await inbox.drain()).toBe(0);
      const rows = articles.db
        .prepare("SELECT status FROM outbox WHERE kind = 'alert' AND platform = 'console' ORDER BY id")
        .pluck()
        .all();
      // Two alerts, the third held for the digest: no card skips the limit, none is doubled.
      expect(rows).toEqual(['pending', 'pending', 'folded']);
    } finally {
      await articles.close();
    }
  });
});

describe('one owner per store', () => {
  let dir: string;
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  const owners: StoreOwner[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-owner-'));
    articles = new SqliteArticleStore(path.join(dir, 'herald.db'), { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
  });
  afterEach(async () => {
    for (const o of owners.splice(0)) await o.release();
    await articles.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const owner = () => {
    const o = new StoreOwner({ alerts, file: 'data/herald.db', log: quiet });
    owners.push(o);
    return o;
  };

  it('given a live holder, a second claim is refused naming the file and the holding process', async () => {
    await owner().claim();
    let error: unknown;
    try {
      await owner().claim();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreHeldError);
    expect((error as Error).message).toContain('data/herald.db');
    expect((error as Error).message).toContain(`process ${process.pid} on ${hostname()}`);
  });

  it('given a holder on this machine whose process has died, the store is taken over at once', async () => {
    // A pid that surely existed and is gone now: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await alerts.tryLease(OWNER_LEASE, `${hostname()}|${dead}|1000|deadbeef`, new Date(), 60_000);
    const o = owner();
    await expect(o.claim()).resolves.toBeUndefined();
    expect((await alerts.leaseHolder(OWNER_LEASE))?.holder).toBe(o.holder);
  });

  it('given a lease left by an earlier run with this same pid (a container restarted as pid 1), it is taken over', async () => {
    await alerts.tryLease(OWNER_LEASE, `${hostname()}|${process.pid}|1000|0ldrun00`, new Date(), 60_000);
    await expect(owner().claim()).resolves.toBeUndefined();
  });

  it('given a clean stop, the lease is released and the next process claims it', async () => {
    const first = owner();
    await first.claim();
    await first.release();
    await expect(owner().claim()).resolves.toBeUndefined();
  });
});

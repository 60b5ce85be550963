import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../src/alerts/digest-scheduler.js';
import { RouteInbox } from '../src/alerts/inbox.js';
import { AlertRouter, type RouteResult } from '../src/alerts/router.js';
import { PgAlertStore } from '../src/store/pg-alerts.js';
import { PgArticleStore } from '../src/store/pg-articles.js';
import { PgDatabase } from '../src/store/pg-db.js';
import { parsedArticle, storeArticle } from './helpers/articles.js';
import { POSTGRES_URL } from './helpers/store-backends.js';

/**
 * Two "processes" on one PostgreSQL schema: each with its own connection pool, stores and router,
 * racing for the same work. Without the claims, slot rows and routing lock these races double
 * deliveries and digests, store an article twice, or split one story in two.
 */

const quiet = { info() {}, warn() {}, error() {} };

interface Process {
  articles: PgArticleStore;
  alerts: PgAlertStore;
  inbox: RouteInbox;
}

/**
 * A router that, once it has grouped an article and queued its alerts, waits until released with
 * its routing transaction still open: the locks it took are held as long as the test wants.
 */
class PausingRouter extends AlertRouter {
  private reachedIt!: () => void;
  private releaseIt!: () => void;
  readonly reached = new Promise<void>((resolve) => {
    this.reachedIt = resolve;
  });
  private readonly released = new Promise<void>((resolve) => {
    this.releaseIt = resolve;
  });

  release(): void {
    this.releaseIt();
  }

  override async articleArrived(...args: Parameters<AlertRouter['articleArrived']>): Promise<RouteResult> {
    const result = await super.articleArrived(...args);
    this.reachedIt();
    await this.released;
    return result;
  }
}

async function openProcess(schema: string): Promise<Process & { paused: PausingRouter }> {
  const articles = new PgArticleStore(await PgDatabase.open(POSTGRES_URL!, { schema, maxConnections: 4 }), {
    logger: quiet,
  });
  const alerts = new PgAlertStore(articles.db);
  const deps = { alerts, log: quiet, rateLimit: { max: 100, windowMs: 60_000 } };
  const paused = new PausingRouter(deps);
  return {
    articles,
    alerts,
    inbox: new RouteInbox({ alerts, articles, router: new AlertRouter(deps), log: quiet }),
    paused,
  };
}

/** The process's routing, with its router pausing after the first article it routes. */
const pausingInbox = (p: Process & { paused: PausingRouter }) =>
  new RouteInbox({ alerts: p.alerts, articles: p.articles, router: p.paused, log: quiet });

/** Settles to the promise's value, or to 'still waiting' if it has not settled within `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);

const RESCUE =
  'Divers from the Korsund coast guard pulled four fishermen from the sea after their trawler ' +
  'capsized in a storm off Skerrow Point late on Tuesday night. Captain Mira Holst said the crew ' +
  'had clung to the upturned hull for two hours before the lifeboat reached them in heavy swell. ' +
  'All four were taken to the hospital in Korsund and are expected to recover fully.';

describe.skipIf(!POSTGRES_URL)('two processes sharing one PostgreSQL database', () => {
  const schema = `herald_share_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let a: Process;
  let b: Process;

  beforeEach(async () => {
    a = await openProcess(schema);
    b = await openProcess(schema);
    await a.alerts.addSubscription({
      platform: 'discord',
      channelId: '77',
      kind: 'keyword',
      value: 'glacier',
      createdBy: 'test',
    });
  });

  afterEach(async () => {
    await a.articles.close();
    await b.articles.close();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => client.end());
  });

  it('given two reports of one event routed at the same moment by two processes, both join one story and the channel gets one alert', async () => {
    const report = (outlet: string, extra: string) =>
      storeArticle(outlet === 'a' ? a.articles : b.articles, {
        title: `Glacier collapse blocks the Velden valley road (${outlet})`,
        text:
          'A section of the Marrow glacier collapsed on Sunday and blocked the Velden valley road. ' +
          'Mayor Ilse Brandt said nobody was hurt and engineers will clear the road within a week. ' +
          extra,
        people: ['Ilse Brandt'],
        places: ['Velden'],
        source: `Outlet ${outlet}`,
      });
    const first = await report('a', 'Residents heard the ice break before dawn.');
    const second = await report('b', 'Residents heard the ice give way in the early hours.');
    const [routedA, routedB] = await Promise.all([a.inbox.route(first.id), b.inbox.route(second.id)]);
    expect(routedA?.storyId).toBeDefined();
    expect(routedA?.storyId).toBe(routedB?.storyId);
    const outbox = await a.alerts.deliveriesOfArticle(first.id);
    const also = await a.alerts.deliveriesOfArticle(second.id);
    expect([...outbox, ...also].map((d) => d.kind).sort()).toEqual(['alert', 'also']);
  });

  it('given one process holding its routing transaction open, another routes an unrelated article without waiting for it', async () => {
    const holder = await openProcess(schema);
    const { paused } = holder;
    try {
      const rescue = await storeArticle(holder.articles, {
        title: 'Four fishermen rescued off Skerrow Point',
        text: RESCUE,
        people: ['Mira Holst'],
        places: ['Korsund'],
      });
      const festival = await storeArticle(b.articles, {
        title: 'Lantern festival fills the old harbour of Brennick',
        text:
          'Thousands of visitors crowded the old harbour of Brennick for the lantern festival, where ' +
          'paper boats drifted past the market hall until midnight and a brass band played on the pier.',
        places: ['Brennick'],
      });
      const first = pausingInbox(holder).route(rescue.id);
      await paused.reached;
      // One routing lock for every process would keep this waiting until the first commits.
      const second = await within(b.inbox.route(festival.id), 15_000);
      paused.release();
      expect(second).not.toBe('still waiting');
      expect((await first)?.storyId).toBe(rescue.id);
    } finally {
      paused.release();
      await holder.articles.close();
    }
  });

  it('given one process holding its routing transaction open, a near copy routed by another waits for it and joins its story', async () => {
    const holder = await openProcess(schema);
    const { paused } = holder;
    try {
      const original = await storeArticle(holder.articles, {
        title: 'Four fishermen rescued off Skerrow Point',
        text: RESCUE,
        people: ['Mira Holst'],
        places: ['Korsund'],
        source: 'Coast Daily',
      });
      const copy = await storeArticle(b.articles, {
        title: 'Trawler crew saved after capsizing in storm',
        text: `${RESCUE} The coast guard thanked the volunteers who crewed the lifeboat.`,
        people: ['Mira Holst'],
        places: ['Korsund'],
        source: 'Wire copy',
      });
      const first = pausingInbox(holder).route(original.id);
      await paused.reached;
      const second = b.inbox.route(copy.id);
      // It shares the original's index keys, so it waits for the original's story to commit.
      expect(await within(second, 1_500)).toBe('still waiting');
      paused.release();
      const [one, two] = await Promise.all([first, second]);
      expect(one?.storyId).toBe(original.id);
      expect(two?.storyId).toBe(original.id);
      expect((await b.alerts.storyMatch(copy.id))?.nearDuplicate).toBe(true);
    } finally {
      paused.release();
      await holder.articles.close();
    }
  });

  it('given one process counting story terms in an open transaction, another counts the same terms without waiting, and the totals add up', async () => {
    let finish!: () => void;
    const open = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let counted!: () => void;
    const inside = new Promise<void>((resolve) => {
      counted = resolve;
    });
    const first = a.alerts.inTransaction(async () => {
      await a.alerts.countStoryTerms(['harbour', 'lantern']);
      counted();
      await open;
    });
    await inside;
    // One row per term for every process would keep this waiting for the first transaction.
    const second = await within(
      b.alerts.inTransaction(() => b.alerts.countStoryTerms(['harbour', 'pier'])),
      15_000,
    );
    finish();
    await first;
    expect(second).not.toBe('still waiting');
    const { docs, counts } = await a.alerts.storyTermCounts();
    expect(docs).toBe(2);
    expect(counts).toEqual([
      ['harbour', 2],
      ['lantern', 1],
      ['pier', 1],
    ]);
  });

  it('given a story assignment committed after a later one, the later reader sees its position as a gap and reads it once it lands', async () => {
    const earlier = await storeArticle(a.articles, {
      title: 'Ferry timetable',
      text: 'The ferry runs hourly.',
    });
    const later = await storeArticle(b.articles, {
      title: 'Bridge repairs',
      text: 'The bridge closes at night.',
    });
    const story = (id: string) => ({
      id,
      signature: [],
      firstArticleId: id,
      createdAt: new Date().toISOString(),
      state: null,
    });
    let finish!: () => void;
    const open = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let assigned!: () => void;
    const inside = new Promise<void>((resolve) => {
      assigned = resolve;
    });
    // The first assignment takes its position, then stays uncommitted while the second commits.
    const slow = a.alerts.inTransaction(async () => {
      await a.alerts.createStory(story(earlier.id));
      await a.alerts.assignStory(earlier.id, earlier.id);
      assigned();
      await open;
    });
    await inside;
    await b.alerts.createStory(story(later.id));
    await b.alerts.assignStory(later.id, later.id);
    const window = await b.alerts.storyWindow(new Date(0));
    expect(window.docs).toBe(0);
    expect(window.gaps).toHaveLength(1);
    expect((await b.alerts.groupedSince(window.lastSeq, window.gaps)).map((g) => g.articleId)).toEqual([]);
    finish();
    await slow;
    expect((await b.alerts.groupedSince(window.lastSeq, window.gaps)).map((g) => g.articleId)).toEqual([
      earlier.id,
    ]);
  });

  it('given the same article pushed to both processes at once, it is stored once and routed once', async () => {
    const input = {
      raw: 'Glacier museum opens\n\nThe glacier museum opened its doors with an ice tunnel.',
      parsed: parsedArticle({
        title: 'Glacier museum opens',
        text: 'The glacier museum opened its doors with an ice tunnel.',
      }),
      origin: 'test',
    };
    const [fromA, fromB] = await Promise.all([
      a.articles.upsertArticle(input),
      b.articles.upsertArticle(input),
    ]);
    expect([fromA.created, fromB.created].sort()).toEqual([false, true]);
    expect(fromA.article.id).toBe(fromB.article.id);
    const routed = await Promise.all([a.inbox.drain(), b.inbox.drain()]);
    expect(routed[0] + routed[1]).toBe(1);
    expect(await a.alerts.deliveriesOfArticle(fromA.article.id)).toHaveLength(1);
  });

  it('given both processes claiming deliveries at once, no delivery is claimed twice', async () => {
    const now = new Date();
    for (let i = 0; i < 30; i++) {
      await a.alerts.enqueue(
        {
          kind: 'alert',
          dedupKey: `story-${i}`,
          storyId: `story-${i}`,
          articleId: `article-${i}`,
          platform: 'discord',
          channelId: '77',
          payload: '{}',
          replyTo: null,
        },
        now,
      );
    }
    const claim = (holder: string, alerts: PgAlertStore) =>
      alerts.claimDeliveries(now, 4, { holder, leaseMs: 60_000, platforms: ['discord'] });
    const rounds = await Promise.all(
      Array.from({ length: 10 }, (_, i) => claim(`p${i % 2}`, i % 2 === 0 ? a.alerts : b.alerts)),
    );
    const ids = rounds.flat().map((d) => d.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it('given both processes firing the same digest minute, the digest is queued once', async () => {
    const channel = { platform: 'discord' as const, channelId: '77' };
    const hourAgo = new Date(Date.now() - 3_600_000);
    await a.alerts.setDigestSchedule({ ...channel, cron: '* * * * *', timezone: 'UTC' }, hourAgo);
    await a.alerts.setLastDigest(channel, hourAgo);
    const story = await storeArticle(a.articles, {
      title: 'Glacier trail reopens',
      text: 'The glacier trail reopened after the rockfall was cleared.',
    });
    await a.inbox.route(story.id);
    // The next minute, so the alert just queued falls inside this digest.
    const slot = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);
    const schedule = (await a.alerts.getDigestSchedule(channel))!;
    const ran = await Promise.all([
      new DigestScheduler({ alerts: a.alerts, articles: a.articles, log: quiet, holder: 'pa' }).runSlot(
        schedule,
        slot,
      ),
      new DigestScheduler({ alerts: b.alerts, articles: b.articles, log: quiet, holder: 'pb' }).runSlot(
        schedule,
        slot,
      ),
    ]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    const { rows } = await a.articles.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE kind = 'digest'",
    );
    expect(rows[0]!.n).toBe(1);
  });
});

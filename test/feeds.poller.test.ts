import { readFileSync } from 'node:fs';
import type { Logger } from '../src/log.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RouteInbox } from '../src/alerts/inbox.js';
import { AlertRouter } from '../src/alerts/router.js';
import { FeedPoller, MAX_FEED_FAILURES } from '../src/feeds/poller.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { startRouteServer } from './helpers/http-server.js';

const quiet = { info() {}, warn() {}, error() {} };
const channel = { platform: 'slack' as const, channelId: 'C1' };
const para = (n: number, topic: string) =>
  `<p>${Array.from({ length: n }, (_, i) => `Officials in Oman discussed ${topic} at length during meeting ${i}.`).join(' ')}</p>`;

function rss(items: { guid: string; title: string; date: string; body?: string; link?: string }[]): string {
  const xml = items
    .map(
      (i) => `<item><title>${i.title}</title><link>${i.link ?? `https://news.example.org/${i.guid}`}</link>
        <guid isPermaLink="false">${i.guid}</guid><pubDate>${i.date}</pubDate>
        <description><![CDATA[${i.body ?? para(30, i.title)}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Wire</title>${xml}</channel></rss>`;
}

describe('feed polling', () => {
  let server: Awaited<ReturnType<typeof startRouteServer>>;
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  let router: AlertRouter;
  let poller: FeedPoller;
  let clock: Date;

  beforeEach(async () => {
    server = await startRouteServer();
    articles = new SqliteArticleStore(':memory:', { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    clock = new Date('2024-05-17T12:00:00Z');
    const now = () => clock;
    router = new AlertRouter({ alerts, log: quiet, now });
    poller = new FeedPoller({
      alerts,
      articles,
      arrived: (a, arrival) => router.articleArrived(a, arrival),
      fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
      log: quiet,
      now,
    });
    await alerts.addSubscription({ ...channel, kind: 'keyword', value: 'Oman', createdBy: 'U1' });
  });
  afterEach(async () => {
    await articles.close();
    await server.close();
  });

  const addFeed = async (path: string) => (await alerts.addFeed(server.url(path), channel, 300, clock)).feed;
  const later = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };
  const alertCount = () =>
    articles.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'alert'").pluck().get();

  it('given HERALD_SUMMARY_SENTENCES, feed articles are summarised to that length like any other source', async () => {
    const body = `<p>${[
      'Omani mediators hosted envoys from both governments in Muscat on Tuesday.',
      'The envoys discussed prisoner exchanges and shipping lanes for six hours.',
      'Officials said a second round of talks could follow within a month.',
      'Neither government commented on the meeting publicly.',
    ]
      .join(' ')
      .repeat(8)}</p>`;
    server.routes.set('/short.xml', {
      body: rss([{ guid: 's1', title: 'Envoys meet in Oman', date: 'Thu, 16 May 2024 10:00:00 GMT', body }]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    const oneSentence = new FeedPoller({
      alerts,
      articles,
      arrived: async () => undefined,
      fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
      summarySentences: 1,
      log: quiet,
      now: () => clock,
    });
    expect(await oneSentence.poll(await addFeed('/short.xml'))).toMatchObject({
      status: 'updated',
      stored: 1,
    });
    expect((await articles.latest(1))[0]!.parsed.summary).toHaveLength(1);
  });

  it('given a new feed, its backlog is stored silently and only later items are alerted', async () => {
    const first = [
      { guid: 'a1', title: 'Talks in Oman', date: 'Thu, 16 May 2024 10:00:00 GMT' },
      { guid: 'a2', title: 'Oman hosts envoys', date: 'Thu, 16 May 2024 11:00:00 GMT' },
    ];
    server.routes.set('/feed.xml', { body: rss(first), headers: { 'content-type': 'application/rss+xml' } });
    const feed = await addFeed('/feed.xml');
    const seeded = await poller.poll(feed);
    expect(seeded).toMatchObject({ status: 'updated', stored: 2, alerted: 0 });
    expect(alertCount()).toBe(0);

    server.routes.set('/feed.xml', {
      body: rss([
        { guid: 'a3', title: 'Oman announces new round of mediation', date: 'Fri, 17 May 2024 09:00:00 GMT' },
        ...first,
      ]),
    });
    later(300);
    const next = await poller.poll((await alerts.getFeed(feed.id))!);
    expect(next).toMatchObject({ status: 'updated', stored: 1, alerted: 1 });
    expect(alertCount()).toBe(1);
  });

  it("given a new feed's backlog stored and Herald killed before routing it, routing it after a restart stays silent", async () => {
    server.routes.set('/backlog.xml', {
      body: rss([{ guid: 'b1', title: 'Oman hosts envoys again', date: 'Thu, 16 May 2024 10:00:00 GMT' }]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    // Stored, then the process dies before the router sees it: only the route inbox remembers it.
    const dying = new FeedPoller({
      alerts,
      articles,
      arrived: async () => undefined,
      fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
      log: quiet,
      now: () => clock,
    });
    const feed = await addFeed('/backlog.xml');
    expect(await dying.poll(feed)).toMatchObject({ stored: 1 });
    expect(await alerts.pendingArrivals(10)).toEqual([
      expect.objectContaining({ feedId: feed.id, silent: true }),
    ]);
    expect(await new RouteInbox({ alerts, articles, router, log: quiet }).drain()).toBe(1);
    expect(alertCount()).toBe(0);
  });

  it('given a feed that re-dates and retitles an item with the same guid, no second alert is made', async () => {
    server.routes.set('/f', {
      body: rss([{ guid: 'x', title: 'Seed item', date: 'Thu, 16 May 2024 10:00:00 GMT' }]),
    });
    const feed = await addFeed('/f');
    await poller.poll(feed);
    server.routes.set('/f', {
      body: rss([
        { guid: 'n1', title: 'Oman talks resume', date: 'Fri, 17 May 2024 10:00:00 GMT' },
        { guid: 'x', title: 'Seed item', date: 'Thu, 16 May 2024 10:00:00 GMT' },
      ]),
    });
    later(300);
    await poller.poll((await alerts.getFeed(feed.id))!);
    server.routes.set('/f', {
      body: rss([
        {
          guid: 'n1',
          title: 'Oman talks resume (updated)',
          date: 'Sat, 18 May 2024 08:00:00 GMT',
          body: para(32, 'an update'),
        },
        { guid: 'x', title: 'Seed item', date: 'Thu, 16 May 2024 10:00:00 GMT' },
      ]),
    });
    later(300);
    const result = await poller.poll((await alerts.getFeed(feed.id))!);
    expect(result.stored).toBe(0);
    expect(alertCount()).toBe(1);
  });

  it('given a server that sends an ETag, the next poll is conditional and a 304 changes nothing', async () => {
    server.routes.set('/etag', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, body: '' }
        : {
            body: rss([{ guid: 'e1', title: 'Oman', date: 'Thu, 16 May 2024 10:00:00 GMT' }]),
            headers: { etag: '"v1"' },
          },
    );
    const feed = await addFeed('/etag');
    await poller.poll(feed);
    later(300);
    const second = await poller.poll((await alerts.getFeed(feed.id))!);
    expect(second.status).toBe('not-modified');
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
  });

  it('given a teaser-only item, the article page is fetched and its text stored', async () => {
    server.routes.set('/t', {
      body: rss([{ guid: 'seed', title: 'Old', date: 'Thu, 16 May 2024 10:00:00 GMT' }]),
    });
    const feed = await addFeed('/t');
    await poller.poll(feed);
    const page = `<html><head><title>Full story</title></head><body><article><h1>Full story</h1>${para(12, 'the full story from the page')}${para(12, 'more of the page')}</article></body></html>`;
    server.routes.set('/story.html', { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } });
    server.routes.set('/t', {
      body: rss([
        {
          guid: 'teaser',
          title: 'Oman story',
          date: 'Fri, 17 May 2024 10:00:00 GMT',
          body: 'Short teaser.',
          link: server.url('/story.html'),
        },
      ]),
    });
    later(300);
    const result = await poller.poll((await alerts.getFeed(feed.id))!);
    expect(result.stored).toBe(1);
    const stored = (await articles.latest(5)).find((a) => a.title === 'Oman story')!;
    expect(stored.parsed.paragraphs.join(' ')).toContain('the full story from the page');
  });

  it('given an address that serves a web page instead of a feed, the poll fails, backs off, and after repeated failures the feed is disabled and its channel told', async () => {
    server.routes.set('/bad', {
      body: '<html><body><h1>We moved!</h1></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    let feed = await addFeed('/bad');
    const first = await poller.poll(feed);
    expect(first.status).toBe('failed');
    feed = (await alerts.getFeed(feed.id))!;
    expect(new Date(feed.nextPollAt).getTime() - clock.getTime()).toBe(600_000);
    for (let i = 1; i < MAX_FEED_FAILURES; i++) {
      clock = new Date(feed.nextPollAt);
      const r = await poller.poll(feed);
      feed = (await alerts.getFeed(feed.id))!;
      if (i === MAX_FEED_FAILURES - 1) expect(r.status).toBe('disabled');
    }
    expect(feed.disabledAt).not.toBeNull();
    expect(await alerts.dueFeeds(new Date('2030-01-01'))).toHaveLength(0);
    const notice = articles.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'notice'")
      .pluck()
      .get() as string;
    expect(notice).toContain('I stopped polling the feed');
  });

  it('given a feed larger than the size cap, the poll fails with a clear error', async () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      guid: `h${i}`,
      title: `Item ${i}`,
      date: 'Thu, 16 May 2024 10:00:00 GMT',
    }));
    server.routes.set('/huge', { body: rss(items) });
    const result = await poller.poll(await addFeed('/huge'));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/over the 200000-byte cap/);
  });

  it('given a feed with one malformed item among good ones, the good ones are stored and the bad one skipped', async () => {
    const body = readFileSync(new URL('./fixtures/feeds/rss-cdata-entities.xml', import.meta.url));
    server.routes.set('/mixed', { body });
    const result = await poller.poll(await addFeed('/mixed'));
    expect(result).toMatchObject({ status: 'updated', stored: 2, skipped: 1 });
  });
});

describe('real-world feed samples over HTTP', () => {
  it('given the sample feeds served on loopback, each distinct item is stored once, bad items are skipped with a log line, and a later poll alerts only what is new', async () => {
    const server = await startRouteServer();
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    const alerts = new SqliteAlertStore(articles.db);
    const warnings: string[] = [];
    const log = {
      info() {},
      error() {},
      warn(obj: object, msg?: string) {
        warnings.push(`${msg} ${JSON.stringify(obj)}`);
      },
    } as unknown as Logger;
    let clock = new Date('2024-05-17T12:00:00Z');
    const router = new AlertRouter({ alerts, log, now: () => clock });
    const poller = new FeedPoller({
      alerts,
      articles,
      arrived: (a, arrival) => router.articleArrived(a, arrival),
      fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
      log,
      now: () => clock,
      // Teaser pages are not served here: the teaser text is stored as it is.
      readPage: async () => {
        throw new Error('no page');
      },
    });
    try {
      await alerts.addSubscription({
        platform: 'discord',
        channelId: '9',
        kind: 'keyword',
        value: 'council, café, ceasefire, markets',
        createdBy: 'u',
      });
      const samples = ['rss-cdata-entities.xml', 'atom-duplicates.xml', 'rss-windows-1252.xml', 'feed.json'];
      for (const name of samples) {
        server.routes.set(`/${name}`, {
          body: readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url)),
        });
        await poller.poll(
          (await alerts.addFeed(server.url(`/${name}`), { platform: 'discord', channelId: '9' }, 300, clock))
            .feed,
        );
      }
      expect((await articles.latest(20)).map((a) => a.title).sort()).toEqual([
        'Café owners protest new rules – again',
        'Ceasefire talks resume in Cairo & Doha',
        'Council approves new budget',
        'Markets steady after rate decision',
        'Probe reaches asteroid',
        'Telescope finds water',
      ]);
      // The first poll of a feed is its backlog: stored, never alerted.
      expect(articles.db.prepare("SELECT count(*) FROM outbox WHERE kind = 'alert'").pluck().get()).toBe(0);
      expect(warnings.filter((w) => w.startsWith('skipped a feed item'))).toHaveLength(3);

      const atom = readFileSync(
        new URL('./fixtures/feeds/atom-duplicates.xml', import.meta.url),
        'utf8',
      ).replace(
        '<entry>',
        '<entry><title>Council delays vote on transit plan</title><link href="https://city.example.com/transit"/><id>urn:uuid:new-entry</id><updated>2024-05-17T11:00:00Z</updated><summary>The council postponed the vote.</summary></entry><entry>',
      );
      server.routes.set('/atom-duplicates.xml', { body: atom });
      clock = new Date(clock.getTime() + 600_000);
      for (const name of samples) await poller.poll((await alerts.findFeedByUrl(server.url(`/${name}`)))!);
      const alerted = articles.db
        .prepare("SELECT a.title FROM outbox o JOIN articles a ON a.id = o.article_id WHERE o.kind = 'alert'")
        .pluck()
        .all();
      expect(alerted).toEqual(['Council delays vote on transit plan']);
    } finally {
      await articles.close();
      await server.close();
    }
  });
});

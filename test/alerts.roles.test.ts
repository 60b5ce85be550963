import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../src/bot/reply.js';
import { loadConfig } from '../src/config/env.js';
import type { Logger } from '../src/log.js';
import { FeedPoller } from '../src/feeds/poller.js';
import { AlertingRuntime } from '../src/runtime/alerting.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { storeArticle } from './helpers/articles.js';
import { freePort } from './helpers/http-server.js';

/** HERALD_ROLES: a process runs only the services its roles name. */

const silent = pino({ level: 'silent' }) as unknown as Logger;

describe('roles per process', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function runtimeWith(roles: string, port: number) {
    const articles = new SqliteArticleStore(':memory:', { logger: silent });
    const config = loadConfig({
      HERALD_ROLES: roles,
      HERALD_HTTP_PORT: String(port),
      HERALD_INGEST_TOKEN: 'roles-token',
      HERALD_SEEDS_DIR: 'no-such-seeds-folder',
    });
    const runtime = new AlertingRuntime({ config, articles, log: silent, roles: config.HERALD_ROLES });
    const sent: string[] = [];
    const platform = {
      name: 'discord' as const,
      async send(_channel: string, reply: Reply) {
        sent.push(reply.title ?? '');
        return { messageId: String(sent.length) };
      },
      async edit() {},
    };
    await runtime.alerts.addSubscription({
      platform: 'discord',
      channelId: '5',
      kind: 'keyword',
      value: 'lighthouse',
      createdBy: 'test',
    });
    const article = await storeArticle(articles, {
      title: 'Lighthouse keeper retires',
      text: 'The last lighthouse keeper on the cape handed over the keys.',
    });
    await runtime.arrived(article);
    await runtime.start([platform]);
    stops.push(async () => {
      await runtime.stop();
      await articles.close();
    });
    return { runtime, sent };
  }

  const healthy = (port: number) =>
    fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  const ingestStatus = (port: number) =>
    fetch(`http://127.0.0.1:${port}/ingest`, {
      method: 'POST',
      headers: { authorization: 'Bearer roles-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Harbour crane fixed',
        text: 'The harbour crane was repaired overnight.',
      }),
    }).then((r) => r.status);

  it('given only the ingest role, HTTP ingest listens and nothing is delivered', async () => {
    const port = await freePort();
    const { runtime, sent } = await runtimeWith('ingest', port);
    expect(await healthy(port)).toBe(true);
    expect(await ingestStatus(port)).toBe(201);
    expect(await runtime.deliverNow()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('given only the deliver role, the queued alert is delivered and the port answers health checks but takes no articles', async () => {
    const port = await freePort();
    const { runtime, sent } = await runtimeWith('deliver', port);
    expect(await runtime.deliverNow()).toBe(1);
    expect(sent).toEqual(['Lighthouse keeper retires']);
    expect(await healthy(port)).toBe(true);
    expect(await ingestStatus(port)).toBe(403);
  });

  it('given two pollers sharing a store and polling at the same moment, a due feed is fetched once', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: silent });
    stops.push(() => articles.close());
    const alerts = new SqliteAlertStore(articles.db);
    const clock = new Date('2024-05-17T12:00:00Z');
    await alerts.addFeed(
      'https://wire.example.org/feed.xml',
      { platform: 'discord', channelId: '5' },
      300,
      clock,
    );
    const body = Buffer.from(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Tide tables printed</title>' +
        '<guid>t1</guid><description>The harbour office printed next year tide tables.</description></item></channel></rss>',
    );
    let fetches = 0;
    const poller = (holder: string) =>
      new FeedPoller({
        alerts,
        articles,
        arrived: async () => undefined,
        fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
        log: silent,
        now: () => clock,
        holder,
        fetch: async (url) => {
          fetches++;
          // Slow enough that the other poller reads the feed as due while this one holds it.
          await new Promise((resolve) => setTimeout(resolve, 50));
          return {
            status: 200,
            headers: { 'content-type': 'application/rss+xml' },
            body,
            finalUrl: url,
            contentType: 'application/rss+xml',
            charset: null,
            notModified: false,
          };
        },
      });
    const results = await Promise.all([poller('host|1|0|a').pollDue(), poller('host|2|0|b').pollDue()]);
    expect(fetches).toBe(1);
    expect(results.flat().map((r) => r.status)).toEqual(['updated']);
  });
});

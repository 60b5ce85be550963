import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Deliverer } from '../src/alerts/deliverer.js';
import { runUserRegex } from '../src/alerts/match.js';
import { AlertRouter } from '../src/alerts/router.js';
import type { Reply } from '../src/bot/reply.js';
import type { SendOptions } from '../src/platforms/platform.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { type ArticleSpec, storeArticle } from './helpers/articles.js';

const quiet = { info() {}, warn() {}, error() {} };
const channel = { platform: 'discord' as const, channelId: '100' };

/** A platform that records what reached it, optionally failing the next calls. */
class RecordingPlatform {
  sent: { channelId: string; reply: Reply; opts?: SendOptions | undefined; id: string }[] = [];
  edits: { channelId: string; messageId: string; reply: Reply }[] = [];
  failSends = 0;
  failEdits = false;
  async send(channelId: string, reply: Reply, opts?: SendOptions) {
    if (this.failSends > 0) {
      this.failSends--;
      throw new Error('503 Service Unavailable');
    }
    const id = `m${this.sent.length + 1}`;
    this.sent.push({ channelId, reply, opts, id });
    return { messageId: id };
  }
  async edit(channelId: string, messageId: string, reply: Reply) {
    if (this.failEdits) throw new Error('editing is not allowed');
    this.edits.push({ channelId, messageId, reply });
  }
}

const talks: ArticleSpec = {
  title: 'US and Iran hold indirect talks in Oman',
  text: 'Iranian officials held indirect talks with Brett McGurk and Abram Paley in Oman. The talks were mediated by Omani officials.',
  url: 'https://news.example.org/talks',
  source: 'Example News',
  people: ['Brett McGurk', 'Abram Paley'],
  places: ['Oman', 'Iran', 'United States'],
};

const talksElsewhere: ArticleSpec = {
  ...talks,
  title: 'Report: Washington and Tehran talked in Muscat',
  text: 'Brett McGurk and Abram Paley met Iranian officials indirectly in Oman, two sources said. Omani officials mediated.',
  url: 'https://other.example.com/iran-oman',
  source: 'Other Wire',
};

describe('alert routing and delivery', () => {
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  let platform: RecordingPlatform;
  let clock: Date;
  let router: AlertRouter;
  let deliverer: Deliverer;

  beforeEach(async () => {
    articles = new SqliteArticleStore(':memory:', { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    platform = new RecordingPlatform();
    clock = new Date('2024-05-17T12:00:00Z');
    const now = () => clock;
    router = new AlertRouter({ alerts, log: quiet, now, rateLimit: { max: 3, windowMs: 10 * 60_000 } });
    deliverer = new Deliverer({
      alerts,
      articles,
      platforms: new Map([['discord', platform]]),
      log: quiet,
      now,
    });
    await alerts.addSubscription({ ...channel, kind: 'keyword', value: 'Oman', createdBy: 'u1' });
  });
  afterEach(async () => await articles.close());

  it('given a matching article, the channel gets one alert card, once, even if the article arrives again', async () => {
    const article = await storeArticle(articles, talks);
    expect((await router.articleArrived(article)).queued).toBe(1);
    expect((await router.articleArrived(article)).queued).toBe(0);
    expect(await deliverer.runOnce()).toBe(1);
    expect(await deliverer.runOnce()).toBe(0);
    expect(platform.sent).toHaveLength(1);
    expect(platform.sent[0]!.reply.title).toBe(talks.title);
    expect(platform.sent[0]!.opts?.nonce).toMatch(/^[0-9a-f]{25}$/);
    expect((await alerts.deliveryLog(article.id)).map((e) => e.event)).toEqual(['queued', 'delivered']);
    // The alert makes the article the channel's: "/who" there now means this article.
    expect(await articles.getChannelArticle('discord:100')).toBe(article.id);
  });

  it('given a channel subscribed twice, an article matching both subscriptions is posted once', async () => {
    await alerts.addSubscription({ ...channel, kind: 'person', value: 'McGurk', createdBy: 'u1' });
    await router.articleArrived(await storeArticle(articles, talks));
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(1);
  });

  it('given the same story from a second outlet, the original alert is edited to say "also reported by"', async () => {
    await router.articleArrived(await storeArticle(articles, talks));
    await deliverer.runOnce();
    const second = await storeArticle(articles, talksElsewhere);
    const result = await router.articleArrived(second);
    expect(result.alsoReported).toBe(1);
    expect(result.queued).toBe(0);
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(1);
    expect(platform.edits).toHaveLength(1);
    expect(platform.edits[0]!.messageId).toBe('m1');
    const also = platform.edits[0]!.reply.fields?.find((f) => f.name === 'Also reported by');
    expect(also?.value).toContain('Other Wire');
  });

  it('given an alert that cannot be edited, the later version is posted as a threaded reply', async () => {
    await router.articleArrived(await storeArticle(articles, talks));
    await deliverer.runOnce();
    platform.failEdits = true;
    await router.articleArrived(await storeArticle(articles, talksElsewhere));
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(2);
    expect(platform.sent[1]!.opts?.threadOf).toBe('m1');
    expect(platform.sent[1]!.reply.text).toContain('Also reported by Other Wire');
  });

  it('given a burst past the rate limit, the rest are held for the digest and one note says how many', async () => {
    // Six unrelated stories: content grouping keeps each apart, so each is its own alert.
    const burst = [
      ['Oman opens a new port', 'A container port opened south of Muscat.'],
      ['Oman dates harvest breaks record', 'Farmers picked more dates than ever this autumn.'],
      ['Football club in Oman sacks coach', 'The club dismissed its coach after five defeats.'],
      ['Museum in Oman returns bronze statue', 'A bronze statue went back to the museum after restoration.'],
      ['Oman airline orders wide-body jets', 'The carrier signed for twelve long-haul aircraft.'],
      ['Heatwave closes schools across Oman', 'Schools shut early as temperatures passed forty degrees.'],
    ] as const;
    for (let i = 0; i < 6; i++) {
      const a = await storeArticle(articles, {
        title: burst[i]![0],
        text: burst[i]![1],
        people: [`Person Number${i}`],
        places: [`Town${i}`],
      });
      await router.articleArrived(a);
    }
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(3);
    clock = new Date(clock.getTime() + 10 * 60_000);
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(4);
    expect(platform.sent[3]!.reply.text).toMatch(/^3 more articles matched/);
  });

  it('given a silent arrival (a new feed backlog), nothing is queued and the log says why', async () => {
    const article = await storeArticle(articles, talks);
    expect((await router.articleArrived(article, { silent: true })).queued).toBe(0);
    expect((await alerts.deliveryLog(article.id))[0]!.event).toBe('stored-silently');
  });

  it('given a failing platform, delivery is retried with backoff and posted once when it recovers', async () => {
    platform.failSends = 2;
    const article = await storeArticle(articles, talks);
    await router.articleArrived(article);
    expect(await deliverer.runOnce()).toBe(0);
    expect(await deliverer.runOnce()).toBe(0);
    clock = new Date(clock.getTime() + 5_000);
    expect(await deliverer.runOnce()).toBe(0);
    clock = new Date(clock.getTime() + 10_000);
    expect(await deliverer.runOnce()).toBe(1);
    expect(platform.sent).toHaveLength(1);
    expect((await alerts.deliveryLog(article.id)).map((e) => e.event)).toEqual([
      'queued',
      'retrying',
      'retrying',
      'delivered',
    ]);
  });

  it('given a stored alert whose payload no longer validates, it is failed at once with the reason, not retried', async () => {
    const article = await storeArticle(articles, talks);
    await router.articleArrived(article);
    articles.db.prepare(`UPDATE outbox SET payload = '{"title": 42}'`).run();
    expect(await deliverer.runOnce()).toBe(0);
    expect(platform.sent).toHaveLength(0);
    const log = await alerts.deliveryLog(article.id);
    expect(log.map((e) => e.event)).toEqual(['queued', 'failed']);
    expect(log[1]!.detail).toMatch(/^gave up: stored payload is invalid/);
    expect(await alerts.dueDeliveries(new Date(clock.getTime() + 86_400_000), 10)).toHaveLength(0);
  });

  it('given a store that fails while listing due deliveries, a run logs it and reports nothing sent', async () => {
    const errors: unknown[] = [];
    const broken = new Deliverer({
      alerts: Object.assign(Object.create(alerts) as SqliteAlertStore, {
        claimDeliveries: () => {
          throw new Error('database is locked');
        },
      }),
      articles,
      platforms: new Map([['discord', platform]]),
      log: { ...quiet, error: (obj: unknown) => errors.push(obj) },
    });
    await expect(broken.runOnce()).resolves.toBe(0);
    expect(errors).toHaveLength(1);
  });

  it('given a platform not connected for many runs, its first failure once connected is retried, not fatal', async () => {
    const article = await storeArticle(articles, talks);
    await router.articleArrived(article);
    const now = () => clock;
    const unconnected = new Deliverer({
      alerts,
      articles,
      platforms: new Map(),
      log: quiet,
      now,
      maxAttempts: 3,
    });
    for (let i = 0; i < 5; i++) {
      expect(await unconnected.runOnce()).toBe(0);
      clock = new Date(clock.getTime() + 60_000);
    }
    const connected = new Deliverer({
      alerts,
      articles,
      platforms: new Map([['discord', platform]]),
      log: quiet,
      now,
      maxAttempts: 3,
    });
    platform.failSends = 1;
    expect(await connected.runOnce()).toBe(0);
    clock = new Date(clock.getTime() + 5_000);
    expect(await connected.runOnce()).toBe(1);
    expect((await alerts.deliveryLog(article.id)).map((e) => e.event)).toEqual([
      'queued',
      'retrying',
      'delivered',
    ]);
  });

  it('given an article that matches nothing, no channel gets it', async () => {
    await router.articleArrived(
      await storeArticle(articles, { title: 'Local bakery wins prize', text: 'A bakery in Leeds won.' }),
    );
    await deliverer.runOnce();
    expect(platform.sent).toHaveLength(0);
  });

  it('given a catastrophic user regex, matching gives up within the time limit instead of hanging', () => {
    const started = Date.now();
    const result = runUserRegex('(a+)+$', `${'a'.repeat(40)}!`);
    expect(result.matched).toBe(false);
    expect(result.problem).toBe('regex timed out');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

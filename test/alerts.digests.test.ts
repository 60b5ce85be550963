import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DigestScheduler, previousSlot } from '../src/alerts/digest-scheduler.js';
import { AlertRouter } from '../src/alerts/router.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { storeArticle } from './helpers/articles.js';

const quiet = { info() {}, warn() {}, error() {} };
const channel = { platform: 'discord' as const, channelId: '42' };

describe('scheduled digests', () => {
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  let router: AlertRouter;

  beforeEach(async () => {
    articles = new SqliteArticleStore(':memory:', { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    router = new AlertRouter({
      alerts,
      log: quiet,
      now: () => new Date(),
      rateLimit: { max: 100, windowMs: 60_000 },
    });
    await alerts.addSubscription({ ...channel, kind: 'keyword', value: 'harbour', createdBy: 'u' });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await articles.close();
  });

  const digests = () =>
    articles.db.prepare("SELECT dedup_key, payload FROM outbox WHERE kind = 'digest' ORDER BY id").all() as {
      dedup_key: string;
      payload: string;
    }[];

  /** Three unrelated stories, so content grouping keeps them apart. */
  const STORIES = [
    { title: '', text: '' },
    {
      title: 'Harbour board approves dredging',
      text: 'The harbour board approved dredging at the north quay.',
    },
    {
      title: 'Harbour library opens on Sundays',
      text: 'The central library will open its reading rooms every Sunday.',
    },
    {
      title: 'Council raises harbour bus fares',
      text: 'Bus fares go up by ten cents after a close council vote.',
    },
  ];
  const title = (n: number) => STORIES[n]!.title;
  const arrive = async (n: number) =>
    router.articleArrived(
      await storeArticle(articles, {
        title: title(n),
        text: STORIES[n]!.text,
        people: [`Person Num${n}`],
        places: [`Place${n}`],
      }),
    );

  it('given a store failure when a digest fires, Herald logs it with the channel and the next digest still fires', async () => {
    vi.useFakeTimers({ now: new Date('2024-05-17T07:30:00Z') });
    await alerts.setDigestSchedule({ ...channel, cron: '0 8 * * *', timezone: 'UTC' }, new Date());
    const errors: Array<{ channel?: string }> = [];
    let failNext = true;
    const flaky = Object.assign(Object.create(alerts) as SqliteAlertStore, {
      claimDigestSlot: async (...args: Parameters<SqliteAlertStore['claimDigestSlot']>) => {
        if (failNext) {
          failNext = false;
          throw new Error('database is locked');
        }
        return await alerts.claimDigestSlot(...args);
      },
    });
    const scheduler = new DigestScheduler({
      alerts: flaky,
      articles,
      log: { ...quiet, error: (obj: { channel?: string }) => errors.push(obj) },
      holder: 'p1',
    });
    await scheduler.start();
    await arrive(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(errors.map((e) => e.channel)).toEqual(['discord:42']);
    await arrive(2);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    scheduler.stop();
    expect(digests().map((d) => d.dedup_key)).toEqual(['2024-05-18T08:00:00.000Z']);
  });

  it('given a daily 08:00 digest in Paris across the spring DST change, each digest fires at 08:00 local time', async () => {
    vi.useFakeTimers({ now: new Date('2024-03-30T05:00:00Z') });
    await alerts.setDigestSchedule({ ...channel, cron: '0 8 * * *', timezone: 'Europe/Paris' }, new Date());
    const scheduler = new DigestScheduler({ alerts, articles, log: quiet, holder: 'p1' });
    await scheduler.start();
    await arrive(1);
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000); // to 08:00 CET = 07:00Z
    await arrive(2);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000); // past 08:00 CEST on the 31st = 06:00Z
    await arrive(3);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    scheduler.stop();
    expect(digests().map((d) => d.dedup_key)).toEqual([
      '2024-03-30T07:00:00.000Z',
      '2024-03-31T06:00:00.000Z',
      '2024-04-01T06:00:00.000Z',
    ]);
    expect(digests()[0]!.payload).toContain(title(1));
    expect(digests()[1]!.payload).toContain(title(2));
    expect(digests()[1]!.payload).not.toContain(title(1));
  });

  it('given a restart after a digest was sent, the same digest is not sent again', async () => {
    vi.useFakeTimers({ now: new Date('2024-06-01T07:00:00Z') });
    await alerts.setDigestSchedule(
      { ...channel, cron: '0 8 * * *', timezone: 'UTC' },
      new Date('2024-05-01T00:00:00Z'),
    );
    await arrive(1);
    vi.setSystemTime(new Date('2024-06-01T08:00:30Z'));
    const first = new DigestScheduler({ alerts, articles, log: quiet, holder: 'p1' });
    await first.start();
    first.stop();
    const second = new DigestScheduler({ alerts, articles, log: quiet, holder: 'p2' });
    await second.start();
    second.stop();
    expect(digests()).toHaveLength(1);
  });

  it('given Herald was down at digest time, the missed digest is sent once at start-up', async () => {
    vi.useFakeTimers({ now: new Date('2024-06-02T20:00:00Z') });
    await alerts.setDigestSchedule(
      { ...channel, cron: '0 8 * * *', timezone: 'UTC' },
      new Date('2024-06-01T09:00:00Z'),
    );
    await alerts.setLastDigest(channel, new Date('2024-06-02T08:00:00Z'));
    await arrive(1);
    vi.setSystemTime(new Date('2024-06-03T12:00:00Z'));
    const scheduler = new DigestScheduler({ alerts, articles, log: quiet, holder: 'p1' });
    await scheduler.start();
    scheduler.stop();
    expect(digests().map((d) => d.dedup_key)).toEqual(['2024-06-03T08:00:00.000Z']);
  });

  it('given two processes firing the same slot, only one queues the digest', async () => {
    vi.useFakeTimers({ now: new Date('2024-06-03T07:59:00Z') });
    await alerts.setDigestSchedule(
      { ...channel, cron: '0 8 * * *', timezone: 'UTC' },
      new Date('2024-06-01T00:00:00Z'),
    );
    await alerts.setLastDigest(channel, new Date('2024-06-02T08:00:00Z'));
    await arrive(1);
    const a = new DigestScheduler({ alerts, articles, log: quiet, holder: 'a' });
    const b = new DigestScheduler({ alerts, articles, log: quiet, holder: 'b' });
    const slot = new Date('2024-06-03T08:00:00Z');
    const schedule = (await alerts.getDigestSchedule(channel))!;
    expect(await Promise.all([a.runSlot(schedule, slot), b.runSlot(schedule, slot)])).toEqual([true, false]);
    expect(digests()).toHaveLength(1);
  });

  it('given a weekly schedule, the previous slot is found in the channel time zone', () => {
    const slot = previousSlot(
      { cron: '30 9 * * 1', timezone: 'America/New_York' },
      new Date('2024-11-06T12:00:00Z'),
    );
    expect(slot?.toISOString()).toBe('2024-11-04T14:30:00.000Z');
  });

  it('given /digest now, the digest covers stories since the last one and moves the mark', async () => {
    await alerts.setDigestSchedule({ ...channel, cron: '0 8 * * *', timezone: 'UTC' }, new Date());
    await arrive(1);
    await arrive(2);
    const scheduler = new DigestScheduler({ alerts, articles, log: quiet, holder: 'p' });
    const reply = await scheduler.digestNow(channel, 'UTC');
    expect(reply.title).toBe('Digest: 2 stories');
    expect(reply.text).toContain(title(2));
    expect((await scheduler.digestNow(channel, 'UTC')).title).toBe('Digest: nothing new');
  });

  it('given a schedule stored by another process (a Discord shard), the scheduling process picks it up within a minute', async () => {
    vi.useFakeTimers({ now: new Date('2024-06-03T07:00:00Z') });
    const scheduler = new DigestScheduler({ alerts, articles, log: quiet, holder: 'manager' });
    await scheduler.start();
    await arrive(1);
    await alerts.setDigestSchedule({ ...channel, cron: '30 7 * * *', timezone: 'UTC' }, new Date());
    await vi.advanceTimersByTimeAsync(40 * 60_000);
    scheduler.stop();
    expect(digests().map((d) => d.dedup_key)).toEqual(['2024-06-03T07:30:00.000Z']);
  });

  it('given a channel with a digest schedule but no subscriptions, its digest lists every story stored since the last one', async () => {
    vi.useFakeTimers({ now: new Date('2024-06-03T06:00:00Z') });
    const quietChannel = { platform: 'slack' as const, channelId: 'C9' };
    await alerts.setDigestSchedule({ ...quietChannel, cron: '0 8 * * *', timezone: 'UTC' }, new Date());
    await alerts.setLastDigest(quietChannel, new Date('2024-06-03T06:30:00Z'));
    await arrive(1);
    vi.setSystemTime(new Date('2024-06-03T07:00:00Z'));
    await arrive(2);
    await arrive(3);
    const reply = await new DigestScheduler({ alerts, articles, log: quiet, holder: 'p' }).digestNow(
      quietChannel,
      'UTC',
    );
    expect(reply.title).toBe('Digest: 2 stories since 3 Jun, 06:30');
    expect(reply.text).not.toContain(title(1));
  });
});

import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Deliverer } from '../src/alerts/deliverer.js';
import type { CommandContext } from '../src/bot/context.js';
import type { Reply } from '../src/bot/reply.js';
import { type CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { runCommand } from '../src/bot/runner.js';
import { parseTextArgs } from '../src/bot/text-args.js';
import { loadConfig } from '../src/config/env.js';
import type { Logger } from '../src/log.js';
import { createConsolePlatform } from '../src/platforms/console/index.js';
import { AlertingRuntime } from '../src/runtime/alerting.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { type ArticleSpec, storeArticle } from './helpers/articles.js';
import { startRouteServer } from './helpers/http-server.js';

const silent = pino({ level: 'silent' }) as unknown as Logger;
const channel = { platform: 'discord' as const, channelId: '100' };

const talks: ArticleSpec = {
  title: 'US and Iran hold indirect talks in Oman',
  text: 'Iranian officials held indirect talks with Brett McGurk in Oman. The talks were mediated by Omani officials.',
  url: 'https://news.example.org/talks',
  source: 'Example News',
  people: ['Brett McGurk'],
  places: ['Oman', 'Iran'],
};

const harvest: ArticleSpec = {
  title: 'Wheat harvest begins early in Kansas',
  text: 'Farmers in Kansas started the wheat harvest two weeks early after a warm spring.',
  url: 'https://farm.example.net/wheat',
  source: 'Farm Daily',
  places: ['Kansas'],
};

const rss = (items: string[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Loopback Wire</title><link>https://wire.example.org/</link>
${items.map((t, i) => `<item><title>${t}</title><link>https://wire.example.org/${i}</link><guid>wire-${i}</guid><description>${t}. Officials confirmed the report on Friday and said more details would follow.</description></item>`).join('\n')}
</channel></rss>`;

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

describe('channel-setup commands', () => {
  let articles: SqliteArticleStore;
  let runtime: AlertingRuntime;
  let env: Record<string, string>;

  function build(extra: Record<string, string> = {}) {
    articles = new SqliteArticleStore(':memory:', { logger: silent });
    env = { HERALD_TIMEZONE: 'Europe/Paris', ...extra };
    // The repo's seeds folder is not watched from tests: only the runtime's delivery side runs.
    runtime = new AlertingRuntime({
      config: loadConfig(env),
      articles,
      log: silent,
      sources: { watch: false },
    });
  }

  function ctx(isAdmin = true, at = channel): CommandContext {
    return {
      platform: at.platform,
      channelKey: `${at.platform}:${at.channelId}`,
      user: { id: 'u1', name: 'Ada', isAdmin },
      store: articles,
      config: loadConfig(env),
      log: silent,
      now: new Date(),
      alerts: runtime.services,
    };
  }

  const run = (name: string, args: Record<string, unknown>, isAdmin = true) =>
    runCommand(registry, name, args, ctx(isAdmin));
  const allText = (r: Reply) =>
    [r.title, r.text, ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n');

  beforeEach(() => build());
  afterEach(async () => {
    await runtime.stop();
    await articles.close();
  });

  it('given an admin, /subscribe keyword stores the subscription and /subscriptions lists it with who added it', async () => {
    const reply = await run('subscribe', { kind: 'keyword', value: 'nuclear   talks' });
    expect(reply.error).toBeFalsy();
    expect(reply.text).toContain('keyword `nuclear talks`');
    expect((await runtime.alerts.listSubscriptions(channel)).map((s) => [s.kind, s.value])).toEqual([
      ['keyword', 'nuclear talks'],
    ]);
    const again = await run('subscribe', { kind: 'keyword', value: 'nuclear talks' });
    expect(again.text).toMatch(/already subscribed/);
    const list = await run('subscriptions', {}, false);
    expect(list.title).toBe('1 subscription in this channel');
    expect(list.text).toMatch(
      /keyword `nuclear talks`: articles whose title or text has these words .*added by Ada/,
    );
  });

  it('given a person who is not an admin, every channel-changing command is refused and nothing changes', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      ['subscribe', { kind: 'keyword', value: 'Oman' }],
      ['unsubscribe', {}],
      ['schedule', { cron: '0 9 * * *' }],
      ['digest', {}],
      ['why', {}],
    ];
    for (const [name, args] of attempts) {
      const reply = await run(name, args, false);
      expect(reply.error, name).toBe(true);
      expect(reply.text, name).toContain('needs admin rights');
    }
    expect(await runtime.alerts.listSubscriptions()).toEqual([]);
    expect(await runtime.alerts.getDigestSchedule(channel)).toBeNull();
  });

  it('given a regex that does not compile, /subscribe regex refuses it with the reason', async () => {
    const reply = await run('subscribe', { kind: 'regex', value: 'talks(' });
    expect(reply.error).toBe(true);
    expect(reply.text).toMatch(/not a valid regular expression/);
    expect(await runtime.alerts.listSubscriptions()).toEqual([]);
  });

  it('given a loopback feed URL while private addresses are not allowed, /subscribe feed refuses it and stores nothing', async () => {
    const server = await startRouteServer();
    server.routes.set('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss(['One']),
    });
    try {
      const reply = await run('subscribe', { kind: 'feed', value: server.url('/feed.xml') });
      expect(reply.error).toBe(true);
      expect(reply.text).toMatch(/^I can't subscribe to that feed: refused: .*loopback/);
      expect(server.requests).toHaveLength(0);
      expect(await runtime.alerts.listFeeds()).toEqual([]);
      expect(await runtime.alerts.listSubscriptions()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('given a reachable feed (private addresses allowed), /subscribe feed seeds its backlog silently and subscribes the channel', async () => {
    build({ HERALD_ALLOW_PRIVATE_URLS: '1' });
    const server = await startRouteServer();
    server.routes.set('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss(['Ministers meet in Geneva', 'Port strike ends after deal']),
    });
    try {
      const url = server.url('/feed.xml');
      const reply = await run('subscribe', { kind: 'feed', value: url });
      expect(reply.error).toBeFalsy();
      expect(reply.text).toContain('Its 2 current items were stored without alerts');
      const [feed] = await runtime.alerts.listFeeds();
      expect(feed?.url).toBe(url);
      expect(feed?.seededAt).not.toBeNull();
      // The safety check and the seeding poll share one request.
      expect(server.requests.filter((r) => r.path === '/feed.xml')).toHaveLength(1);
      expect((await runtime.alerts.listSubscriptions(channel)).map((s) => [s.kind, s.value])).toEqual([
        ['feed', url],
      ]);
      expect(await runtime.alerts.dueDeliveries(new Date(Date.now() + 3600_000), 10)).toEqual([]);
      const notFeed = await run('subscribe', { kind: 'feed', value: server.url('/missing') });
      expect(notFeed.text).toMatch(/HTTP 404/);
    } finally {
      await server.close();
    }
  });

  it('/unsubscribe removes the named subscription, whatever its case, and says so when nothing matches', async () => {
    await run('subscribe', { kind: 'keyword', value: 'Oman' });
    await run('subscribe', { kind: 'person', value: 'Brett McGurk' });
    const removed = await run('unsubscribe', { kind: 'keyword', value: 'oman' });
    expect(removed.title).toBe('Removed 1 subscription');
    expect((await runtime.alerts.listSubscriptions(channel)).map((s) => s.kind)).toEqual(['person']);
    const none = await run('unsubscribe', { kind: 'regex' });
    expect(none.error).toBe(true);
    expect(none.text).toContain('This channel has: person `Brett McGurk`');
    expect((await run('unsubscribe', {})).title).toBe('Removed 1 subscription');
    expect(await runtime.alerts.listSubscriptions(channel)).toEqual([]);
  });

  it('/why explains a matched and delivered article, and an article that matched nothing', async () => {
    await run('subscribe', { kind: 'keyword', value: 'Oman' });
    const platform = {
      sent: [] as Reply[],
      async send(_c: string, reply: Reply) {
        this.sent.push(reply);
        return { messageId: 'msg-1' };
      },
      async edit() {},
    };
    const deliverer = new Deliverer({
      alerts: runtime.alerts,
      articles,
      platforms: new Map([['discord', platform]]),
      log: silent,
    });
    const matched = await storeArticle(articles, talks);
    const other = await storeArticle(articles, harvest);
    await runtime.arrived(matched);
    await runtime.arrived(other);
    expect(await deliverer.runOnce()).toBe(1);

    const yes = allText(await run('why', { article: matched.id }));
    expect(yes).toContain('Matches this channel?: Yes: mentions "Oman" (keyword `Oman`)');
    expect(yes).toMatch(/queued: mentions "Oman"; queued as an alert/);
    expect(yes).toMatch(/delivered: sent as message msg-1/);
    expect(yes).toMatch(/now: alert: delivered .* as message msg-1/);

    const no = allText(await run('why', { article: other.id }));
    expect(no).toContain("No: it matches none of this channel's 1 subscription (keyword `Oman`)");
    expect(no).toContain('Nothing was queued here for it.');
  });

  it('/why says an article stored before the subscription existed was never alerted for that reason', async () => {
    const early = await storeArticle(articles, talks);
    await runtime.arrived(early);
    await new Promise((r) => setTimeout(r, 5));
    await run('subscribe', { kind: 'person', value: 'McGurk' });
    const text = allText(await run('why', { article: early.id }));
    expect(text).toContain('Yes: mentions Brett McGurk');
    expect(text).toContain('before the matching subscription was added');
  });

  it('/schedule with no cron sets daily 08:00 in HERALD_TIMEZONE; a cron and zone typed as text are split and stored', async () => {
    const first = await run('schedule', {});
    expect(first.title).toBe('Digest scheduled');
    expect(await runtime.alerts.getDigestSchedule(channel)).toMatchObject({
      cron: '0 8 * * *',
      timezone: 'Europe/Paris',
    });
    expect(first.text).toMatch(/Next: \d+ \w+ \d{4}, 08:00 /);

    const command = registry.get('schedule')!;
    const args = parseTextArgs(command, '30 17 * * 1-5 america/new_york');
    const second = await run('schedule', args);
    expect(second.title).toBe('Digest schedule changed');
    expect(await runtime.alerts.getDigestSchedule(channel)).toMatchObject({
      cron: '30 17 * * 1-5',
      timezone: 'America/New_York',
    });
  });

  it('/schedule refuses a bad cron expression and an unknown time zone, keeping the old schedule', async () => {
    const badCron = await run('schedule', { cron: '61 25 * * *' });
    expect(badCron.error).toBe(true);
    expect(badCron.text).toMatch(/is not a cron expression/);
    const badZone = await run('schedule', { cron: '0 8 * * *', timezone: 'Mars/Olympus' });
    expect(badZone.error).toBe(true);
    expect(badZone.text).toMatch(/`Mars\/Olympus` is not a time zone/);
    expect(await runtime.alerts.getDigestSchedule(channel)).toBeNull();
  });

  it('/digest now posts the stories routed here since the last digest, then starts again from empty', async () => {
    await run('subscribe', { kind: 'keyword', value: 'Oman' });
    await run('schedule', {});
    await runtime.arrived(await storeArticle(articles, talks));
    const digest = await run('digest', { when: 'now' });
    expect(digest.title).toBe('Digest: 1 story');
    expect(digest.text).toContain('US and Iran hold indirect talks in Oman (Example News)');
    expect((await runtime.alerts.getDigestSchedule(channel))?.lastDigestAt).not.toBeNull();
    expect((await run('digest', {})).title).toBe('Digest: nothing new');
  });

  it('given no alerting runtime, the commands say alerts are not running instead of failing', async () => {
    const reply = await runCommand(registry, 'subscriptions', {}, { ...ctx(), alerts: undefined });
    expect(reply.error).toBe(true);
    expect(reply.text).toMatch(/Alerts are not running/);
  });

  it('in the console, /subscribe keyword works and a matching article is printed as an alert', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => {
      printed += d.toString();
    });
    const consolePlatform = createConsolePlatform(
      { config: loadConfig(env), store: articles, commands: registry, log: silent, alerts: runtime.services },
      { input, output, interactive: false },
    );
    await consolePlatform.start();
    await runtime.start([consolePlatform]);
    input.end('/subscribe keyword Oman\n');
    await consolePlatform.finished;
    expect(printed).toContain('Subscribed this channel to the keyword `Oman`.');
    await runtime.arrived(await storeArticle(articles, talks));
    await expect.poll(() => printed, { timeout: 5000 }).toContain('US and Iran hold indirect talks in Oman');
  });
});

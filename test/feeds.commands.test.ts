import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { optionSpecs } from '../src/bot/command.js';
import type { CommandContext } from '../src/bot/context.js';
import { type CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { runCommand } from '../src/bot/runner.js';
import { parseTextArgs } from '../src/bot/text-args.js';
import { loadConfig } from '../src/config/env.js';
import type { Logger } from '../src/log.js';
import { AlertingRuntime } from '../src/runtime/alerting.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { startRouteServer } from './helpers/http-server.js';

const silent = pino({ level: 'silent' }) as unknown as Logger;
const channel = { platform: 'slack' as const, channelId: 'C7' };
const mastodon = readFileSync(new URL('./fixtures/feeds/wild/mastodon.xml', import.meta.url));

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

describe('feed preview and feed health in chat', () => {
  let articles: SqliteArticleStore;
  let runtime: AlertingRuntime;
  let server: Awaited<ReturnType<typeof startRouteServer>>;
  const env = { HERALD_ALLOW_PRIVATE_URLS: 'true' };

  beforeEach(async () => {
    server = await startRouteServer();
    articles = new SqliteArticleStore(':memory:', { logger: silent });
    runtime = new AlertingRuntime({
      config: loadConfig(env),
      articles,
      log: silent,
      sources: { watch: false },
    });
  });
  afterEach(async () => {
    await runtime.stop();
    await articles.close();
    await server.close();
  });

  const ctx = (): CommandContext => ({
    platform: channel.platform,
    channelKey: `${channel.platform}:${channel.channelId}`,
    user: { id: 'u1', name: 'Ada', isAdmin: true },
    store: articles,
    config: loadConfig(env),
    log: silent,
    now: new Date(),
    alerts: runtime.services,
  });
  const slash = async (name: string, text: string) => {
    const command = registry.get(name);
    if (!command) throw new Error(`no command ${name}`);
    return runCommand(registry, name, parseTextArgs(command, text), ctx());
  };

  it('given /subscribe feed <url> preview, the admin sees the items Herald would read, titles derived, and nothing is subscribed', async () => {
    server.routes.set('/toots.rss', {
      body: mastodon,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    });
    const reply = await slash('subscribe', `feed ${server.url('/toots.rss')} preview`);
    expect(reply.error).toBeFalsy();
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('Harbour City Transit Authority: RSS, 2 items, read as utf-8');
    expect(reply.text).toContain('• Ferry services between the north quay and Ashby Island are suspended');
    expect(reply.text).toContain('https://social.example/@transit/113001 · 2024-05-17T07:45:12.000Z');
    expect(await runtime.alerts.listFeeds()).toEqual([]);
    expect(await runtime.alerts.listSubscriptions()).toEqual([]);
  });

  it("given Discord's 100-character limit on option descriptions, /subscribe's options say how to preview within it", () => {
    const specs = optionSpecs(registry.get('subscribe')!);
    expect(specs.every((s) => (s.description ?? '').length <= 100)).toBe(true);
    expect(specs.find((s) => s.name === 'value')?.description).toContain('preview');
  });

  it('given a preview of an address that is no feed, the reason is given and nothing is stored', async () => {
    server.routes.set('/page', {
      body: '<html><body>Hello</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const reply = await slash('subscribe', `feed ${server.url('/page')} preview`);
    expect(reply.error).toBe(true);
    expect(reply.text).toMatch(/not an RSS, Atom or JSON feed/);
    expect(await runtime.alerts.listFeeds()).toEqual([]);
  });

  it('given a feed with an empty item and a repeated guid, /subscriptions says how many items the last poll read and what it dropped', async () => {
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Notices</title>
      <item><guid isPermaLink="false">n1</guid><description>The harbour opens at six on Saturday.</description></item>
      <item><guid isPermaLink="false">n1</guid><description>The harbour opens at six on Saturday, officials said.</description></item>
      <item><guid isPermaLink="false">n2</guid><description> </description></item>
      <item><guid isPermaLink="false">n3</guid></item>
    </channel></rss>`;
    server.routes.set('/notices.rss', { body, headers: { 'content-type': 'application/rss+xml' } });
    const added = await slash('subscribe', `feed ${server.url('/notices.rss')}`);
    expect(added.error).toBeFalsy();
    const [feed] = await runtime.alerts.listFeeds();
    expect(feed).toMatchObject({ lastItemCount: 4, lastDroppedCount: 3 });
    const list = await slash('subscriptions', '');
    expect(list.text).toContain(
      'last poll read 4 items, dropped 3 (duplicate of an earlier item; item is empty (no title, text or link) ×2)',
    );
  });
});

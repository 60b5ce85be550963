import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REST } from '@discordjs/rest';
import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import { CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { loadConfig } from '../src/config/env.js';
import { ingestPaths } from '../src/ingest/service.js';
import type { log } from '../src/log.js';
import { createDiscordPlatform } from '../src/platforms/discord/platform.js';
import { buildCommandPayloads, syncCommands } from '../src/platforms/discord/registration.js';
import type { Platform } from '../src/platforms/platform.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { ADMIN_PERMISSIONS, BOT_TOKEN, IDS } from './discord/fixtures.js';
import { DiscordStandIn, type RecordedRequest } from './discord/stand-in.js';

/**
 * Herald's Discord platform end to end: the real discord.js client logs in to a loopback
 * stand-in for Discord's REST API and gateway, and every assertion reads what reached the wire.
 */

/** Test-only commands exercising what the shipped ones may not: admin rights and slow answers. */
let adminRuns = 0;
const adminProbe = defineCommand({
  name: 'test-admin',
  description: 'Rename the channel feed (admin)',
  admin: true,
  options: z.object({
    style: z.enum(['short', 'full']).describe('How much of the title to keep'),
    limit: z.number().int().min(1).max(10).optional().describe('How many posts per hour'),
  }),
  handler: ({ style }) => {
    adminRuns += 1;
    return { text: `Titles are now ${style}.`, ephemeral: true };
  },
});
const slowProbe = defineCommand({
  name: 'test-slow',
  description: 'A slow card (fetches)',
  slow: true,
  options: z.object({ fail: z.boolean().optional().describe('Answer with an error instead') }),
  handler: ({ fail }) =>
    fail
      ? { text: 'The feed did not answer.', ephemeral: true, error: true }
      : { title: 'Digest', text: 'Three stories.' },
});

/** Warnings and errors Herald logged, one JSON line each. */
const logged: string[] = [];
const placeProbe = defineCommand({
  name: 'test-place',
  description: 'Say which channel and thread keys the command saw',
  options: z.object({}),
  handler: (_args, ctx) => ({ text: `${ctx.channelKey} ${ctx.threadKey ?? 'none'}` }),
});

const silent: typeof log = pino(
  { level: process.env.TEST_LOG_LEVEL ?? 'warn' },
  { write: (line: string) => logged.push(line) },
);
let standIn: DiscordStandIn;
let platform: Platform;
let store: SqliteArticleStore;
let dir: string;
let seedId: string;
let registry: CommandRegistry;
/** Resource kinds alive before Herald started (the stand-in's server, vitest's own). */
let baseline: Map<string, number>;

async function eventually(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  standIn = new DiscordStandIn();
  // Fast heartbeats so the tests see several beats and acknowledgements.
  standIn.heartbeatIntervalMs = 250;
  await standIn.listen();
  dir = mkdtempSync(path.join(tmpdir(), 'herald-discord-'));
  store = new SqliteArticleStore(path.join(dir, 'herald.db'), { logger: silent });
  await ingestPaths(store, ['seeds'], { meta: { published: '2024-05-17' } });
  seedId = (await store.latest(1))[0]!.id;
  registry = new CommandRegistry([...(await loadCommands()).all(), adminProbe, slowProbe, placeProbe]);
  const config = loadConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_GUILD_ID: IDS.guild,
    DISCORD_API_URL: standIn.apiUrl,
    DATABASE_URL: `file:${path.join(dir, 'herald.db')}`,
  });
  platform = createDiscordPlatform({ config, store, commands: registry, log: silent });
  baseline = activeResources();
  await platform.start();
});

afterAll(async () => {
  await platform?.stop();
  await standIn?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const callbackOf = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

interface CallbackBody {
  type: number;
  data?: {
    content?: string;
    embeds?: APIEmbed[];
    flags?: number;
    allowed_mentions?: unknown;
    choices?: unknown[];
  };
}

async function callback(id: string): Promise<CallbackBody> {
  return (await standIn.waitForRequest(callbackOf(id))).body as CallbackBody;
}

function embedText(embed: APIEmbed | undefined): string {
  if (!embed) return '';
  return [
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text,
  ]
    .filter(Boolean)
    .join('\n');
}

describe('logging in', () => {
  it('connects to the gateway the stand-in advertises, as JSON without compression, with Guilds and GuildMessages only', () => {
    const conn = standIn.connections[0]!;
    expect(conn.query.get('v')).toBe('10');
    expect(conn.query.get('encoding')).toBe('json');
    expect(conn.query.has('compress')).toBe(false);
    // Guilds (1) | GuildMessages (512); MessageContent (32768) is privileged and never asked for.
    expect(Number(conn.query.get('intents'))).toBe(1 | 512);
  });

  it("a wrong token fails start-up with Discord's invalid-token error and opens no gateway connection", async () => {
    const connections = standIn.connections.length;
    const config = loadConfig({ DISCORD_TOKEN: 'not-the-token', DISCORD_API_URL: standIn.apiUrl });
    const wrong = createDiscordPlatform({ config, store, commands: registry, log: silent });
    await expect(wrong.start()).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(standIn.connections.length).toBe(connections);
  });

  it('heartbeats are acknowledged, so the client keeps its one connection', async () => {
    const conn = standIn.connections[0]!;
    await standIn.waitFor(() => conn.heartbeats >= 3, 5_000, 'three heartbeats');
    expect(standIn.connections.filter((c) => c.identified)).toHaveLength(1);
    expect(conn.socket.readyState).toBe(conn.socket.OPEN);
  });

  it('names the channel permissions Herald lacks in a server (here Embed Links and Send Messages in Threads)', () => {
    const warning = logged
      .map((l) => JSON.parse(l) as { msg: string; missing?: string[] })
      .find((l) => l.missing);
    expect(warning?.missing?.sort()).toEqual(['EmbedLinks', 'SendMessagesInThreads']);
    expect(warning?.msg).toContain('Newsroom');
  });
});

describe('slash command registration', () => {
  function registered(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
    const put = standIn.requests.find(
      (r) => r.method === 'PUT' && r.path === `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    );
    expect(put, 'a guild-scoped bulk overwrite at start-up').toBeDefined();
    return put!.body as RESTPostAPIChatInputApplicationCommandsJSONBody[];
  }

  it('puts every command with described options, the article autocomplete flag, choices and ranges', () => {
    const body = registered();
    expect(body.map((c) => c.name).sort()).toEqual(
      registry
        .all()
        .map((c) => c.name)
        .sort(),
    );
    const who = body.find((c) => c.name === 'who');
    const article = who?.options?.find((o) => o.name === 'article');
    expect(article).toMatchObject({ type: 3, required: false, autocomplete: true });
    expect(article?.description.length).toBeGreaterThan(0);
    const admin = body.find((c) => c.name === 'test-admin');
    expect(admin?.options?.[0]).toMatchObject({
      name: 'style',
      type: 3,
      required: true,
      choices: [
        { name: 'short', value: 'short' },
        { name: 'full', value: 'full' },
      ],
    });
    expect(admin?.options?.[1]).toMatchObject({ name: 'limit', type: 4, min_value: 1, max_value: 10 });
  });

  it('hides admin commands behind Manage Channels and leaves the others open', () => {
    const body = registered();
    expect(body.find((c) => c.name === 'test-admin')?.default_member_permissions).toBe('16');
    expect(body.find((c) => c.name === 'who')?.default_member_permissions).toBeNull();
  });

  it('does not overwrite again when Discord already holds the same commands', async () => {
    const rest = new REST({ api: standIn.apiUrl }).setToken(BOT_TOKEN);
    const target = { applicationId: IDS.application, guildId: IDS.guild };
    const puts = () => standIn.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    expect(await syncCommands(rest, target, buildCommandPayloads(registry))).toBe('unchanged');
    expect(puts()).toBe(before);
    expect(await syncCommands(rest, target, buildCommandPayloads(new CommandRegistry([adminProbe])))).toBe(
      'registered',
    );
    expect(puts()).toBe(before + 1);
    // Put the full set back for the tests that follow.
    await syncCommands(rest, target, buildCommandPayloads(registry));
  });
});

describe('npm run register', () => {
  it('overwrites the guild commands when DISCORD_GUILD_ID is set, and globally with --global', async () => {
    const env = {
      PATH: process.env.PATH,
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: standIn.apiUrl,
    };
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['bin/herald.js', 'register', ...args], { env });
    const guildPuts = () =>
      standIn.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${IDS.guild}/commands`))
        .length;
    const before = guildPuts();
    const guild = await run();
    expect(guild.stdout).toMatch(/^Registered \d+ slash commands guild 1200000000000000001: .*\/who/m);
    expect(guild.stdout).toContain('permissions=274877991936');
    expect(guildPuts()).toBe(before + 1);
    await run('--global');
    expect(standIn.commands.get('global')?.map((c) => c.name)).toContain('who');
  });
});

describe('slash commands', () => {
  it('/who on the seed article answers through the interaction callback with the people and their roles', async () => {
    const { id } = standIn.slashCommand('who', [{ name: 'article', type: 3, value: seedId }]);
    const body = await callback(id);
    expect(body.type).toBe(4);
    expect(body.data?.flags ?? 0).toBe(0);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = body.data?.embeds?.[0];
    const text = embedText(embed);
    expect(text).toMatch(/Brett McGurk — [^\n]*the US president[’']s top Middle East adviser/);
    expect(text).toMatch(/Abram Paley — [^\n]*the US envoy for Iran/);
    expect(text).toMatch(/Vandante Patel — [^\n]*(US )?State Department Deputy Spokesman/i);
    expect(embed?.footer?.text).toContain(seedId);
  });

  it('in a thread, commands see the parent channel key and the thread key', async () => {
    const { id } = standIn.slashCommand('test-place', [], { channelId: IDS.thread });
    expect((await callback(id)).data?.content).toBe(`discord:${IDS.channel} discord:${IDS.thread}`);
    const inChannel = standIn.slashCommand('test-place');
    expect((await callback(inChannel.id)).data?.content).toBe(`discord:${IDS.channel} none`);
  });

  it('an unknown article is answered privately (ephemeral flag 64)', async () => {
    const { id } = standIn.slashCommand('who', [
      { name: 'article', type: 3, value: 'zebra crossing referendum' },
    ]);
    const body = await callback(id);
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.content).toContain("can't find an article");
  });

  it('typing in the article option suggests stored titles through autocomplete', async () => {
    const { id } = standIn.autocomplete('who', { name: 'article', value: 'Iran talks' });
    const body = await callback(id);
    expect(body.type).toBe(8);
    expect(body.data?.choices).toContainEqual(expect.objectContaining({ value: seedId }));
  });

  it('an admin command from a member without Manage Channels is refused privately and does not run', async () => {
    const runs = adminRuns;
    const { id } = standIn.slashCommand('test-admin', [{ name: 'style', type: 3, value: 'short' }]);
    const body = await callback(id);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.content).toContain('admin');
    expect(adminRuns).toBe(runs);
  });

  it('an admin command from a member with Manage Channels runs', async () => {
    const runs = adminRuns;
    const { id } = standIn.slashCommand('test-admin', [{ name: 'style', type: 3, value: 'full' }], {
      permissions: ADMIN_PERMISSIONS,
    });
    const body = await callback(id);
    expect(body.data?.content).toBe('Titles are now full.');
    expect(adminRuns).toBe(runs + 1);
  });

  it('a slow command is deferred first, then its answer is edited into the original reply', async () => {
    const { id, token } = standIn.slashCommand('test-slow');
    expect((await callback(id)).type).toBe(5);
    const edit = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${IDS.application}/${token}/messages/@original`,
    );
    expect((edit.body as { embeds: APIEmbed[] }).embeds[0]?.title).toBe('Digest');
  });

  it('a slow command that fails removes the public "thinking…" message and follows up privately', async () => {
    const { token } = standIn.slashCommand('test-slow', [{ name: 'fail', type: 5, value: true }]);
    const followUp = await standIn.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${IDS.application}/${token}`,
    );
    expect(followUp.body).toMatchObject({ flags: 64, content: 'The feed did not answer.' });
    expect(standIn.requests.some((r) => r.method === 'DELETE' && r.path.includes(token))).toBe(true);
  });
});

describe('mentions', () => {
  it('a message mentioning the bot is answered as a reply to that message, pinging no one', async () => {
    const question = standIn.userMessage(`<@${IDS.bot}> where were the talks held?`, { mentionsBot: true });
    const posted = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages` && isReplyTo(r, question.id),
    );
    const body = posted.body as { embeds?: APIEmbed[]; content?: string; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(`${body.content ?? ''}${embedText(body.embeds?.[0])}`).toContain('Oman');
  });

  it('a message that does not mention the bot gets no answer', async () => {
    const before = standIn.requests.length;
    const chatter = standIn.userMessage('where were the talks held?');
    // A mention sent right after is answered; the chatter before it must not have been.
    const probe = standIn.userMessage(`<@${IDS.bot}> who mediated the talks?`, { mentionsBot: true });
    await standIn.waitForRequest((r) => isReplyTo(r, probe.id));
    expect(standIn.requests.slice(before).some((r) => isReplyTo(r, chatter.id))).toBe(false);
  });
});

function isReplyTo(r: RecordedRequest, messageId: string): boolean {
  const body = r.body as { message_reference?: { message_id?: string } } | undefined;
  return body?.message_reference?.message_id === messageId;
}

describe('delivery through send and edit', () => {
  it('an article quoting "@everyone" and a user mention is posted without pinging anyone', async () => {
    const sent = await platform.send(IDS.channel, {
      title: 'Council tells @everyone to conserve water',
      text: 'The notice, addressed to @here and <@123456789012345678> and <@&223456789012345678>, ran on page one.',
      footer: 'Example Gazette',
    });
    const body = standIn.requests.findLast(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`,
    )?.body as { embeds: APIEmbed[]; allowed_mentions: { parse: unknown[] } };
    expect(body.allowed_mentions.parse).toEqual([]);
    const text = embedText(body.embeds[0]);
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
    expect(text).toContain('conserve water');
    expect(sent.messageId).toMatch(/^\d+$/);
  });

  it('survives a 429 with Retry-After and then a 500: the message is posted exactly once', async () => {
    const route = new RegExp(`^/channels/${IDS.channel}/messages$`);
    standIn.failNext('POST', route, { status: 429, retryAfterSeconds: 1 });
    standIn.failNext('POST', route, { status: 500 });
    const started = Date.now();
    const sent = await platform.send(
      IDS.channel,
      { title: 'Ferry strike ends', text: 'Boats run again.' },
      { nonce: 'ferry-1' },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const attempts = standIn.requests.filter(
      (r) => r.method === 'POST' && route.test(r.path) && (r.body as { nonce?: string }).nonce === 'ferry-1',
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 500, 200]);
    expect(attempts[2]?.body).toMatchObject({ enforce_nonce: true });
    const stored = standIn.messages.get(IDS.channel)?.filter((m) => m.nonce === 'ferry-1') ?? [];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(sent.messageId);
  });

  it('a threaded send replies to the given message, and edit patches it in place', async () => {
    const parent = await platform.send(IDS.channel, { title: 'Budget vote delayed' });
    const reply = await platform.send(
      IDS.channel,
      { text: 'Update: vote set for Monday.' },
      { threadOf: parent.messageId },
    );
    const posted = standIn.messages.get(IDS.channel)?.find((m) => m.id === reply.messageId);
    expect(posted?.message_reference?.message_id).toBe(parent.messageId);
    await platform.edit(IDS.channel, parent.messageId, { title: 'Budget vote set for Monday' });
    const edited = standIn.messages.get(IDS.channel)?.find((m) => m.id === parent.messageId);
    expect(edited?.embeds[0]?.title).toBe('Budget vote set for Monday');
  });
});

describe('gateway resilience', () => {
  it('after Discord drops the connection, the client resumes the session and keeps answering', async () => {
    const connections = standIn.connections.length;
    standIn.dropGateway(4000);
    await standIn.waitFor(() => standIn.connections[connections]?.resumed, 15_000, 'RESUME');
    const { id } = standIn.slashCommand('who', [{ name: 'article', type: 3, value: seedId }]);
    expect((await callback(id)).type).toBe(4);
  });
});

describe('shutting down', () => {
  it('closes the gateway socket, stops every timer and leaves no connection open', async () => {
    expect(standIn.openSockets()).toBe(1);
    await platform.stop();
    await standIn.waitFor(() => standIn.openSockets() === 0, 5_000, 'gateway sockets to close');
    // Heartbeat intervals, REST sweepers and reconnect timers all end; a socket's close timer may
    // take a moment, a leftover interval never would.
    const timers = () => activeResources().get('Timeout') ?? 0;
    await eventually(() => timers() <= (baseline.get('Timeout') ?? 0), 5_000);
    expect(timers()).toBeLessThanOrEqual(baseline.get('Timeout') ?? 0);
    // Only idle keep-alive REST connections may remain, and they end with the server's side.
    await standIn.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(activeResources().get('TCPSocketWrap') ?? 0).toBeLessThanOrEqual(
      baseline.get('TCPSocketWrap') ?? 0,
    );
  });
});

describe('sharded (DISCORD_SHARD_COUNT)', () => {
  let sharded: DiscordStandIn;
  let manager: Platform;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    sharded = new DiscordStandIn();
    sharded.recommendedShards = 2;
    await sharded.listen();
    // Shard processes read their configuration from the environment, as `herald start` does.
    Object.assign(process.env, {
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: sharded.apiUrl,
      DISCORD_SHARD_COUNT: 'auto',
      DATABASE_URL: `file:${path.join(dir, 'herald.db')}`,
      HERALD_LOG_LEVEL: 'warn',
    });
    manager = createDiscordPlatform({ config: loadConfig(), store, commands: registry, log: silent });
    await manager.start();
  }, 60_000);

  afterAll(async () => {
    await manager?.stop();
    await sharded?.close();
    process.env = savedEnv;
  });

  it('"auto" takes the shard count from GET /gateway/bot and each shard identifies once', () => {
    const shards = sharded.connections.filter((c) => c.identified).map((c) => c.shard.join('/'));
    expect(shards.sort()).toEqual(['0/2', '1/2']);
  });

  it('registers the commands once, from the manager process', () => {
    expect(sharded.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(
      1,
    );
  });

  it('a slash command reaches the shard that owns the guild and is answered once', async () => {
    const { id } = sharded.slashCommand('who', [{ name: 'article', type: 3, value: seedId }]);
    const body = (await sharded.waitForRequest(callbackOf(id), 15_000)).body as CallbackBody;
    expect(embedText(body.data?.embeds?.[0])).toContain('Abram Paley');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sharded.requests.filter(callbackOf(id))).toHaveLength(1);
  });

  it('delivery posts from the manager process through REST', async () => {
    const sent = await manager.send(IDS.channel, { title: 'Harbour reopens' }, { nonce: 'harbour-1' });
    expect(sharded.messages.get(IDS.channel)?.find((m) => m.id === sent.messageId)?.nonce).toBe('harbour-1');
  });

  it('stopping ends every shard process and closes their gateway sockets', async () => {
    await manager.stop();
    await sharded.waitFor(() => sharded.openSockets() === 0, 10_000, 'shard sockets to close');
    expect(sharded.openSockets()).toBe(0);
  });
});

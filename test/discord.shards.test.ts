import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import { CommandRegistry } from '../src/bot/registry.js';
import { loadConfig } from '../src/config/env.js';
import type { log } from '../src/log.js';
import { createDiscordClient, isPrimaryShard, shardOptions } from '../src/platforms/discord/client.js';
import { createDiscordPlatform } from '../src/platforms/discord/platform.js';
import type { Platform } from '../src/platforms/platform.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { BOT_TOKEN, IDS } from './discord/fixtures.js';
import { DiscordStandIn, guildShard, type RecordedRequest } from './discord/stand-in.js';

/**
 * DISCORD_SHARDS split across machines: each Herald process connects only its shard ids of
 * DISCORD_SHARD_COUNT, in one discord.js client. The loopback stand-in records what each IDENTIFY
 * carried and routes a server's events to the shard Discord's formula gives it.
 */

const silent: typeof log = pino({ level: 'silent' });
const SHARD_COUNT = 2;
/** The shard the stand-in routes the test server to, and the other one. */
const owner = guildShard(IDS.guild, SHARD_COUNT);
const other = 1 - owner;

let answered: number[] = [];

/** A command that records which process (tagged by its shard) ran it, so a doubled answer shows. */
function shardProbe(tag: number) {
  return defineCommand({
    name: 'test-shard',
    description: 'Say which process answered',
    options: z.object({}),
    handler: () => {
      answered.push(tag);
      return { text: `answered by shard ${tag}` };
    },
  });
}

let dir: string;
let store: SqliteArticleStore;
const platforms: Platform[] = [];

function startProcess(standIn: DiscordStandIn, shards: string, tag: number): Promise<void> {
  const config = loadConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_GUILD_ID: IDS.guild,
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_SHARDS: shards,
    DISCORD_SHARD_COUNT: String(SHARD_COUNT),
    DATABASE_URL: `file:${path.join(dir, 'herald.db')}`,
  });
  const platform = createDiscordPlatform({
    config,
    store,
    commands: new CommandRegistry([shardProbe(tag)]),
    log: silent,
  });
  platforms.push(platform);
  return platform.start();
}

const commandWrites = (standIn: DiscordStandIn) =>
  standIn.requests.filter((r: RecordedRequest) => r.method === 'PUT' && r.path.endsWith('/commands'));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-shards-'));
  store = new SqliteArticleStore(path.join(dir, 'herald.db'), { logger: silent });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('shard options', () => {
  it('given shard ids and a total, the client gets exactly them; given neither or the total alone, none', () => {
    const both = loadConfig({ DISCORD_SHARDS: '1,3', DISCORD_SHARD_COUNT: '4' });
    expect(shardOptions(both)).toEqual({ shards: [1, 3], shardCount: 4 });
    expect(shardOptions(loadConfig({}))).toEqual({});
    // The total alone is the ShardingManager mode: each child gets its ids from the manager.
    expect(shardOptions(loadConfig({ DISCORD_SHARD_COUNT: '4' }))).toEqual({});
  });

  it('the primary shard (commands, once-only work) is the client holding shard 0', async () => {
    const clients = [
      createDiscordClient({ DISCORD_API_URL: undefined }),
      createDiscordClient({ DISCORD_API_URL: undefined, DISCORD_SHARDS: [0, 2], DISCORD_SHARD_COUNT: 4 }),
      createDiscordClient({ DISCORD_API_URL: undefined, DISCORD_SHARDS: [1, 3], DISCORD_SHARD_COUNT: 4 }),
    ];
    expect(clients.map(isPrimaryShard)).toEqual([true, true, false]);
    await Promise.all(clients.map((c) => c.destroy()));
  });
});

describe('two processes, one shard each', () => {
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    standIn = new DiscordStandIn();
    // Discord would recommend one shard; the configured total must win.
    standIn.recommendedShards = 1;
    await standIn.listen();
    answered = [];
    await startProcess(standIn, String(owner), owner);
    await startProcess(standIn, String(other), other);
  }, 60_000);

  afterAll(async () => {
    for (const platform of platforms.splice(0)) await platform.stop();
    await standIn?.close();
  });

  it('each process identifies with its own shard of the configured total', () => {
    const identified = standIn.connections.filter((c) => c.identified).map((c) => c.shard.join('/'));
    expect(identified.sort()).toEqual([`0/${SHARD_COUNT}`, `1/${SHARD_COUNT}`]);
  });

  it('only the process holding shard 0 checks and writes the slash commands', () => {
    expect(commandWrites(standIn)).toHaveLength(1);
  });

  it("a slash command is answered once, by the process that holds the server's shard", async () => {
    const { id } = standIn.slashCommand('test-shard', []);
    const callback = (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
    await standIn.waitForRequest(callback, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.filter(callback)).toHaveLength(1);
    expect(answered).toEqual([owner]);
  });
});

describe('one process holding several shards', () => {
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    standIn = new DiscordStandIn();
    await standIn.listen();
    await startProcess(standIn, '0,1', 0);
  }, 60_000);

  afterAll(async () => {
    for (const platform of platforms.splice(0)) await platform.stop();
    await standIn?.close();
  });

  it('one client opens one gateway connection per listed shard', () => {
    const identified = standIn.connections.filter((c) => c.identified).map((c) => c.shard.join('/'));
    expect(identified.sort()).toEqual(['0/2', '1/2']);
  });

  it('stopping closes every shard connection', async () => {
    for (const platform of platforms.splice(0)) await platform.stop();
    await standIn.waitFor(() => standIn.openSockets() === 0, 10_000, 'shard sockets to close');
    expect(standIn.openSockets()).toBe(0);
  });
});

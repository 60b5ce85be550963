import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../../config/env.js';
import type { Logger } from '../../log.js';

/** The part of GET /gateway/bot Herald reads. */
const GatewayBotSchema = z.object({ url: z.string(), shards: z.number().int().min(1) });

/**
 * The file each shard process runs; tsx compiles it on the fly, as bin/herald.js does for the CLI.
 * It is a process entry point, so it lives with the other entry points in cli/ (a path, not an
 * import: the platform layer never imports the CLI).
 */
const SHARD_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../cli/discord-shard.ts');

export function createRest(config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>): REST {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: Herald cannot reach Discord.');
  return new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );
}

/**
 * discord.js resolves `totalShards: 'auto'` against discord.com directly, ignoring a custom API
 * address, so Herald asks GET /gateway/bot through its own REST client instead.
 */
export async function resolveShardCount(rest: REST, wanted: number | 'auto'): Promise<number> {
  if (wanted !== 'auto') return wanted;
  return GatewayBotSchema.parse(await rest.get(Routes.gatewayBot())).shards;
}

export function createShardingManager(config: Config, totalShards: number, log: Logger): ShardingManager {
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards,
    token: config.DISCORD_TOKEN,
    mode: 'process',
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, total: totalShards }, 'discord shard spawned');
    shard.on('death', () => log.warn({ shard: shard.id }, 'discord shard process exited'));
    shard.on('error', (err) => log.error({ err, shard: shard.id }, 'discord shard error'));
  });
  return manager;
}

import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../config/env.js';

/**
 * Guilds (channels, threads, roles) and GuildMessages (messages in them) are all Herald needs:
 * slash commands arrive without any intent, and Discord includes the content of messages that
 * mention the bot even without the privileged MessageContent intent.
 */
export const HERALD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

type ShardConfig = Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_SHARD_COUNT'>;

/**
 * The gateway shards this process connects: the ids of DISCORD_SHARDS out of DISCORD_SHARD_COUNT,
 * so machines each holding some ids split one bot. Nothing when unset: discord.js then runs one
 * shard, or the ids the ShardingManager passed to this child process through its environment.
 */
export function shardOptions(config: ShardConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  const { DISCORD_SHARDS: shards, DISCORD_SHARD_COUNT: shardCount } = config;
  if (shards === undefined || typeof shardCount !== 'number') return {};
  return { shards, shardCount };
}

/** A discord.js client pointed at DISCORD_API_URL when set (the gateway address then comes from its /gateway/bot). */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'> & Partial<ShardConfig>): Client {
  return new Client({
    intents: [...HERALD_INTENTS],
    ...shardOptions({
      DISCORD_SHARDS: config.DISCORD_SHARDS,
      DISCORD_SHARD_COUNT: config.DISCORD_SHARD_COUNT,
    }),
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
    // The default for every message the client sends; renderers set it explicitly as well.
    allowedMentions: { parse: [], repliedUser: false },
  });
}

/**
 * Work that must happen once across all shards (scheduled posts, command registration) runs
 * where this is true: the client that holds shard 0. discord.js fills `options.shards` at
 * construction: [0] when unsharded, the ids a ShardingManager child was given, or DISCORD_SHARDS.
 */
export function isPrimaryShard(client: Client): boolean {
  const { shards } = client.options;
  if (shards === 'auto') return true;
  return (typeof shards === 'number' ? [shards] : (shards ?? [0])).includes(0);
}

export interface ReadyWait {
  ready: Promise<void>;
  /** Stop waiting (login failed): clears the timer so nothing fires or keeps the process alive. */
  cancel(): void;
}

/** Resolve when the client has its guilds, or fail after `ms` with a message that names the wait. */
export function waitUntilReady(client: Client, ms: number): ReadyWait {
  let cancel = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off(Events.ClientReady, onReady);
      reject(new Error(`Discord did not report ready within ${ms / 1000}s`));
    }, ms);
    client.once(Events.ClientReady, onReady);
    cancel = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
    };
  });
  return { ready, cancel };
}

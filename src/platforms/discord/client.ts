import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../config/env.js';

/**
 * Guilds (channels, threads, roles) and GuildMessages (messages in them) are all Herald needs:
 * slash commands arrive without any intent, and Discord includes the content of messages that
 * mention the bot even without the privileged MessageContent intent.
 */
export const HERALD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

/** A discord.js client pointed at DISCORD_API_URL when set (the gateway address then comes from its /gateway/bot). */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [...HERALD_INTENTS],
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
    // The default for every message the client sends; renderers set it explicitly as well.
    allowedMentions: { parse: [], repliedUser: false },
  });
}

/**
 * Work that must happen once across all shards (scheduled posts, command registration) runs
 * where this is true: the only client when unsharded, shard 0 when sharded.
 */
export function isPrimaryShard(client: Client): boolean {
  return client.shard === null || client.shard.ids.includes(0);
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

import type { REST } from '@discordjs/rest';
import type { ShardingManager } from 'discord.js';
import type { Reply } from '../../bot/reply.js';
import { type MentionAnswerer, phrasedMentionReply } from '../../bot/mention.js';
import type { Platform, PlatformDeps, SendOptions, SentMessage } from '../platform.js';
import { DiscordBot } from './bot.js';
import { editMessage, postMessage } from './messages.js';
import { buildCommandPayloads, syncCommands } from './registration.js';
import { createRest, createShardingManager, resolveShardCount } from './sharding.js';

export interface DiscordPlatformOptions {
  answerMention?: MentionAnswerer;
}

/**
 * Herald on Discord. Unsharded, or with DISCORD_SHARDS listing this process's shards of
 * DISCORD_SHARD_COUNT, one client in this process does everything. With DISCORD_SHARD_COUNT alone,
 * shard processes handle the gateway (commands, mentions) while this process keeps delivery and
 * command registration, so scheduled posts run exactly once.
 */
export function createDiscordPlatform(deps: PlatformDeps, opts: DiscordPlatformOptions = {}): Platform {
  if (!deps.config.DISCORD_TOKEN)
    throw new Error('DISCORD_TOKEN is not set: the Discord platform cannot start.');
  const answerMention = opts.answerMention ?? phrasedMentionReply;
  const { DISCORD_SHARDS, DISCORD_SHARD_COUNT } = deps.config;
  return DISCORD_SHARD_COUNT !== undefined && DISCORD_SHARDS === undefined
    ? new ShardedPlatform(deps, DISCORD_SHARD_COUNT)
    : new SingleClientPlatform(deps, answerMention);
}

class SingleClientPlatform implements Platform {
  readonly name = 'discord' as const;
  readonly bot: DiscordBot;

  constructor(deps: PlatformDeps, answerMention: MentionAnswerer) {
    this.bot = new DiscordBot(deps, { answerMention, syncCommandsOnStart: true });
  }

  start(): Promise<void> {
    return this.bot.start();
  }

  stop(): Promise<void> {
    return this.bot.stop();
  }

  send(channelId: string, reply: Reply, opts?: SendOptions): Promise<SentMessage> {
    return postMessage(this.bot.client.rest, channelId, reply, opts);
  }

  edit(channelId: string, messageId: string, reply: Reply): Promise<void> {
    return editMessage(this.bot.client.rest, channelId, messageId, reply);
  }
}

class ShardedPlatform implements Platform {
  readonly name = 'discord' as const;
  private readonly rest: REST;
  private manager: ShardingManager | null = null;

  constructor(
    private readonly deps: PlatformDeps,
    private readonly shards: number | 'auto',
  ) {
    this.rest = createRest(deps.config);
  }

  async start(): Promise<void> {
    const { config, log, commands } = this.deps;
    if (config.DISCORD_APPLICATION_ID) {
      const target = { applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID };
      const outcome = await syncCommands(this.rest, target, buildCommandPayloads(commands)).catch(
        (err: unknown) => {
          log.error({ err }, 'discord slash commands not checked');
          return 'failed' as const;
        },
      );
      log.info({ outcome }, 'discord slash commands checked');
    } else {
      log.warn('DISCORD_APPLICATION_ID is not set: slash commands were not checked');
    }
    const total = await resolveShardCount(this.rest, this.shards);
    this.manager = createShardingManager(config, total, log);
    await this.manager.spawn();
  }

  async stop(): Promise<void> {
    const manager = this.manager;
    this.manager = null;
    if (!manager) return;
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
  }

  send(channelId: string, reply: Reply, opts?: SendOptions): Promise<SentMessage> {
    return postMessage(this.rest, channelId, reply, opts);
  }

  edit(channelId: string, messageId: string, reply: Reply): Promise<void> {
    return editMessage(this.rest, channelId, messageId, reply);
  }
}

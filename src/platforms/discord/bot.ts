import { type Client, Events } from 'discord.js';
import type { MentionAnswerer } from '../../bot/mention.js';
import type { PlatformDeps } from '../platform.js';
import { createDiscordClient, isPrimaryShard, waitUntilReady } from './client.js';
import { createInteractionHandler } from './interactions.js';
import { BOT_PERMISSIONS, inviteUrl } from './invite.js';
import { createMentionHandler } from './mention-handler.js';
import { buildCommandPayloads, syncCommands } from './registration.js';

const READY_TIMEOUT_MS = 60_000;

export interface DiscordBotOptions {
  answerMention: MentionAnswerer;
  /** Compare the registered slash commands with Herald's and overwrite them when they differ. */
  syncCommandsOnStart: boolean;
}

/**
 * One logged-in discord.js client with Herald's listeners: slash commands, autocomplete and
 * mentions go to the shared command layer; client errors are logged, never thrown into nothing.
 */
export class DiscordBot {
  readonly client: Client;

  constructor(
    private readonly deps: PlatformDeps,
    private readonly opts: DiscordBotOptions,
  ) {
    this.client = createDiscordClient(deps.config);
    const { log } = deps;
    const onInteraction = createInteractionHandler(deps);
    const onMention = createMentionHandler(deps, opts.answerMention);
    this.client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
    this.client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
    this.client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, 'discord shard error'));
    this.client.on(Events.ShardDisconnect, (event, shardId) =>
      log.warn({ code: event.code, shardId }, 'discord shard disconnected for good'),
    );
    this.client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
    this.client.on(Events.MessageCreate, (message) => void onMention(message));
  }

  async start(): Promise<void> {
    const { config, log } = this.deps;
    if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: Herald cannot log in to Discord.');
    const wait = waitUntilReady(this.client, READY_TIMEOUT_MS);
    try {
      await this.client.login(config.DISCORD_TOKEN);
    } catch (err) {
      wait.cancel();
      await this.client.destroy();
      throw err;
    }
    await wait.ready;
    const user = this.client.user;
    log.info(
      { user: user?.tag, guilds: this.client.guilds.cache.size, shards: this.client.shard?.ids },
      'discord ready',
    );
    this.reportMissingPermissions();
    if (this.opts.syncCommandsOnStart && isPrimaryShard(this.client)) {
      // Commands registered earlier keep working, so a failed check is reported rather than fatal.
      await this.syncCommands().catch((err: unknown) =>
        log.error({ err }, 'discord slash commands not checked'),
      );
    }
  }

  /** Say at start-up, per server, exactly which permission Herald lacks, instead of failing later. */
  private reportMissingPermissions(): void {
    for (const guild of this.client.guilds.cache.values()) {
      const missing = guild.members.me?.permissions.missing(BOT_PERMISSIONS) ?? [];
      if (missing.length === 0) continue;
      const applicationId = this.client.application?.id;
      this.deps.log.warn(
        {
          guild: guild.id,
          name: guild.name,
          missing,
          ...(applicationId ? { invite: inviteUrl(applicationId) } : {}),
        },
        `Herald lacks ${missing.join(', ')} in "${guild.name}": grant them to its role or re-invite it`,
      );
    }
  }

  private async syncCommands(): Promise<void> {
    const { config, log, commands } = this.deps;
    const applicationId = config.DISCORD_APPLICATION_ID ?? this.client.application?.id;
    if (!applicationId) {
      log.warn('no application id known: slash commands were not checked (set DISCORD_APPLICATION_ID)');
      return;
    }
    const target = { applicationId, guildId: config.DISCORD_GUILD_ID };
    const outcome = await syncCommands(this.client.rest, target, buildCommandPayloads(commands));
    log.info({ outcome, scope: target.guildId ? 'guild' : 'global' }, 'discord slash commands checked');
  }

  async stop(): Promise<void> {
    await this.client.destroy();
    this.client.removeAllListeners();
  }
}

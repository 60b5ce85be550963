import type { AlertServices, CommandContext } from '../bot/context.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import type { Reply } from '../bot/reply.js';
import type { CommandRegistry } from '../bot/registry.js';
import type { ArticleStore } from '../store/store.js';

/** What every platform is started with. */
export interface PlatformDeps {
  config: Config;
  store: ArticleStore;
  commands: CommandRegistry;
  log: Logger;
  /** The alerting runtime's services for channel-setup commands; absent when alerting isn't running. */
  alerts?: AlertServices;
}

/** Where and by whom a command or question was put: the only part that differs between platforms. */
export type Exchange = Pick<CommandContext, 'platform' | 'channelKey' | 'threadKey' | 'user'>;

/** The context a command runs in: the exchange plus the shared services, with the time it arrived. */
export function contextFor(deps: PlatformDeps, exchange: Exchange): CommandContext {
  return {
    ...exchange,
    store: deps.store,
    config: deps.config,
    log: deps.log,
    now: new Date(),
    ...(deps.alerts ? { alerts: deps.alerts } : {}),
  };
}

export interface SendOptions {
  /** Idempotency key for the delivery (Discord message nonce with enforce_nonce). */
  nonce?: string;
  /** Reply in the thread of this message instead of posting a new one. */
  threadOf?: string;
}

export interface SentMessage {
  /** Platform message id (Discord snowflake, Slack ts). */
  messageId: string;
}

/**
 * A chat platform as the rest of Herald sees it: it routes commands and mentions to the shared
 * command layer on its own, and lets delivery post, edit and thread replies in its channels.
 * Channel ids here are the platform's own (not the "platform:" qualified keys).
 */
export interface Platform {
  readonly name: 'discord' | 'slack' | 'console';
  start(): Promise<void>;
  stop(): Promise<void>;
  send(channelId: string, reply: Reply, opts?: SendOptions): Promise<SentMessage>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<void>;
}

import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import type { ArticleStore } from '../store/store.js';

export type PlatformName = 'discord' | 'slack' | 'console';

export interface Invoker {
  id: string;
  name?: string;
  /** Whether the platform says this person may change the channel's setup. */
  isAdmin: boolean;
}

/**
 * Everything a command handler may use. Deliberately free of platform types: handlers see a
 * channel key, a person and the store, never a discord.js interaction or a Slack payload.
 */
export interface CommandContext {
  platform: PlatformName;
  /** Platform-qualified channel key, e.g. "discord:1234" or "slack:C0123"; unique across platforms. */
  channelKey: string;
  /** Platform-qualified thread key when the exchange happens in a thread. */
  threadKey?: string;
  user: Invoker;
  store: ArticleStore;
  config: Config;
  log: Logger;
  now: Date;
}

import type { AlertServices, CommandContext } from '../bot/context.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import type { CommandRegistry } from '../bot/registry.js';
import type { ArticleStore } from '../store/store.js';

export type { Platform, SendOptions, SentMessage } from '../bot/platform.js';

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

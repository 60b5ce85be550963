import type { Config } from '../config/env.js';
import type { FeedPreview } from './feed-preview.js';
import type { Logger } from '../log.js';
import type { Reply } from './reply.js';
import type { AlertStore, ChannelRef, Feed } from '../store/alert-store.js';
import type { ArticleStore } from '../store/store.js';
import type { PlatformName } from '../util/platform-name.js';

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
  /** Subscriptions, feeds and digests; absent where alerting isn't running (then those commands say so). */
  alerts?: AlertServices;
}

/** What the channel-setup commands (subscribe, schedule, digest, why) need from the alerting runtime. */
export interface AlertServices {
  store: AlertStore;
  /** Add a feed for a channel and seed it (first poll, stored silently); refuses unsafe URLs. */
  addFeed(url: string, channel: ChannelRef): Promise<{ feed: Feed; created: boolean; stored: number }>;
  /** What Herald would read from a feed URL (same safe fetch and checks), with nothing stored. */
  previewFeed(url: string): Promise<FeedPreview>;
  /** Build the channel's digest now and record it as sent, so the scheduled one starts from here. */
  digestNow(channel: ChannelRef): Promise<Reply>;
  /** Tell the running digest scheduler that a channel's schedule was stored or changed. */
  digestScheduleChanged(channel: ChannelRef): Promise<void>;
  /** Time zone for digest schedules that don't name one (HERALD_TIMEZONE). */
  defaultTimezone: string;
}

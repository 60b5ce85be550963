import type { CommandContext, Invoker } from '../../bot/context.js';
import { contextFor, type PlatformDeps } from '../platform.js';

/** Where a Discord exchange happens: a channel, or a thread inside one. */
export interface DiscordPlace {
  channelId: string;
  /** Set when the exchange is inside a thread; channelId is then the thread's parent. */
  threadId?: string | undefined;
}

/** Channel keys are platform-qualified so one store can serve Discord and Slack at once. */
export const channelKey = (id: string) => `discord:${id}`;

/** Turn a channel that may be a thread into a place: threads keep their parent's channel key. */
export function placeOf(
  channel: { id: string; isThread(): boolean; parentId?: string | null } | null,
  fallbackId: string,
): DiscordPlace {
  if (channel?.isThread() && channel.parentId) return { channelId: channel.parentId, threadId: channel.id };
  return { channelId: channel?.id ?? fallbackId };
}

export function commandContext(deps: PlatformDeps, place: DiscordPlace, user: Invoker): CommandContext {
  return contextFor(deps, {
    platform: 'discord',
    channelKey: channelKey(place.channelId),
    user,
    ...(place.threadId ? { threadKey: channelKey(place.threadId) } : {}),
  });
}

import type { AlertServices, CommandContext } from './context.js';
import { UserError } from './errors.js';
import type { ChannelRef, Subscription } from '../store/alert-store.js';

/**
 * What the channel-setup commands share: the channel a command runs in, as the alert store names
 * it, and the alerting services, with one clear answer when alerting isn't running.
 */

/** The command's channel as a store reference: the platform and its own id ("discord:123" → "123"). */
export function channelOf(ctx: Pick<CommandContext, 'platform' | 'channelKey'>): ChannelRef {
  const prefix = `${ctx.platform}:`;
  const channelId = ctx.channelKey.startsWith(prefix) ? ctx.channelKey.slice(prefix.length) : ctx.channelKey;
  return { platform: ctx.platform, channelId };
}

export function requireAlerts(ctx: Pick<CommandContext, 'alerts'>): AlertServices {
  if (!ctx.alerts) {
    throw new UserError(
      'UNAVAILABLE',
      'Alerts are not running in this Herald process, so subscriptions and digests cannot be changed here. Start Herald with `npm start`.',
    );
  }
  return ctx.alerts;
}

/** "2024-05-17T08:00:00.000Z" as "17 May 2024, 08:00 UTC" in the given zone. */
export function formatMoment(iso: string | Date, timeZone: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** A subscription as people typed it: "keyword `nuclear talks`". */
export function describeSubscription(s: Pick<Subscription, 'kind' | 'value'>): string {
  return `${s.kind} \`${s.value}\``;
}

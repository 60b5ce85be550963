import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { fitLines } from '../src/bot/text.js';
import { channelOf, describeSubscription, requireAlerts } from '../src/bot/channel.js';
import { type Subscription, SubscriptionKind } from '../src/store/alert-store.js';
import { normaliseUrl } from '../src/store/identity.js';

/** Values compare as people type them: case and spacing don't matter, nor tracking noise in a feed URL. */
function sameValue(sub: Subscription, value: string): boolean {
  if (sub.kind === 'feed') return (normaliseUrl(sub.value) ?? sub.value) === (normaliseUrl(value) ?? value);
  const fold = (v: string) => v.replace(/\s+/g, ' ').trim().toLowerCase();
  return sub.kind === 'regex' ? sub.value === value.trim() : fold(sub.value) === fold(value);
}

export default defineCommand({
  name: 'unsubscribe',
  description: "Stop this channel's alerts for a subscription (or all of a kind, or all)",
  admin: true,
  options: z.object({
    kind: SubscriptionKind.optional().describe('Only this kind: feed, keyword, person or regex'),
    value: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .describe('Only this value (as listed by /subscriptions)'),
  }),
  async handler({ kind, value }, ctx) {
    const alerts = requireAlerts(ctx);
    const channel = channelOf(ctx);
    const current = await alerts.store.listSubscriptions(channel);
    const doomed = current.filter(
      (s) => (!kind || s.kind === kind) && (value === undefined || sameValue(s, value)),
    );
    if (doomed.length === 0) {
      const have =
        current.length === 0
          ? 'This channel has no subscriptions.'
          : `This channel has: ${current.map(describeSubscription).join(', ')}.`;
      throw new UserError('NOT_FOUND', `No subscription here matches that. ${have}`);
    }
    for (const s of doomed) await alerts.store.removeSubscriptions(channel, s.kind, s.value);
    ctx.log.info(
      { channel: ctx.channelKey, removed: doomed.length, user: ctx.user.id },
      'subscriptions removed',
    );
    return {
      title: `Removed ${doomed.length} ${doomed.length === 1 ? 'subscription' : 'subscriptions'}`,
      text: fitLines(
        doomed.map((s) => `• ${describeSubscription(s)}`),
        1800,
      ),
    };
  },
});

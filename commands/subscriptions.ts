import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import type { ReplyField } from '../src/bot/reply.js';
import { fitLines } from '../src/bot/text.js';
import { channelOf, describeSubscription, formatMoment, requireAlerts } from '../src/bot/channel.js';
import type { Feed, Subscription } from '../src/store/alert-store.js';

/**
 * Feed health from the last successful poll: how many items it read and how many it dropped and
 * why, so an item that never arrives has a visible reason rather than a silent one.
 */
function feedHealth(feed: Feed): string {
  if (feed.lastItemCount === null) return '';
  const read = `; last poll read ${feed.lastItemCount} ${feed.lastItemCount === 1 ? 'item' : 'items'}`;
  if (!feed.lastDroppedCount) return read;
  return `${read}, dropped ${feed.lastDroppedCount} (${feed.lastDropReasons ?? 'no reason recorded'})`;
}

/** What each kind of subscription brings in, so people see why an alert reached them. */
function whatItBrings(s: Subscription, feed: Feed | null): string {
  switch (s.kind) {
    case 'feed': {
      if (!feed) return 'new items of this feed';
      if (feed.disabledAt)
        return `new items of ${feed.title ?? 'this feed'}; polling stopped after repeated failures (${feed.lastError ?? 'unknown error'}); add it again with /subscribe feed`;
      const trouble =
        feed.failures > 0
          ? `; the last ${feed.failures} polls failed (${feed.lastError ?? 'unknown error'})`
          : '';
      return `new items of ${feed.title ?? 'this feed'}, checked every ${Math.round(feed.intervalSeconds / 60)} min${trouble}${feedHealth(feed)}`;
    }
    case 'keyword':
      return 'articles whose title or text has these words (whole words, any case)';
    case 'person':
      return 'articles that mention or quote this person';
    case 'regex':
      return 'articles whose title or text matches this pattern';
  }
}

export default defineCommand({
  name: 'subscriptions',
  description: 'What this channel is alerted about and why, and its digest schedule',
  options: z.object({}),
  async handler(_args, ctx) {
    const alerts = requireAlerts(ctx);
    const channel = channelOf(ctx);
    const subs = await alerts.store.listSubscriptions(channel);
    const schedule = await alerts.store.getDigestSchedule(channel);
    const fields: ReplyField[] = [];
    if (schedule) {
      const last = schedule.lastDigestAt
        ? `; last sent ${formatMoment(schedule.lastDigestAt, schedule.timezone)}`
        : '';
      fields.push({ name: 'Digest', value: `cron \`${schedule.cron}\` in ${schedule.timezone}${last}` });
    }
    if (subs.length === 0) {
      return {
        title: 'No subscriptions here',
        text: 'This channel gets no alerts. An admin can add some, e.g. `/subscribe keyword nuclear talks`, `/subscribe person Brett McGurk` or `/subscribe feed https://example.org/rss`.',
        fields,
      };
    }
    const lines = await Promise.all(
      subs.map(async (s) => {
        const feed = s.kind === 'feed' ? await alerts.store.findFeedByUrl(s.value) : null;
        return `• ${describeSubscription(s)}: ${whatItBrings(s, feed)} (added by ${s.createdBy}, ${formatMoment(s.createdAt, alerts.defaultTimezone)})`;
      }),
    );
    return {
      title: `${subs.length} ${subs.length === 1 ? 'subscription' : 'subscriptions'} in this channel`,
      text: fitLines(lines, 3500),
      fields,
      footer:
        'A story reported by several outlets is alerted once; later versions are added as "also reported by".',
    };
  },
});

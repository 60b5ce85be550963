import { z } from 'zod';
import { matchReason } from '../src/alerts/match.js';
import { explainStory } from '../src/alerts/stories.js';
import { articleOption, autocompleteArticle, resolveArticle } from '../src/bot/article-ref.js';
import { defineCommand } from '../src/bot/command.js';
import type { ReplyField } from '../src/bot/reply.js';
import { fitLines, truncate } from '../src/bot/text.js';
import { channelOf, describeSubscription, formatMoment, requireAlerts } from '../src/bot/channel.js';
import type { ChannelRef, OutboxItem } from '../src/store/alert-store.js';

const inChannel = (channel: ChannelRef) => (x: { platform: string; channelId: string }) =>
  x.platform === channel.platform && x.channelId === channel.channelId;

/** One outbox row as an admin reads it: what it is and where it stands. */
function describeDelivery(item: OutboxItem, zone: string): string {
  const what =
    item.kind === 'alert' ? 'alert' : item.kind === 'also' ? '"also reported by" update' : item.kind;
  switch (item.status) {
    case 'sent':
      return `${what}: delivered ${item.sentAt ? formatMoment(item.sentAt, zone) : ''} as message ${item.messageId ?? '?'}`;
    case 'pending':
      return `${what}: waiting to be sent (attempt ${item.attempts + 1} at ${formatMoment(item.nextAttemptAt, zone)})${item.lastError ? `; last error: ${item.lastError}` : ''}`;
    case 'failed':
      return `${what}: not delivered, gave up after ${item.attempts} attempts (${item.lastError ?? 'unknown error'})`;
    case 'folded':
      return `${what}: held back by the channel's rate limit; it goes in the next digest`;
  }
}

export default defineCommand({
  name: 'why',
  description: 'Why an article was or was not posted in this channel',
  admin: true,
  options: z.object({ article: articleOption }),
  async handler({ article: ref }, ctx) {
    const alerts = requireAlerts(ctx);
    const article = await resolveArticle(ref, ctx);
    const channel = channelOf(ctx);
    const here = inChannel(channel);
    const zone = alerts.defaultTimezone;
    const subs = await alerts.store.listSubscriptions(channel);
    const feedIds = await alerts.store.feedsOfArticle(article.id);
    const feedUrls = (
      await Promise.all(feedIds.map(async (id) => (await alerts.store.getFeed(id))?.url))
    ).filter((u): u is string => Boolean(u));

    const reasons = subs.flatMap((s) => {
      const reason = matchReason(s, { article, feedUrls });
      return reason ? [{ sub: s, reason }] : [];
    });
    let matched: string;
    if (subs.length === 0) matched = 'No: this channel has no subscriptions, so nothing is alerted here.';
    else if (reasons.length === 0)
      matched = `No: it matches none of this channel's ${subs.length} ${subs.length === 1 ? 'subscription' : 'subscriptions'} (${subs.map(describeSubscription).join(', ')}).`;
    else matched = `Yes: ${reasons.map((r) => `${r.reason} (${describeSubscription(r.sub)})`).join('; ')}.`;

    const log = (await alerts.store.deliveryLog(article.id)).filter(here);
    const own = (await alerts.store.deliveriesOfArticle(article.id)).filter(here);
    const storyId = await alerts.store.storyOf(article.id);
    const storyAlert = storyId ? await alerts.store.storyAlert(storyId, channel) : null;
    const deliveries = [...own];
    if (storyAlert && !own.some((d) => d.id === storyAlert.id)) deliveries.unshift(storyAlert);

    const lines = log.map((e) => `• ${formatMoment(e.at, zone)}: ${e.event}: ${e.detail}`);
    for (const d of deliveries) {
      const note =
        d.articleId !== article.id ? " (the story's alert, first posted for another outlet's version)" : '';
      lines.push(`• now: ${describeDelivery(d, zone)}${note}`);
    }
    if (lines.length === 0) {
      const newer = reasons.filter((r) => r.sub.createdAt > article.ingestedAt);
      lines.push(
        reasons.length === 0
          ? '• Nothing was queued here for it.'
          : newer.length === reasons.length
            ? `• Nothing was queued: it was stored ${formatMoment(article.ingestedAt, zone)}, before the matching subscription was added. Only articles arriving after a subscription are alerted.`
            : `• Nothing was queued: it was stored ${formatMoment(article.ingestedAt, zone)} but never routed through alerts (it may have come in while alerting was not running).`,
      );
    }
    const fields: ReplyField[] = [
      { name: 'Matches this channel?', value: truncate(matched, 1000) },
      { name: 'Delivery here', value: fitLines(lines, 1000) },
    ];
    if (storyId) {
      const story = explainStory(article.id, {
        storyId,
        match: await alerts.store.storyMatch(article.id),
        first: await ctx.store.getArticle(storyId),
        size: (await alerts.store.articlesOfStory(storyId)).length,
      });
      fields.push({ name: 'Story', value: truncate(story, 1000) });
    }
    return {
      title: truncate(`Why: ${article.title}`, 250),
      text: `Article ${article.id}, stored ${formatMoment(article.ingestedAt, zone)}.`,
      fields,
      ephemeral: true,
    };
  },
  autocomplete: autocompleteArticle,
});

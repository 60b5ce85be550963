import type { Reply } from '../bot/reply.js';
import type { Logger } from '../log.js';
import { type AlertStore, type ChannelRef, channelKeyOf } from '../store/alert-store.js';
import type { StoredArticle } from '../store/store.js';
import { articleCard } from '../bot/cards.js';
import { matchReason } from './match.js';
import { StoryGrouping } from './stories.js';

export interface RateLimit {
  /** Alerts a channel gets per window before the rest wait for the digest. */
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { max: 5, windowMs: 10 * 60 * 1000 };

export interface Arrival {
  /** The feed that brought the article in, if any. */
  feedId?: number;
  /** Stored without alerting (a newly added feed's backlog). */
  silent?: boolean;
}

export interface RouteResult {
  storyId: string;
  queued: number;
  folded: number;
  alsoReported: number;
}

export interface AlertRouterDeps {
  alerts: AlertStore;
  log: Pick<Logger, 'info' | 'warn'>;
  now?: () => Date;
  rateLimit?: RateLimit;
  /** Channels that get every article without a subscription (the operator's console). */
  everyArticleTo?: readonly ChannelRef[];
}

/**
 * Decides, for each new article, which channels get it and how: a new alert, an "also reported
 * by" update to a story already alerted, or (past the channel's rate limit) a place in the next
 * digest. Every decision goes to the outbox and the delivery log; nothing is sent from here.
 */
export class AlertRouter {
  private readonly now: () => Date;
  private readonly rateLimit: RateLimit;
  /** Story grouping by content; loads its state from the store on the first article. */
  private readonly stories: StoryGrouping;

  constructor(private readonly deps: AlertRouterDeps) {
    this.now = deps.now ?? (() => new Date());
    this.rateLimit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
    this.stories = new StoryGrouping(deps.alerts);
  }

  async articleArrived(article: StoredArticle, arrival: Arrival = {}): Promise<RouteResult> {
    const { alerts } = this.deps;
    const now = this.now();
    // Which channels want it needs nothing another process changes while routing: found before
    // story grouping takes its locks, so they are held for less.
    const channels = await this.matchingChannels(article, await this.feedUrls(article, arrival));
    const { storyId } = await this.stories.assign(article, now);
    const result: RouteResult = { storyId, queued: 0, folded: 0, alsoReported: 0 };
    // Whether this article opened its story: asked of the store once, not once per channel.
    let firstOfStory: boolean | undefined;

    for (const { channel, reason } of channels) {
      const log = async (event: string, detail: string) =>
        await alerts.logDelivery({ articleId: article.id, ...channel, event, detail, at: now.toISOString() });
      if (arrival.silent) {
        await log(
          'stored-silently',
          `${reason}, but it came with a new feed's backlog, which is stored without alerts`,
        );
        continue;
      }
      if (await alerts.storyAlert(storyId, channel)) {
        firstOfStory ??= await this.isFirstOfStory(article, storyId);
        if (firstOfStory) continue;
        await alerts.enqueue(
          {
            kind: 'also',
            dedupKey: article.id,
            storyId,
            articleId: article.id,
            ...channel,
            payload: '{}',
            replyTo: null,
          },
          now,
        );
        await log(
          'also-reported',
          `${reason}; the story was already alerted here, so it is added as "also reported by"`,
        );
        result.alsoReported++;
        continue;
      }
      const recent = await alerts.alertsSince(channel, new Date(now.getTime() - this.rateLimit.windowMs));
      const overLimit = recent >= this.rateLimit.max;
      await alerts.enqueue(
        {
          kind: 'alert',
          dedupKey: storyId,
          storyId,
          articleId: article.id,
          ...channel,
          payload: JSON.stringify(articleCard(article) satisfies Reply),
          replyTo: null,
          ...(overLimit ? { status: 'folded' as const } : {}),
        },
        now,
      );
      if (overLimit) {
        await this.queueOverflowNote(channel, now);
        await log(
          'held-for-digest',
          `${reason}, but the channel already had ${recent} alerts in the last ${Math.round(this.rateLimit.windowMs / 60000)} minutes; it goes in the next digest`,
        );
        result.folded++;
      } else {
        await log('queued', `${reason}; queued as an alert`);
        result.queued++;
      }
    }
    return result;
  }

  /** Each channel once, with the first subscription that matches and why. */
  private async matchingChannels(
    article: StoredArticle,
    feedUrls: string[],
  ): Promise<{ channel: ChannelRef; reason: string }[]> {
    const byChannel = new Map<string, { channel: ChannelRef; reason: string }>();
    for (const sub of await this.deps.alerts.listSubscriptions()) {
      const key = channelKeyOf(sub);
      if (byChannel.has(key)) continue;
      const reason = matchReason(sub, { article, feedUrls });
      if (reason)
        byChannel.set(key, { channel: { platform: sub.platform, channelId: sub.channelId }, reason });
    }
    for (const channel of this.deps.everyArticleTo ?? []) {
      const key = channelKeyOf(channel);
      if (!byChannel.has(key))
        byChannel.set(key, { channel, reason: 'this channel shows every new article' });
    }
    return [...byChannel.values()];
  }

  private async feedUrls(article: StoredArticle, arrival: Arrival): Promise<string[]> {
    const ids = new Set(await this.deps.alerts.feedsOfArticle(article.id));
    if (arrival.feedId !== undefined) ids.add(arrival.feedId);
    const feeds = await Promise.all([...ids].map((id) => this.deps.alerts.getFeed(id)));
    return feeds.map((feed) => feed?.url).filter((u): u is string => Boolean(u));
  }

  private async isFirstOfStory(article: StoredArticle, storyId: string): Promise<boolean> {
    return (await this.deps.alerts.articlesOfStory(storyId))[0] === article.id;
  }

  /** One note per channel per rate-limit window; its count is filled in when it is sent. */
  private async queueOverflowNote(channel: ChannelRef, now: Date): Promise<void> {
    const bucket = Math.floor(now.getTime() / this.rateLimit.windowMs);
    await this.deps.alerts.enqueue(
      {
        kind: 'note',
        dedupKey: `overflow:${bucket}`,
        storyId: null,
        articleId: null,
        ...channel,
        payload: JSON.stringify({ since: new Date(bucket * this.rateLimit.windowMs).toISOString() }),
        replyTo: null,
      },
      // Sent at the end of the window, so the count covers the whole burst.
      new Date((bucket + 1) * this.rateLimit.windowMs),
    );
  }
}

import { z } from 'zod';
import type { Reply } from '../bot/reply.js';
import type { Logger } from '../log.js';
import type { Platform } from '../platforms/platform.js';
import type { AlertStore, OutboxItem } from '../store/alert-store.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';
import { alsoReportedReply, overflowNote, storyCard } from './cards.js';

export interface DelivererDeps {
  alerts: AlertStore;
  articles: ArticleStore;
  platforms: ReadonlyMap<string, Pick<Platform, 'send' | 'edit'>>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  now?: () => Date;
  /** Attempts before a delivery is given up (and logged as failed). */
  maxAttempts?: number;
}

/** Seconds before the next try: 5, 10, 20, ... capped at 30 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** attempts, 30 * 60_000);
}

const OverflowPayload = z.object({ since: z.string() });

/**
 * Works through the outbox: each pending delivery is sent, then marked sent in the store. A crash
 * between the two re-sends on restart with the same nonce, which Discord uses to drop the repeat;
 * everything marked sent is never sent again.
 */
export class Deliverer {
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly deps: DelivererDeps) {
    this.now = deps.now ?? (() => new Date());
    this.maxAttempts = deps.maxAttempts ?? 8;
  }

  /** Deliver what is due; returns how many were sent. Never throws. */
  async runOnce(limit = 50): Promise<number> {
    if (this.running) return this.running;
    this.running = this.deliverDue(limit).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(intervalMs = 2_000): void {
    if (this.timer) return;
    const tick = () => {
      void this.runOnce().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async deliverDue(limit: number): Promise<number> {
    let sent = 0;
    for (const item of this.deps.alerts.dueDeliveries(this.now(), limit)) {
      if (await this.deliver(item)) sent++;
    }
    return sent;
  }

  private async deliver(item: OutboxItem): Promise<boolean> {
    const { alerts, log } = this.deps;
    const platform = this.deps.platforms.get(item.platform);
    if (!platform) {
      // The platform isn't running in this process (not configured, or another process owns it): keep it for later.
      alerts.markRetry(item.id, `${item.platform} is not connected`, new Date(this.now().getTime() + 60_000));
      return false;
    }
    try {
      const messageId = await this.send(platform, item);
      if (messageId === null) return false;
      alerts.markSent(item.id, messageId, this.now());
      this.logEvent(item, 'delivered', `sent as message ${messageId}`);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (item.attempts + 1 >= this.maxAttempts) {
        alerts.markFailed(item.id, message);
        this.logEvent(item, 'failed', `gave up after ${item.attempts + 1} attempts: ${message}`);
        log.error({ outboxId: item.id, channel: item.channelId, err: message }, 'delivery failed for good');
      } else {
        const next = new Date(this.now().getTime() + backoffMs(item.attempts));
        alerts.markRetry(item.id, message, next);
        this.logEvent(item, 'retrying', `attempt ${item.attempts + 1} failed (${message}); next try ${next.toISOString()}`);
        log.warn({ outboxId: item.id, channel: item.channelId, err: message }, 'delivery failed, will retry');
      }
      return false;
    }
  }

  /** Sends one delivery; null means "nothing to send now" (the item was settled another way). */
  private async send(platform: Pick<Platform, 'send' | 'edit'>, item: OutboxItem): Promise<string | null> {
    if (item.kind === 'also') return this.sendAlso(platform, item);
    const reply = item.kind === 'note' ? this.overflowReply(item) : (JSON.parse(item.payload) as Reply);
    const sent = await platform.send(item.channelId, reply, { nonce: item.nonce });
    return sent.messageId;
  }

  /** Edit the story's alert to list the new outlet; if the edit fails, reply in its thread. */
  private async sendAlso(platform: Pick<Platform, 'send' | 'edit'>, item: OutboxItem): Promise<string | null> {
    const { alerts, articles } = this.deps;
    const channel = { platform: item.platform, channelId: item.channelId };
    const alert = item.storyId ? alerts.storyAlert(item.storyId, channel) : null;
    if (alert?.status === 'pending') {
      alerts.markRetry(item.id, 'waiting for the story alert to be sent', new Date(this.now().getTime() + 5_000));
      return null;
    }
    if (alert?.status !== 'sent' || !alert.messageId) {
      alerts.markSent(item.id, 'digest', this.now());
      this.logEvent(item, 'held-for-digest', 'the story alert was not posted here, so this version goes to the digest');
      return null;
    }
    const story = (item.storyId ? alerts.articlesOfStory(item.storyId) : [])
      .map((id) => articles.getArticle(id))
      .filter((a): a is StoredArticle => a !== null);
    const [first, ...others] = story;
    const article = item.articleId ? articles.getArticle(item.articleId) : null;
    if (!first || !article) throw new Error('the story or article is no longer stored');
    try {
      await platform.edit(item.channelId, alert.messageId, storyCard(first, others));
      return alert.messageId;
    } catch (err) {
      this.deps.log.info({ err: (err as Error).message }, 'could not edit the alert; replying in its thread');
      const sent = await platform.send(item.channelId, alsoReportedReply(article), {
        nonce: item.nonce,
        threadOf: alert.messageId,
      });
      return sent.messageId;
    }
  }

  private overflowReply(item: OutboxItem): Reply {
    const { since } = OverflowPayload.parse(JSON.parse(item.payload));
    const held = this.deps.alerts
      .deliveriesSince(item, new Date(new Date(since).getTime() - 1), this.now())
      .filter((d) => d.kind === 'alert' && d.status === 'folded').length;
    return overflowNote(Math.max(held, 1));
  }

  private logEvent(item: OutboxItem, event: string, detail: string): void {
    if (!item.articleId) return;
    this.deps.alerts.logDelivery({
      articleId: item.articleId,
      platform: item.platform,
      channelId: item.channelId,
      event,
      detail,
      at: this.now().toISOString(),
    });
  }
}

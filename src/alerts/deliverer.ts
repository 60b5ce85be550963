import { z } from 'zod';
import { type Reply, ReplySchema } from '../bot/reply.js';
import type { Logger } from '../log.js';
import type { Platform } from '../bot/platform.js';
import { PeriodicJob } from '../util/periodic.js';
import {
  type AlertStore,
  type ClaimedDelivery,
  channelKeyOf,
  type OutboxItem,
} from '../store/alert-store.js';
import { PlatformName } from '../util/platform-name.js';
import { holderIsGone, newHolderId } from '../store/holder.js';
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
  /** This process's id on its claims; a new one by default. */
  holder?: string;
  /** How long a claim lasts before another process may take the delivery over. */
  claimLeaseMs?: number;
  /** Whether a claim holder is known to be gone (its process died); its claims are then taken at once. */
  holderIsGone?: (holder: string) => boolean;
}

/** Seconds before the next try: 5, 10, 20, ... capped at 30 minutes. */
function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** attempts, 30 * 60_000);
}

const OverflowPayload = z.object({ since: z.string() });

/**
 * Deliveries claimed at a time: small, so a claim covers a few sends (its lease must outlast them)
 * and other processes get the rest meanwhile. A run claims batches until nothing is due, up to
 * MAX_BATCHES_PER_RUN.
 */
const BATCH_SIZE = 10;
const MAX_BATCHES_PER_RUN = 20;
/** A claim outlasts ten sends through a rate-limited chat API; a dead claimer's rows wait this long at most. */
const CLAIM_LEASE_MS = 120_000;

/** A stored delivery that can never be sent as it is (its payload fails validation): retrying won't help. */
class UndeliverableError extends Error {}

function payloadOf<T>(item: OutboxItem, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(item.payload);
  } catch (err) {
    throw new UndeliverableError(`stored payload is not JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new UndeliverableError(`stored payload is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Works through the outbox: each pending delivery is claimed (so processes sharing the outbox never
 * take the same one), sent, then marked sent in the store. A crash between sending and marking
 * leaves the claim to expire (or, for a dead process on this machine, to be taken at once); the
 * next claimer re-sends with the same nonce, which Discord uses to drop the repeat (Slack has no
 * such key: there the repeat can show). Everything marked sent is never sent again.
 */
export class Deliverer {
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly job: PeriodicJob<number>;
  readonly holder: string;
  private readonly claimLeaseMs: number;
  private readonly isGone: (holder: string) => boolean;

  constructor(private readonly deps: DelivererDeps) {
    this.now = deps.now ?? (() => new Date());
    this.maxAttempts = deps.maxAttempts ?? 8;
    this.holder = deps.holder ?? newHolderId();
    this.claimLeaseMs = deps.claimLeaseMs ?? CLAIM_LEASE_MS;
    this.isGone = deps.holderIsGone ?? holderIsGone;
    this.job = new PeriodicJob({
      run: () => this.deliverDue(),
      fallback: () => 0,
      onError: (err) => deps.log.error({ err }, 'delivery run failed'),
    });
  }

  /** Deliver what is due; returns how many were sent. Never throws. */
  runOnce(): Promise<number> {
    return this.job.runNow();
  }

  start(intervalMs = 2_000): void {
    this.job.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  private async deliverDue(): Promise<number> {
    await this.freeClaimsOfGoneHolders();
    const claim = {
      holder: this.holder,
      leaseMs: this.claimLeaseMs,
      // Only what this process can post: another process's platforms are left to it.
      platforms: [...this.deps.platforms.keys()].filter(
        (k) => PlatformName.safeParse(k).success,
      ) as PlatformName[],
    };
    let sent = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const items = await this.deps.alerts.claimDeliveries(this.now(), BATCH_SIZE, claim);
      for (const item of items) {
        if (await this.deliver(item)) sent++;
      }
      if (items.length < BATCH_SIZE) break;
    }
    return sent;
  }

  /** Claims left by a process that died on this machine are freed now rather than at their expiry. */
  private async freeClaimsOfGoneHolders(): Promise<void> {
    for (const holder of await this.deps.alerts.deliveryClaimHolders(this.now())) {
      if (holder === this.holder || !this.isGone(holder)) continue;
      const freed = await this.deps.alerts.expireDeliveryClaims(holder);
      this.deps.log.warn(
        { holder, deliveries: freed },
        'took over deliveries claimed by a Herald process that is gone',
      );
    }
  }

  private async deliver(item: ClaimedDelivery): Promise<boolean> {
    const { alerts, log } = this.deps;
    const platform = this.deps.platforms.get(item.platform);
    if (!platform) {
      // The platform isn't running in this process (not configured, or another process owns it): keep it
      // for later without counting an attempt, or the first real failure once it connects would be fatal.
      await alerts.postpone(
        item.id,
        `${item.platform} is not connected`,
        new Date(this.now().getTime() + 60_000),
      );
      return false;
    }
    try {
      if (item.takenOverFrom) {
        // The earlier claimer may have posted it before it died: the same nonce lets Discord drop
        // the repeat; on a platform without one the channel may see it twice. Logged either way.
        await this.logEvent(
          item,
          'taken-over',
          `claimed by ${item.takenOverFrom}, which stopped before settling it; sending again with the same nonce`,
        );
      }
      const messageId = await this.send(platform, item);
      if (messageId === null) return false;
      // Another process may have settled it meanwhile (this claim outlived its lease): logged once.
      if (!(await alerts.markSent(item.id, messageId, this.now()))) return false;
      // The article just posted is what the channel is now talking about ("/who" means this one).
      if (item.kind === 'alert' && item.articleId) {
        await this.deps.articles.setChannelArticle(channelKeyOf(item), item.articleId);
      }
      await this.logEvent(item, 'delivered', `sent as message ${messageId}`);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof UndeliverableError || item.attempts + 1 >= this.maxAttempts) {
        await alerts.markFailed(item.id, message);
        const why =
          err instanceof UndeliverableError ? 'gave up' : `gave up after ${item.attempts + 1} attempts`;
        await this.logEvent(item, 'failed', `${why}: ${message}`);
        log.error({ outboxId: item.id, channel: item.channelId, err: message }, 'delivery failed for good');
      } else {
        const next = new Date(this.now().getTime() + backoffMs(item.attempts));
        await alerts.markRetry(item.id, message, next);
        await this.logEvent(
          item,
          'retrying',
          `attempt ${item.attempts + 1} failed (${message}); next try ${next.toISOString()}`,
        );
        log.warn({ outboxId: item.id, channel: item.channelId, err: message }, 'delivery failed, will retry');
      }
      return false;
    }
  }

  /** Sends one delivery; null means "nothing to send now" (the item was settled another way). */
  private async send(platform: Pick<Platform, 'send' | 'edit'>, item: OutboxItem): Promise<string | null> {
    if (item.kind === 'also') return this.sendAlso(platform, item);
    const reply = item.kind === 'note' ? await this.overflowReply(item) : payloadOf(item, ReplySchema);
    const sent = await platform.send(item.channelId, reply, { nonce: item.nonce });
    return sent.messageId;
  }

  /** Edit the story's alert to list the new outlet; if the edit fails, reply in its thread. */
  private async sendAlso(
    platform: Pick<Platform, 'send' | 'edit'>,
    item: OutboxItem,
  ): Promise<string | null> {
    const { alerts, articles } = this.deps;
    const channel = { platform: item.platform, channelId: item.channelId };
    const alert = item.storyId ? await alerts.storyAlert(item.storyId, channel) : null;
    if (alert?.status === 'pending') {
      await alerts.postpone(
        item.id,
        'waiting for the story alert to be sent',
        new Date(this.now().getTime() + 5_000),
      );
      return null;
    }
    if (alert?.status !== 'sent' || !alert.messageId) {
      if (!(await alerts.markSent(item.id, 'digest', this.now()))) return null;
      await this.logEvent(
        item,
        'held-for-digest',
        'the story alert was not posted here, so this version goes to the digest',
      );
      return null;
    }
    const storyIds = item.storyId ? await alerts.articlesOfStory(item.storyId) : [];
    const story = (await Promise.all(storyIds.map((id) => articles.getArticle(id)))).filter(
      (a): a is StoredArticle => a !== null,
    );
    const [first, ...others] = story;
    const article = item.articleId ? await articles.getArticle(item.articleId) : null;
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

  private async overflowReply(item: OutboxItem): Promise<Reply> {
    const { since } = payloadOf(item, OverflowPayload);
    const held = (
      await this.deps.alerts.deliveriesSince(item, new Date(new Date(since).getTime() - 1), this.now())
    ).filter((d) => d.kind === 'alert' && d.status === 'folded').length;
    return overflowNote(Math.max(held, 1));
  }

  private async logEvent(item: OutboxItem, event: string, detail: string): Promise<void> {
    if (!item.articleId) return;
    await this.deps.alerts.logDelivery({
      articleId: item.articleId,
      outboxId: item.id,
      platform: item.platform,
      channelId: item.channelId,
      event,
      detail,
      at: this.now().toISOString(),
    });
  }
}

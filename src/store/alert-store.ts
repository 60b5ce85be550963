import { z } from 'zod';
import { PlatformName } from '../util/platform-name.js';
import { type StoryMatch, type StoryState, StoryStateSchema } from '../stories/state.js';

/**
 * What alerts, feeds and digests keep: subscriptions, feeds and the items they have seen,
 * stories (the same news from several outlets), the outbox of deliveries and its log, digest
 * schedules, and leases so a scheduled job runs in one process only. Behind an interface, like
 * the article store, so a server database can follow.
 */

export const SubscriptionKind = z.enum(['feed', 'keyword', 'person', 'regex']);
export type SubscriptionKind = z.infer<typeof SubscriptionKind>;

/** Where a message goes: a platform and its own channel id; `key` is "platform:channelId". */
export const ChannelRefSchema = z.object({
  platform: PlatformName,
  channelId: z.string().min(1),
});
export type ChannelRef = z.infer<typeof ChannelRefSchema>;

export function channelKeyOf(ref: ChannelRef): string {
  return `${ref.platform}:${ref.channelId}`;
}

export const SubscriptionSchema = z.object({
  id: z.number().int(),
  platform: PlatformName,
  channelId: z.string(),
  kind: SubscriptionKind,
  value: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const FeedSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  /** The channel that added the feed: told when the feed is disabled. */
  platform: PlatformName,
  channelId: z.string(),
  intervalSeconds: z.number().int().positive(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  nextPollAt: z.string(),
  failures: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  disabledAt: z.string().nullable(),
  /** Set after the first successful poll: until then items are stored silently. */
  seededAt: z.string().nullable(),
  /** Items the last successful poll read (null before the first). */
  lastItemCount: z.number().int().nonnegative().nullable(),
  /** Items the last successful poll dropped: empty, repeated, or unstorable. */
  lastDroppedCount: z.number().int().nonnegative().nullable(),
  /** Why they were dropped, e.g. "item is empty (no title, text or link) ×2". */
  lastDropReasons: z.string().nullable(),
});
export type Feed = z.infer<typeof FeedSchema>;

export const StorySchema = z.object({
  id: z.string(),
  /** People, places and organisation names that identify the story. */
  signature: z.array(z.string()),
  firstArticleId: z.string(),
  createdAt: z.string(),
  /** What the content grouper keeps of the story (null for stories grouped before it existed). */
  state: StoryStateSchema.nullable().default(null),
});
export type Story = z.input<typeof StorySchema>;

export const OutboxKind = z.enum(['alert', 'also', 'note', 'digest', 'notice']);
export type OutboxKind = z.infer<typeof OutboxKind>;

export const OutboxStatus = z.enum(['pending', 'sent', 'failed', 'folded']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxItemSchema = z.object({
  id: z.number().int(),
  kind: OutboxKind,
  /** What makes the delivery unique for its channel (story id for alerts, article id for "also"). */
  dedupKey: z.string(),
  storyId: z.string().nullable(),
  articleId: z.string().nullable(),
  platform: PlatformName,
  channelId: z.string(),
  /** JSON of the Reply to send (alerts are rendered when enqueued, so a restart sends the same thing). */
  payload: z.string(),
  status: OutboxStatus,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.string(),
  messageId: z.string().nullable(),
  /** The message to edit or thread under, for "also reported by" updates. */
  replyTo: z.string().nullable(),
  nonce: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

/** Who claims deliveries and for how long: a claim not settled by then may be taken by another process. */
export const DeliveryClaimSchema = z.object({
  holder: z.string().min(1),
  leaseMs: z.number().int().positive(),
  /** Only deliveries to these platforms (the ones this process runs) are claimed. */
  platforms: z.array(PlatformName),
});
export type DeliveryClaim = z.infer<typeof DeliveryClaimSchema>;

/** A claimed delivery; `takenOverFrom` names an earlier claimer that never settled it (it stopped mid-delivery). */
export type ClaimedDelivery = OutboxItem & { takenOverFrom: string | null };

export type NewOutboxItem = Pick<
  OutboxItem,
  'kind' | 'dedupKey' | 'storyId' | 'articleId' | 'platform' | 'channelId' | 'payload' | 'replyTo'
> & { status?: OutboxStatus };

export const DeliveryLogEntrySchema = z.object({
  articleId: z.string(),
  /** The outbox row the event is about; a row is logged 'delivered' at most once. */
  outboxId: z.number().int().nullable().optional(),
  platform: PlatformName,
  channelId: z.string(),
  event: z.string(),
  detail: z.string(),
  at: z.string(),
});
export type DeliveryLogEntry = z.infer<typeof DeliveryLogEntrySchema>;

export const DigestScheduleSchema = z.object({
  platform: PlatformName,
  channelId: z.string(),
  cron: z.string(),
  timezone: z.string(),
  lastDigestAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DigestSchedule = z.infer<typeof DigestScheduleSchema>;

export interface AlertStore {
  addSubscription(s: Omit<Subscription, 'id' | 'createdAt'>): Promise<{
    subscription: Subscription;
    created: boolean;
  }>;
  /** Removes matching subscriptions of a channel (all of them when kind is omitted); returns how many. */
  removeSubscriptions(channel: ChannelRef, kind?: SubscriptionKind, value?: string): Promise<number>;
  listSubscriptions(channel?: ChannelRef): Promise<Subscription[]>;

  addFeed(
    url: string,
    channel: ChannelRef,
    intervalSeconds: number,
    now: Date,
  ): Promise<{ feed: Feed; created: boolean }>;
  getFeed(id: number): Promise<Feed | null>;
  findFeedByUrl(url: string): Promise<Feed | null>;
  listFeeds(): Promise<Feed[]>;
  dueFeeds(now: Date): Promise<Feed[]>;
  updateFeed(id: number, patch: Partial<Omit<Feed, 'id' | 'url'>>): Promise<void>;
  /** Remembers a feed item; false when the feed had already seen this identity. */
  rememberFeedItem(feedId: number, itemKey: string, articleId: string | null, now: Date): Promise<boolean>;
  hasFeedItem(feedId: number, itemKey: string): Promise<boolean>;
  /** Feeds that brought the article in. */
  feedsOfArticle(articleId: string): Promise<number[]>;

  recentStories(since: Date): Promise<Story[]>;
  createStory(story: Story): Promise<void>;
  /** Adds words to a story's signature as more outlets report it. */
  extendStory(storyId: string, signature: string[]): Promise<void>;
  /** Keeps the grouper's state of a story as more outlets report it. */
  saveStoryState(storyId: string, state: StoryState): Promise<void>;
  /** Puts an article in a story, with why it joined (null when it started the story). */
  assignStory(articleId: string, storyId: string, match?: StoryMatch | null): Promise<void>;
  storyOf(articleId: string): Promise<string | null>;
  /** Why an article joined its story: similarity and shared names; null when it started it. */
  storyMatch(articleId: string): Promise<StoryMatch | null>;
  /** Document frequencies of story terms over every article grouped so far. */
  storyTermCounts(): Promise<{ docs: number; counts: [string, number][] }>;
  /** Articles grouped so far (what `storyTermCounts` counted), read cheaply to notice a rolled-back write. */
  storyDocCount(): Promise<number>;
  /** Counts one more article using each of these (distinct) terms. */
  countStoryTerms(terms: readonly string[]): Promise<void>;
  articlesOfStory(storyId: string): Promise<string[]>;
  /**
   * Articles grouped after position `after` in grouping order (the store's own sequence), and at
   * the positions `alsoAt`, with their stories: what other processes grouped since this one last
   * looked.
   */
  groupedSince(after: number, alsoAt?: readonly number[]): Promise<Grouping[]>;
  /** The position of the last article grouped (0 when none). */
  lastGroupedSeq(): Promise<number>;
  /**
   * What the story grouper loads, read at one instant: the term counts, the stories started since
   * `since` (newest first), the last grouping position and the positions at or below it not yet
   * visible (held by transactions still running, or rolled back), which may land later.
   */
  storyWindow(since: Date): Promise<StoryWindow>;
  /**
   * Inside a transaction: wait until no other transaction holds any of these story-index keys,
   * and hold them until this one ends, so two articles that could meet in one story are grouped
   * one after the other while unrelated ones are grouped at once. (SQLite: one process, whose gate
   * runs one transaction at a time, so nothing to wait for.)
   */
  lockStoryKeys(keys: readonly string[]): Promise<void>;
  /** Inside a transaction: a story's stored state, its row locked until the transaction ends. */
  lockStory(storyId: string): Promise<StoryState | null>;
  /** Stories by id (those that exist). */
  storiesByIds(ids: readonly string[]): Promise<Story[]>;

  /** Adds a delivery unless one with the same (kind, dedupKey, channel) exists; false then. */
  enqueue(item: NewOutboxItem, now: Date): Promise<boolean>;
  dueDeliveries(now: Date, limit: number): Promise<OutboxItem[]>;
  /**
   * Claim up to `limit` due deliveries for one holder, oldest first, atomically: rows another
   * holder claimed and whose claim has not expired are skipped, so processes sharing the outbox
   * never claim the same row. Settling a row (sent, retry, postpone, failed) ends its claim.
   */
  claimDeliveries(now: Date, limit: number, claim: DeliveryClaim): Promise<ClaimedDelivery[]>;
  /** Holders of unexpired claims on pending deliveries (to notice one whose process is gone). */
  deliveryClaimHolders(now: Date): Promise<string[]>;
  /** Expire a gone holder's claims now, so another process takes them without waiting; returns how many. */
  expireDeliveryClaims(holder: string): Promise<number>;
  /** Marks a pending delivery sent; false when it was already settled (another claimer marked it). */
  markSent(id: number, messageId: string, now: Date): Promise<boolean>;
  /** A failed attempt: counted towards giving up, tried again at `nextAttemptAt`. */
  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  /** Not attempted (nothing to send through yet): tried again later without counting an attempt. */
  postpone(id: number, reason: string, nextAttemptAt: Date): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;
  /** The alert of a story in a channel, whatever its status (what "also reported by" edits). */
  storyAlert(storyId: string, channel: ChannelRef): Promise<OutboxItem | null>;
  /** Alerts sent or pending to a channel since a time (the per-channel rate limit counts these). */
  alertsSince(channel: ChannelRef, since: Date): Promise<number>;
  /** Deliveries that touched a channel since a time, oldest first (digests read these). */
  deliveriesSince(channel: ChannelRef, since: Date | null, until: Date): Promise<OutboxItem[]>;
  deliveriesOfArticle(articleId: string): Promise<OutboxItem[]>;

  logDelivery(entry: DeliveryLogEntry): Promise<void>;
  deliveryLog(articleId: string): Promise<DeliveryLogEntry[]>;

  setDigestSchedule(s: Omit<DigestSchedule, 'lastDigestAt' | 'createdAt'>, now: Date): Promise<void>;
  getDigestSchedule(channel: ChannelRef): Promise<DigestSchedule | null>;
  listDigestSchedules(): Promise<DigestSchedule[]>;
  setLastDigest(channel: ChannelRef, at: Date): Promise<void>;
  /**
   * Take one scheduled digest slot of a channel: true for exactly one caller ever (a unique row per
   * channel and slot). Inside a transaction that rolls back, the slot is free again.
   */
  claimDigestSlot(channel: ChannelRef, slot: Date, holder: string, now: Date): Promise<boolean>;

  /** A lease on a named job: true when this holder has it until `now + ttlMs`. */
  tryLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Who holds a lease and until when, expired or not; null when nobody ever took it. */
  leaseHolder(name: string): Promise<{ holder: string; expiresAt: string } | null>;
  /** Take a lease from a holder known to be gone (its process died); false if it changed hands meanwhile. */
  takeLeaseFrom(name: string, from: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Give a lease up (on a clean stop), so the next process need not wait for it to expire. */
  releaseLease(name: string, holder: string): Promise<void>;

  /** Articles stored but not yet routed, oldest first (the route inbox the article store writes). */
  pendingArrivals(limit: number): Promise<PendingArrival[]>;
  /** Whether an article is still waiting in the route inbox. */
  isPendingArrival(articleId: string): Promise<boolean>;
  /** The article has been routed: its inbox row goes. */
  arrivalRouted(articleId: string): Promise<void>;
  /**
   * Run `fn` in one write transaction: all of its writes land, or none do. Store calls made while
   * `fn` runs (awaited from it, through this store or the article store it shares a database with)
   * are part of the transaction; other callers wait for it (SQLite) or use other connections
   * (PostgreSQL). Nested calls join the outer transaction.
   */
  inTransaction<T>(fn: () => Promise<T>): Promise<T>;
}

export interface StoryWindow {
  docs: number;
  counts: [string, number][];
  stories: Story[];
  lastSeq: number;
  /** Positions at or below `lastSeq` without a visible row: they may still land. */
  gaps: number[];
}

/** An article's place in a story, at its position in grouping order. */
export interface Grouping {
  seq: number;
  articleId: string;
  storyId: string;
}

export const PendingArrivalSchema = z.object({
  articleId: z.string(),
  feedId: z.number().int().nullable(),
  silent: z.boolean(),
  arrivedAt: z.string(),
});
export type PendingArrival = z.infer<typeof PendingArrivalSchema>;

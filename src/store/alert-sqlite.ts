import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  type AlertStore,
  type ChannelRef,
  type ClaimedDelivery,
  type DeliveryClaim,
  type DeliveryLogEntry,
  DeliveryLogEntrySchema,
  type DigestSchedule,
  DigestScheduleSchema,
  type Feed,
  FeedSchema,
  type Grouping,
  type NewOutboxItem,
  type OutboxItem,
  OutboxItemSchema,
  type PendingArrival,
  PendingArrivalSchema,
  type Story,
  type StoryWindow,
  type Subscription,
  type SubscriptionKind,
  SubscriptionSchema,
} from './alert-store.js';
import {
  camel,
  FEED_COLUMNS,
  groupingOf,
  IntValue,
  row,
  rows,
  StoryRowSchema,
  TermCountRow,
  TextValue,
} from './alert-rows.js';
import { gateOf, type SqliteGate } from './sqlite-gate.js';
import { type StoryMatch, StoryMatchSchema, type StoryState } from '../stories/state.js';

/** What an expired claim reads: before any real time, so `claim_expires_at <= now` holds. */
const EXPIRED = '1970-01-01T00:00:00.000Z';

/** The SQLite work itself, synchronous; SqliteAlertStore below is what callers get. */
class SqliteAlertTables {
  /**
   * Statements compiled once per SQL text: the router and the poller run several queries per
   * article and per feed item, and compiling each time costs several times the query itself.
   */
  private readonly statements = new Map<string, Database.Statement>();

  /**
   * Recent stories as last parsed, by id: every arriving article reads all stories of the last
   * two days, and parsing each of them again made a folder of a thousand new articles take
   * seconds per hundred.
   */
  private parsedStories = new Map<string, { signatureJson: unknown; story: Story }>();

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  addSubscription(s: Omit<Subscription, 'id' | 'createdAt'>): {
    subscription: Subscription;
    created: boolean;
  } {
    const info = this.statement(
      `INSERT INTO subscriptions (platform, channel_id, kind, value, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(s.platform, s.channelId, s.kind, s.value, s.createdBy, new Date().toISOString());
    const found = this.statement(
      'SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? AND kind = ? AND value = ?',
    ).get(s.platform, s.channelId, s.kind, s.value);
    return { subscription: SubscriptionSchema.parse(camel(found)), created: info.changes > 0 };
  }

  removeSubscriptions(channel: ChannelRef, kind?: SubscriptionKind, value?: string): number {
    const clauses = ['platform = ?', 'channel_id = ?'];
    const params: string[] = [channel.platform, channel.channelId];
    if (kind) {
      clauses.push('kind = ?');
      params.push(kind);
    }
    if (value !== undefined) {
      clauses.push('value = ?');
      params.push(value);
    }
    return this.statement(`DELETE FROM subscriptions WHERE ${clauses.join(' AND ')}`).run(...params).changes;
  }

  listSubscriptions(channel?: ChannelRef): Subscription[] {
    const list = channel
      ? this.statement('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ORDER BY id').all(
          channel.platform,
          channel.channelId,
        )
      : this.statement('SELECT * FROM subscriptions ORDER BY id').all();
    return rows(SubscriptionSchema, list);
  }

  addFeed(
    url: string,
    channel: ChannelRef,
    intervalSeconds: number,
    now: Date,
  ): { feed: Feed; created: boolean } {
    const info = this.statement(
      `INSERT INTO feeds (url, platform, channel_id, interval_seconds, next_poll_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
    ).run(url, channel.platform, channel.channelId, intervalSeconds, now.toISOString());
    return { feed: this.findFeedByUrl(url)!, created: info.changes > 0 };
  }

  getFeed(id: number): Feed | null {
    return row(FeedSchema, this.statement('SELECT * FROM feeds WHERE id = ?').get(id));
  }

  findFeedByUrl(url: string): Feed | null {
    return row(FeedSchema, this.statement('SELECT * FROM feeds WHERE url = ?').get(url));
  }

  listFeeds(): Feed[] {
    return rows(FeedSchema, this.statement('SELECT * FROM feeds ORDER BY id').all());
  }

  dueFeeds(now: Date): Feed[] {
    return rows(
      FeedSchema,
      this.statement(
        'SELECT * FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= ? ORDER BY next_poll_at',
      ).all(now.toISOString()),
    );
  }

  updateFeed(id: number, patch: Partial<Omit<Feed, 'id' | 'url'>>): void {
    const entries = Object.entries(patch).filter(([k]) => k in FEED_COLUMNS);
    if (entries.length === 0) return;
    const sets = entries.map(([k]) => `${FEED_COLUMNS[k]} = ?`).join(', ');
    this.statement(`UPDATE feeds SET ${sets} WHERE id = ?`).run(...entries.map(([, v]) => v ?? null), id);
  }

  rememberFeedItem(feedId: number, itemKey: string, articleId: string | null, now: Date): boolean {
    return (
      this.statement(
        `INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at) VALUES (?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
      ).run(feedId, itemKey, articleId, now.toISOString()).changes > 0
    );
  }

  hasFeedItem(feedId: number, itemKey: string): boolean {
    return (
      this.statement('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?').get(feedId, itemKey) !==
      undefined
    );
  }

  feedsOfArticle(articleId: string): number[] {
    return this.statement('SELECT DISTINCT feed_id FROM feed_items WHERE article_id = ?')
      .pluck()
      .all(articleId)
      .map((v) => IntValue.parse(v));
  }

  recentStories(since: Date): Story[] {
    const list = this.statement('SELECT * FROM stories WHERE created_at >= ? ORDER BY created_at DESC').all(
      since.toISOString(),
    );
    // Only the signature of a story changes, so a row whose signature is unchanged is not parsed again.
    const parsed = new Map<string, { signatureJson: unknown; story: Story }>();
    const stories = list.map((r) => {
      const { id, signature_json: signature, state_json: state } = r as Record<string, unknown>;
      // The grouper's state changes with the signature or without it: both decide whether to re-parse.
      const signatureJson = `${String(signature)}\u0000${String(state)}`;
      const known = typeof id === 'string' ? this.parsedStories.get(id) : undefined;
      const story =
        known && known.signatureJson === signatureJson ? known.story : StoryRowSchema.parse(camel(r));
      parsed.set(story.id, { signatureJson, story });
      return story;
    });
    // Kept to the window just read, so stories that aged out are dropped from memory too.
    this.parsedStories = parsed;
    return stories;
  }

  createStory(story: Story): void {
    this.statement(
      'INSERT INTO stories (id, signature_json, first_article_id, created_at) VALUES (?, ?, ?, ?)',
    ).run(story.id, JSON.stringify(story.signature), story.firstArticleId, story.createdAt);
    if (story.state) this.saveStoryState(story.id, story.state);
  }

  saveStoryState(storyId: string, state: StoryState): void {
    this.statement('UPDATE stories SET state_json = ? WHERE id = ?').run(JSON.stringify(state), storyId);
  }

  extendStory(storyId: string, signature: string[]): void {
    this.statement('UPDATE stories SET signature_json = ? WHERE id = ?').run(
      JSON.stringify(signature),
      storyId,
    );
  }

  assignStory(articleId: string, storyId: string, match: StoryMatch | null = null): void {
    this.statement(
      `INSERT INTO article_stories (article_id, story_id, match_json) VALUES (?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, match_json = excluded.match_json`,
    ).run(articleId, storyId, match ? JSON.stringify(match) : null);
  }

  storyMatch(articleId: string): StoryMatch | null {
    const json = this.statement('SELECT match_json FROM article_stories WHERE article_id = ?')
      .pluck()
      .get(articleId);
    return typeof json === 'string' ? StoryMatchSchema.parse(JSON.parse(json)) : null;
  }

  storyTermCounts(): { docs: number; counts: [string, number][] } {
    const docs = z
      .number()
      .int()
      .parse(this.statement('SELECT docs FROM story_corpus WHERE id = 1').pluck().get() ?? 0);
    const counts = this.statement('SELECT term, df FROM story_terms')
      .raw()
      .all()
      .map((r) => TermCountRow.parse(r));
    return { docs, counts };
  }

  storyDocCount(): number {
    return z
      .number()
      .int()
      .parse(this.statement('SELECT docs FROM story_corpus WHERE id = 1').pluck().get() ?? 0);
  }

  countStoryTerms(terms: readonly string[]): void {
    const add = this.statement(
      'INSERT INTO story_terms (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1',
    );
    const count = this.statement('UPDATE story_corpus SET docs = docs + 1 WHERE id = 1');
    this.db.transaction(() => {
      for (const t of terms) add.run(t);
      count.run();
    })();
  }

  storyOf(articleId: string): string | null {
    const id = this.statement('SELECT story_id FROM article_stories WHERE article_id = ?')
      .pluck()
      .get(articleId);
    return id === undefined ? null : TextValue.parse(id);
  }

  articlesOfStory(storyId: string): string[] {
    return this.statement('SELECT article_id FROM article_stories WHERE story_id = ? ORDER BY rowid')
      .pluck()
      .all(storyId)
      .map((v) => TextValue.parse(v));
  }

  enqueue(item: NewOutboxItem, now: Date): boolean {
    return (
      this.statement(
        `INSERT INTO outbox (kind, dedup_key, story_id, article_id, platform, channel_id, payload, status,
             next_attempt_at, reply_to, nonce, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ).run(
        item.kind,
        item.dedupKey,
        item.storyId,
        item.articleId,
        item.platform,
        item.channelId,
        item.payload,
        item.status ?? 'pending',
        now.toISOString(),
        item.replyTo,
        // Discord nonces are at most 25 characters; a random one per delivery survives restarts in the row.
        randomUUID().replace(/-/g, '').slice(0, 25),
        now.toISOString(),
      ).changes > 0
    );
  }

  groupedSince(after: number, alsoAt: readonly number[] = []): Grouping[] {
    return this.statement(
      `SELECT rowid AS seq, article_id, story_id FROM article_stories
        WHERE rowid > ? OR rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
      .all(after, JSON.stringify(alsoAt))
      .map((r) => groupingOf(r as Record<string, unknown>));
  }

  lastGroupedSeq(): number {
    const r = this.statement('SELECT coalesce(max(rowid), 0) AS seq FROM article_stories').get() as {
      seq: unknown;
    };
    return IntValue.parse(r.seq);
  }

  storiesByIds(ids: readonly string[]): Story[] {
    if (ids.length === 0) return [];
    return this.statement('SELECT * FROM stories WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids))
      .map((r) => StoryRowSchema.parse(camel(r as Record<string, unknown>)));
  }

  dueDeliveries(now: Date, limit: number): OutboxItem[] {
    return rows(
      OutboxItemSchema,
      this.statement(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
      ).all(now.toISOString(), limit),
    );
  }

  claimDeliveries(now: Date, limit: number, claim: DeliveryClaim): ClaimedDelivery[] {
    if (claim.platforms.length === 0) return [];
    const at = now.toISOString();
    // One process owns an SQLite file and statements run one at a time, so select-then-update is atomic.
    const due = rows(
      OutboxItemSchema.extend({ claimedBy: z.string().nullable() }),
      this.statement(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
           AND platform IN (SELECT value FROM json_each(?))
           AND (claim_expires_at IS NULL OR claim_expires_at <= ?)
         ORDER BY next_attempt_at, id LIMIT ?`,
      ).all(at, JSON.stringify(claim.platforms), at, limit),
    );
    const expires = new Date(now.getTime() + claim.leaseMs).toISOString();
    const take = this.statement('UPDATE outbox SET claimed_by = ?, claim_expires_at = ? WHERE id = ?');
    return due.map(({ claimedBy, ...item }) => {
      take.run(claim.holder, expires, item.id);
      return { ...item, takenOverFrom: claimedBy };
    });
  }

  deliveryClaimHolders(now: Date): string[] {
    return (
      this.statement(
        `SELECT DISTINCT claimed_by FROM outbox
          WHERE status = 'pending' AND claimed_by IS NOT NULL AND claim_expires_at > ?`,
      ).all(now.toISOString()) as { claimed_by: unknown }[]
    ).map((r) => TextValue.parse(r.claimed_by));
  }

  expireDeliveryClaims(holder: string): number {
    return this.statement(
      `UPDATE outbox SET claim_expires_at = ? WHERE claimed_by = ? AND status = 'pending'`,
    ).run(EXPIRED, holder).changes;
  }

  markSent(id: number, messageId: string, now: Date): boolean {
    return (
      this.statement(
        `UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1,
             claimed_by = NULL, claim_expires_at = NULL
           WHERE id = ? AND status = 'pending'`,
      ).run(messageId, now.toISOString(), id).changes > 0
    );
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): void {
    this.statement(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
           claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
    ).run(error, nextAttemptAt.toISOString(), id);
  }

  postpone(id: number, reason: string, nextAttemptAt: Date): void {
    this.statement(
      `UPDATE outbox SET last_error = ?, next_attempt_at = ?, claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
    ).run(reason, nextAttemptAt.toISOString(), id);
  }

  markFailed(id: number, error: string): void {
    this.statement(
      `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?,
           claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
    ).run(error, id);
  }

  storyAlert(storyId: string, channel: ChannelRef): OutboxItem | null {
    // An alert's dedup key is its story id: the unique index finds it, where story_id alone
    // would scan the channel's whole delivery history, once per matching channel per article.
    return row(
      OutboxItemSchema,
      this.statement(
        `SELECT * FROM outbox WHERE kind = 'alert' AND dedup_key = ? AND story_id = ? AND platform = ? AND channel_id = ?`,
      ).get(storyId, storyId, channel.platform, channel.channelId),
    );
  }

  alertsSince(channel: ChannelRef, since: Date): number {
    return z.number().parse(
      this.statement(
        `SELECT count(*) FROM outbox WHERE kind = 'alert' AND status IN ('pending', 'sent')
             AND platform = ? AND channel_id = ? AND created_at >= ?`,
      )
        .pluck()
        .get(channel.platform, channel.channelId, since.toISOString()),
    );
  }

  deliveriesSince(channel: ChannelRef, since: Date | null, until: Date): OutboxItem[] {
    return rows(
      OutboxItemSchema,
      this.statement(
        `SELECT * FROM outbox WHERE platform = ? AND channel_id = ? AND kind IN ('alert', 'also')
           AND created_at > ? AND created_at <= ? ORDER BY created_at, id`,
      ).all(channel.platform, channel.channelId, since?.toISOString() ?? '', until.toISOString()),
    );
  }

  deliveriesOfArticle(articleId: string): OutboxItem[] {
    return rows(
      OutboxItemSchema,
      this.statement('SELECT * FROM outbox WHERE article_id = ? ORDER BY id').all(articleId),
    );
  }

  logDelivery(entry: DeliveryLogEntry): void {
    this.statement(
      `INSERT INTO delivery_log (article_id, outbox_id, platform, channel_id, event, detail, at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(
      entry.articleId,
      entry.outboxId ?? null,
      entry.platform,
      entry.channelId,
      entry.event,
      entry.detail,
      entry.at,
    );
  }

  deliveryLog(articleId: string): DeliveryLogEntry[] {
    return rows(
      DeliveryLogEntrySchema,
      this.statement(
        'SELECT article_id, platform, channel_id, event, detail, at FROM delivery_log WHERE article_id = ? ORDER BY id',
      ).all(articleId),
    );
  }

  setDigestSchedule(s: Omit<DigestSchedule, 'lastDigestAt' | 'createdAt'>, now: Date): void {
    this.statement(
      `INSERT INTO digest_schedules (platform, channel_id, cron, timezone, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET cron = excluded.cron, timezone = excluded.timezone`,
    ).run(s.platform, s.channelId, s.cron, s.timezone, now.toISOString());
  }

  getDigestSchedule(channel: ChannelRef): DigestSchedule | null {
    return row(
      DigestScheduleSchema,
      this.statement('SELECT * FROM digest_schedules WHERE platform = ? AND channel_id = ?').get(
        channel.platform,
        channel.channelId,
      ),
    );
  }

  listDigestSchedules(): DigestSchedule[] {
    return rows(
      DigestScheduleSchema,
      this.statement('SELECT * FROM digest_schedules ORDER BY created_at').all(),
    );
  }

  setLastDigest(channel: ChannelRef, at: Date): void {
    this.statement(
      'UPDATE digest_schedules SET last_digest_at = ? WHERE platform = ? AND channel_id = ?',
    ).run(at.toISOString(), channel.platform, channel.channelId);
  }

  claimDigestSlot(channel: ChannelRef, slot: Date, holder: string, now: Date): boolean {
    return (
      this.statement(
        `INSERT INTO digest_runs (platform, channel_id, slot, holder, ran_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
      ).run(channel.platform, channel.channelId, slot.toISOString(), holder, now.toISOString()).changes > 0
    );
  }

  tryLease(name: string, holder: string, now: Date, ttlMs: number): boolean {
    const expires = new Date(now.getTime() + ttlMs).toISOString();
    // Take the lease if it is free, expired, or already ours; one statement, so two processes can't both win.
    const info = this.statement(
      `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`,
    ).run(name, holder, expires, now.toISOString());
    return info.changes > 0;
  }

  leaseHolder(name: string): { holder: string; expiresAt: string } | null {
    const row = this.statement('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as
      | { holder: string; expires_at: string }
      | undefined;
    return row ? { holder: row.holder, expiresAt: row.expires_at } : null;
  }

  takeLeaseFrom(name: string, from: string, holder: string, now: Date, ttlMs: number): boolean {
    // Compare-and-swap on the old holder: two processes that both saw it dead can't both take it.
    const info = this.statement(
      'UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?',
    ).run(holder, new Date(now.getTime() + ttlMs).toISOString(), name, from);
    return info.changes > 0;
  }

  releaseLease(name: string, holder: string): void {
    this.statement('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
  }

  pendingArrivals(limit: number): PendingArrival[] {
    const rows = this.statement(
      'SELECT article_id, feed_id, silent, arrived_at FROM route_inbox ORDER BY arrived_at, article_id LIMIT ?',
    ).all(limit) as Array<{ article_id: unknown; feed_id: unknown; silent: unknown; arrived_at: unknown }>;
    return rows.map((r) =>
      PendingArrivalSchema.parse({
        articleId: r.article_id,
        feedId: r.feed_id,
        silent: r.silent === 1,
        arrivedAt: r.arrived_at,
      }),
    );
  }

  isPendingArrival(articleId: string): boolean {
    return this.statement('SELECT 1 FROM route_inbox WHERE article_id = ?').get(articleId) !== undefined;
  }

  arrivalRouted(articleId: string): void {
    this.statement('DELETE FROM route_inbox WHERE article_id = ?').run(articleId);
  }

  storyWindow(since: Date): StoryWindow {
    // One writer per file and synchronous reads: nothing is half-written, so there are no gaps.
    return {
      ...this.storyTermCounts(),
      stories: this.recentStories(since),
      lastSeq: this.lastGroupedSeq(),
      gaps: [],
    };
  }

  lockStory(storyId: string): StoryState | null {
    return this.storiesByIds([storyId])[0]?.state ?? null;
  }
}

/**
 * The alert tables in the same SQLite file as the articles (one transaction can span both). Calls
 * wait for a transaction another caller has open on the file (see SqliteGate).
 */
export class SqliteAlertStore implements AlertStore {
  private readonly tables: SqliteAlertTables;
  private readonly gate: SqliteGate;

  constructor(db: Database.Database) {
    this.tables = new SqliteAlertTables(db);
    this.gate = gateOf(db);
  }

  addSubscription(
    s: Omit<Subscription, 'id' | 'createdAt'>,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    return this.gate.run(() => this.tables.addSubscription(s));
  }

  addFeed(
    url: string,
    channel: ChannelRef,
    intervalSeconds: number,
    now: Date,
  ): Promise<{ feed: Feed; created: boolean }> {
    return this.gate.run(() => this.tables.addFeed(url, channel, intervalSeconds, now));
  }

  storyTermCounts(): Promise<{ docs: number; counts: [string, number][] }> {
    return this.gate.run(() => this.tables.storyTermCounts());
  }

  leaseHolder(name: string): Promise<{ holder: string; expiresAt: string } | null> {
    return this.gate.run(() => this.tables.leaseHolder(name));
  }

  removeSubscriptions(channel: ChannelRef, kind?: SubscriptionKind, value?: string): Promise<number> {
    return this.gate.run(() => this.tables.removeSubscriptions(channel, kind, value));
  }

  listSubscriptions(channel?: ChannelRef): Promise<Subscription[]> {
    return this.gate.run(() => this.tables.listSubscriptions(channel));
  }

  getFeed(id: number): Promise<Feed | null> {
    return this.gate.run(() => this.tables.getFeed(id));
  }

  findFeedByUrl(url: string): Promise<Feed | null> {
    return this.gate.run(() => this.tables.findFeedByUrl(url));
  }

  listFeeds(): Promise<Feed[]> {
    return this.gate.run(() => this.tables.listFeeds());
  }

  dueFeeds(now: Date): Promise<Feed[]> {
    return this.gate.run(() => this.tables.dueFeeds(now));
  }

  updateFeed(id: number, patch: Partial<Omit<Feed, 'id' | 'url'>>): Promise<void> {
    return this.gate.run(() => this.tables.updateFeed(id, patch));
  }

  rememberFeedItem(feedId: number, itemKey: string, articleId: string | null, now: Date): Promise<boolean> {
    return this.gate.run(() => this.tables.rememberFeedItem(feedId, itemKey, articleId, now));
  }

  hasFeedItem(feedId: number, itemKey: string): Promise<boolean> {
    return this.gate.run(() => this.tables.hasFeedItem(feedId, itemKey));
  }

  feedsOfArticle(articleId: string): Promise<number[]> {
    return this.gate.run(() => this.tables.feedsOfArticle(articleId));
  }

  recentStories(since: Date): Promise<Story[]> {
    return this.gate.run(() => this.tables.recentStories(since));
  }

  createStory(story: Story): Promise<void> {
    return this.gate.run(() => this.tables.createStory(story));
  }

  extendStory(storyId: string, signature: string[]): Promise<void> {
    return this.gate.run(() => this.tables.extendStory(storyId, signature));
  }

  saveStoryState(storyId: string, state: StoryState): Promise<void> {
    return this.gate.run(() => this.tables.saveStoryState(storyId, state));
  }

  assignStory(articleId: string, storyId: string, match: StoryMatch | null = null): Promise<void> {
    return this.gate.run(() => this.tables.assignStory(articleId, storyId, match));
  }

  storyOf(articleId: string): Promise<string | null> {
    return this.gate.run(() => this.tables.storyOf(articleId));
  }

  storyMatch(articleId: string): Promise<StoryMatch | null> {
    return this.gate.run(() => this.tables.storyMatch(articleId));
  }

  storyDocCount(): Promise<number> {
    return this.gate.run(() => this.tables.storyDocCount());
  }

  countStoryTerms(terms: readonly string[]): Promise<void> {
    return this.gate.run(() => this.tables.countStoryTerms(terms));
  }

  articlesOfStory(storyId: string): Promise<string[]> {
    return this.gate.run(() => this.tables.articlesOfStory(storyId));
  }

  enqueue(item: NewOutboxItem, now: Date): Promise<boolean> {
    return this.gate.run(() => this.tables.enqueue(item, now));
  }

  groupedSince(after: number, alsoAt: readonly number[] = []): Promise<Grouping[]> {
    return this.gate.run(() => this.tables.groupedSince(after, alsoAt));
  }

  lastGroupedSeq(): Promise<number> {
    return this.gate.run(() => this.tables.lastGroupedSeq());
  }

  storiesByIds(ids: readonly string[]): Promise<Story[]> {
    return this.gate.run(() => this.tables.storiesByIds(ids));
  }

  dueDeliveries(now: Date, limit: number): Promise<OutboxItem[]> {
    return this.gate.run(() => this.tables.dueDeliveries(now, limit));
  }

  claimDeliveries(now: Date, limit: number, claim: DeliveryClaim): Promise<ClaimedDelivery[]> {
    return this.gate.run(() => this.tables.claimDeliveries(now, limit, claim));
  }

  deliveryClaimHolders(now: Date): Promise<string[]> {
    return this.gate.run(() => this.tables.deliveryClaimHolders(now));
  }

  expireDeliveryClaims(holder: string): Promise<number> {
    return this.gate.run(() => this.tables.expireDeliveryClaims(holder));
  }

  markSent(id: number, messageId: string, now: Date): Promise<boolean> {
    return this.gate.run(() => this.tables.markSent(id, messageId, now));
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    return this.gate.run(() => this.tables.markRetry(id, error, nextAttemptAt));
  }

  postpone(id: number, reason: string, nextAttemptAt: Date): Promise<void> {
    return this.gate.run(() => this.tables.postpone(id, reason, nextAttemptAt));
  }

  markFailed(id: number, error: string): Promise<void> {
    return this.gate.run(() => this.tables.markFailed(id, error));
  }

  storyAlert(storyId: string, channel: ChannelRef): Promise<OutboxItem | null> {
    return this.gate.run(() => this.tables.storyAlert(storyId, channel));
  }

  alertsSince(channel: ChannelRef, since: Date): Promise<number> {
    return this.gate.run(() => this.tables.alertsSince(channel, since));
  }

  deliveriesSince(channel: ChannelRef, since: Date | null, until: Date): Promise<OutboxItem[]> {
    return this.gate.run(() => this.tables.deliveriesSince(channel, since, until));
  }

  deliveriesOfArticle(articleId: string): Promise<OutboxItem[]> {
    return this.gate.run(() => this.tables.deliveriesOfArticle(articleId));
  }

  logDelivery(entry: DeliveryLogEntry): Promise<void> {
    return this.gate.run(() => this.tables.logDelivery(entry));
  }

  deliveryLog(articleId: string): Promise<DeliveryLogEntry[]> {
    return this.gate.run(() => this.tables.deliveryLog(articleId));
  }

  setDigestSchedule(s: Omit<DigestSchedule, 'lastDigestAt' | 'createdAt'>, now: Date): Promise<void> {
    return this.gate.run(() => this.tables.setDigestSchedule(s, now));
  }

  getDigestSchedule(channel: ChannelRef): Promise<DigestSchedule | null> {
    return this.gate.run(() => this.tables.getDigestSchedule(channel));
  }

  listDigestSchedules(): Promise<DigestSchedule[]> {
    return this.gate.run(() => this.tables.listDigestSchedules());
  }

  setLastDigest(channel: ChannelRef, at: Date): Promise<void> {
    return this.gate.run(() => this.tables.setLastDigest(channel, at));
  }

  claimDigestSlot(channel: ChannelRef, slot: Date, holder: string, now: Date): Promise<boolean> {
    return this.gate.run(() => this.tables.claimDigestSlot(channel, slot, holder, now));
  }

  tryLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    return this.gate.run(() => this.tables.tryLease(name, holder, now, ttlMs));
  }

  takeLeaseFrom(name: string, from: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    return this.gate.run(() => this.tables.takeLeaseFrom(name, from, holder, now, ttlMs));
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.gate.run(() => this.tables.releaseLease(name, holder));
  }

  pendingArrivals(limit: number): Promise<PendingArrival[]> {
    return this.gate.run(() => this.tables.pendingArrivals(limit));
  }

  isPendingArrival(articleId: string): Promise<boolean> {
    return this.gate.run(() => this.tables.isPendingArrival(articleId));
  }

  arrivalRouted(articleId: string): Promise<void> {
    return this.gate.run(() => this.tables.arrivalRouted(articleId));
  }

  async lockStoryKeys(): Promise<void> {
    // One process per SQLite file, and the gate already runs one transaction at a time.
  }

  lockStory(storyId: string): Promise<StoryState | null> {
    return this.gate.run(() => this.tables.lockStory(storyId));
  }

  storyWindow(since: Date): Promise<StoryWindow> {
    return this.gate.run(() => this.tables.storyWindow(since));
  }

  inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.gate.transaction(fn);
  }
}

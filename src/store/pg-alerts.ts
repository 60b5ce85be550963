import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type StoryMatch, StoryMatchSchema, type StoryState, StoryStateSchema } from '../stories/state.js';
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
import type { PgDatabase } from './pg-db.js';

/** SQLite-style `?` placeholders numbered for PostgreSQL, so both stores read the same SQL. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Partitions of the story term counts: more than the routing transactions that run at once (a few
 * per process), so each finds one of its own; the counts read sum them.
 */
const COUNT_PARTITIONS = 64;
/** Grouping positions checked for rows not yet visible when the grouper loads. */
const GAP_SCAN = 256;

/** What an expired claim reads: before any real time, so `claim_expires_at <= now` holds. */
const EXPIRED = '1970-01-01T00:00:00.000Z';

/**
 * The alert tables in PostgreSQL, in the same database (and, inside `inTransaction`, the same
 * transaction) as the articles. Rows go through the same zod schemas as SQLite's.
 */
export class PgAlertStore implements AlertStore {
  constructor(private readonly db: PgDatabase) {}

  private async all(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await this.db.query(numbered(sql), params)).rows;
  }

  private async first(sql: string, params: unknown[] = []): Promise<Record<string, unknown> | undefined> {
    return (await this.all(sql, params))[0];
  }

  private async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.db.query(numbered(sql), params)).rowCount ?? 0;
  }

  async addSubscription(
    s: Omit<Subscription, 'id' | 'createdAt'>,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    const changes = await this.run(
      `INSERT INTO subscriptions (platform, channel_id, kind, value, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [s.platform, s.channelId, s.kind, s.value, s.createdBy, new Date().toISOString()],
    );
    const found = await this.first(
      'SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? AND kind = ? AND value = ?',
      [s.platform, s.channelId, s.kind, s.value],
    );
    return { subscription: SubscriptionSchema.parse(camel(found)), created: changes > 0 };
  }

  async removeSubscriptions(channel: ChannelRef, kind?: SubscriptionKind, value?: string): Promise<number> {
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
    return this.run(`DELETE FROM subscriptions WHERE ${clauses.join(' AND ')}`, params);
  }

  async listSubscriptions(channel?: ChannelRef): Promise<Subscription[]> {
    const list = channel
      ? await this.all('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ORDER BY id', [
          channel.platform,
          channel.channelId,
        ])
      : await this.all('SELECT * FROM subscriptions ORDER BY id');
    return rows(SubscriptionSchema, list);
  }

  async addFeed(
    url: string,
    channel: ChannelRef,
    intervalSeconds: number,
    now: Date,
  ): Promise<{ feed: Feed; created: boolean }> {
    const changes = await this.run(
      `INSERT INTO feeds (url, platform, channel_id, interval_seconds, next_poll_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
      [url, channel.platform, channel.channelId, intervalSeconds, now.toISOString()],
    );
    return { feed: (await this.findFeedByUrl(url))!, created: changes > 0 };
  }

  async getFeed(id: number): Promise<Feed | null> {
    return row(FeedSchema, await this.first('SELECT * FROM feeds WHERE id = ?', [id]));
  }

  async findFeedByUrl(url: string): Promise<Feed | null> {
    return row(FeedSchema, await this.first('SELECT * FROM feeds WHERE url = ?', [url]));
  }

  async listFeeds(): Promise<Feed[]> {
    return rows(FeedSchema, await this.all('SELECT * FROM feeds ORDER BY id'));
  }

  async dueFeeds(now: Date): Promise<Feed[]> {
    return rows(
      FeedSchema,
      await this.all(
        'SELECT * FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= ? ORDER BY next_poll_at',
        [now.toISOString()],
      ),
    );
  }

  async updateFeed(id: number, patch: Partial<Omit<Feed, 'id' | 'url'>>): Promise<void> {
    const entries = Object.entries(patch).filter(([k]) => k in FEED_COLUMNS);
    if (entries.length === 0) return;
    const sets = entries.map(([k]) => `${FEED_COLUMNS[k]} = ?`).join(', ');
    await this.run(`UPDATE feeds SET ${sets} WHERE id = ?`, [...entries.map(([, v]) => v ?? null), id]);
  }

  async rememberFeedItem(
    feedId: number,
    itemKey: string,
    articleId: string | null,
    now: Date,
  ): Promise<boolean> {
    const changes = await this.run(
      `INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      [feedId, itemKey, articleId, now.toISOString()],
    );
    return changes > 0;
  }

  async hasFeedItem(feedId: number, itemKey: string): Promise<boolean> {
    return (
      (await this.first('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?', [feedId, itemKey])) !==
      undefined
    );
  }

  async feedsOfArticle(articleId: string): Promise<number[]> {
    const list = await this.all('SELECT DISTINCT feed_id FROM feed_items WHERE article_id = ?', [articleId]);
    return list.map((r) => IntValue.parse(r.feed_id));
  }

  async recentStories(since: Date): Promise<Story[]> {
    const list = await this.all('SELECT * FROM stories WHERE created_at >= ? ORDER BY created_at DESC', [
      since.toISOString(),
    ]);
    return list.map((r) => StoryRowSchema.parse(camel(r)));
  }

  async createStory(story: Story): Promise<void> {
    await this.run(
      'INSERT INTO stories (id, signature_json, first_article_id, created_at, state_json) VALUES (?, ?, ?, ?, ?)',
      [
        story.id,
        JSON.stringify(story.signature),
        story.firstArticleId,
        story.createdAt,
        story.state ? JSON.stringify(story.state) : null,
      ],
    );
  }

  async saveStoryState(storyId: string, state: StoryState): Promise<void> {
    await this.run('UPDATE stories SET state_json = ? WHERE id = ?', [JSON.stringify(state), storyId]);
  }

  async extendStory(storyId: string, signature: string[]): Promise<void> {
    await this.run('UPDATE stories SET signature_json = ? WHERE id = ?', [
      JSON.stringify(signature),
      storyId,
    ]);
  }

  async assignStory(articleId: string, storyId: string, match: StoryMatch | null = null): Promise<void> {
    await this.run(
      `INSERT INTO article_stories (article_id, story_id, match_json) VALUES (?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, match_json = excluded.match_json`,
      [articleId, storyId, match ? JSON.stringify(match) : null],
    );
  }

  async storyMatch(articleId: string): Promise<StoryMatch | null> {
    const r = await this.first('SELECT match_json FROM article_stories WHERE article_id = ?', [articleId]);
    const json = r?.match_json;
    return typeof json === 'string' ? StoryMatchSchema.parse(JSON.parse(json)) : null;
  }

  async storyTermCounts(): Promise<{ docs: number; counts: [string, number][] }> {
    const docs = await this.storyDocCount();
    // Byte order of terms, as SQLite keeps them: both stores list the counts alike.
    const counts = (
      await this.all(
        `SELECT term, sum(df)::int AS df
           FROM (SELECT term, df FROM story_terms UNION ALL SELECT term, df FROM story_term_parts) t
          GROUP BY term ORDER BY term COLLATE "C"`,
      )
    ).map((r) => TermCountRow.parse([r.term, r.df]));
    return { docs, counts };
  }

  async storyDocCount(): Promise<number> {
    const r = await this.first(
      `SELECT coalesce((SELECT docs FROM story_corpus WHERE id = 1), 0)
            + coalesce((SELECT sum(docs) FROM story_corpus_parts), 0) AS docs`,
    );
    return z.coerce
      .number()
      .int()
      .parse(r?.docs ?? 0);
  }

  async countStoryTerms(terms: readonly string[]): Promise<void> {
    await this.db.transaction(async () => {
      // A partition no other running transaction holds, so these updates never wait for another
      // process's routing; only when every partition is busy do two share one (and its row locks).
      const picked = await this.first(
        `SELECT coalesce(
           (SELECT p FROM generate_series(0, ${COUNT_PARTITIONS - 1}) AS p
             WHERE pg_try_advisory_xact_lock(hashtext(current_schema() || ':story-counts'), p) LIMIT 1),
           pg_backend_pid() % ${COUNT_PARTITIONS}) AS part`,
      );
      const part = IntValue.parse(picked?.part);
      // One statement for all terms, sorted: two transactions sharing a partition lock its rows in
      // the same order and never deadlock.
      await this.db.query(
        `INSERT INTO story_term_parts (part, term, df) SELECT $1, t, 1 FROM unnest($2::text[]) AS t ORDER BY t
         ON CONFLICT (part, term) DO UPDATE SET df = story_term_parts.df + 1`,
        [part, [...new Set(terms)].sort()],
      );
      await this.run(
        `INSERT INTO story_corpus_parts (part, docs) VALUES (?, 1)
         ON CONFLICT (part) DO UPDATE SET docs = story_corpus_parts.docs + 1`,
        [part],
      );
    });
  }

  /**
   * Adds the partitions' counts into story_terms and story_corpus and empties them: what a copy
   * to another store reads (SQLite keeps one count per term). The totals read the same before and
   * after.
   */
  async foldStoryCounts(): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.query(
        `INSERT INTO story_terms (term, df)
           SELECT term, sum(df)::int FROM story_term_parts GROUP BY term ORDER BY term
         ON CONFLICT (term) DO UPDATE SET df = story_terms.df + excluded.df`,
      );
      await this.db.query(
        'UPDATE story_corpus SET docs = docs + (SELECT coalesce(sum(docs), 0) FROM story_corpus_parts) WHERE id = 1',
      );
      await this.db.query('DELETE FROM story_term_parts');
      await this.db.query('DELETE FROM story_corpus_parts');
    });
  }

  async storyWindow(since: Date): Promise<StoryWindow> {
    return this.db.readSnapshot(async () => {
      const { docs, counts } = await this.storyTermCounts();
      const lastSeq = await this.lastGroupedSeq();
      // Positions below the last one whose rows this snapshot cannot see: still being written by
      // another process (or rolled back). Only recent ones can still land.
      const gaps = await this.all(
        `SELECT g AS seq FROM generate_series(greatest(?::bigint - ${GAP_SCAN - 1}, 1), ?::bigint) AS g
          WHERE NOT EXISTS (SELECT 1 FROM article_stories WHERE seq = g) ORDER BY g`,
        [lastSeq, lastSeq],
      );
      return {
        docs,
        counts,
        stories: await this.recentStories(since),
        lastSeq,
        gaps: gaps.map((r) => z.coerce.number().int().parse(r.seq)),
      };
    });
  }

  async lockStoryKeys(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    // Sorted and in one statement, so two transactions take shared keys in the same order and
    // never deadlock; the schema is part of the key, so stores in other schemas never wait on it.
    await this.db.query(
      `SELECT count(pg_advisory_xact_lock(k)) FROM (
         SELECT DISTINCT hashtextextended(current_schema() || ':story:' || t, 0) AS k
           FROM unnest($1::text[]) AS t ORDER BY k) AS keys`,
      [[...keys]],
    );
  }

  async lockStory(storyId: string): Promise<StoryState | null> {
    const r = await this.first('SELECT state_json FROM stories WHERE id = ? FOR UPDATE', [storyId]);
    const json = r?.state_json;
    return typeof json === 'string' ? StoryStateSchema.parse(JSON.parse(json)) : null;
  }

  async storyOf(articleId: string): Promise<string | null> {
    const r = await this.first('SELECT story_id FROM article_stories WHERE article_id = ?', [articleId]);
    return r === undefined ? null : TextValue.parse(r.story_id);
  }

  async articlesOfStory(storyId: string): Promise<string[]> {
    const list = await this.all('SELECT article_id FROM article_stories WHERE story_id = ? ORDER BY seq', [
      storyId,
    ]);
    return list.map((r) => TextValue.parse(r.article_id));
  }

  async groupedSince(after: number, alsoAt: readonly number[] = []): Promise<Grouping[]> {
    const list = await this.all(
      `SELECT seq, article_id, story_id FROM article_stories
        WHERE seq > ? OR seq = ANY(?::bigint[]) ORDER BY seq`,
      [after, [...alsoAt]],
    );
    return list.map((r) => groupingOf(r));
  }

  async lastGroupedSeq(): Promise<number> {
    const r = await this.first('SELECT coalesce(max(seq), 0) AS seq FROM article_stories');
    return z.coerce.number().int().parse(r?.seq);
  }

  async storiesByIds(ids: readonly string[]): Promise<Story[]> {
    if (ids.length === 0) return [];
    const list = await this.db.query('SELECT * FROM stories WHERE id = ANY($1::text[])', [[...ids]]);
    return list.rows.map((r) => StoryRowSchema.parse(camel(r)));
  }

  async enqueue(item: NewOutboxItem, now: Date): Promise<boolean> {
    const changes = await this.run(
      `INSERT INTO outbox (kind, dedup_key, story_id, article_id, platform, channel_id, payload, status,
           next_attempt_at, reply_to, nonce, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
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
        randomUUID().replace(/-/g, '').slice(0, 25),
        now.toISOString(),
      ],
    );
    return changes > 0;
  }

  async dueDeliveries(now: Date, limit: number): Promise<OutboxItem[]> {
    return rows(
      OutboxItemSchema,
      await this.all(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
        [now.toISOString(), limit],
      ),
    );
  }

  async claimDeliveries(now: Date, limit: number, claim: DeliveryClaim): Promise<ClaimedDelivery[]> {
    if (claim.platforms.length === 0) return [];
    const at = now.toISOString();
    // One statement: the inner SELECT locks the rows it picks and skips rows another process is
    // claiming at this instant, so two claimers never get the same row.
    const claimed = await this.db.query(
      `UPDATE outbox o SET claimed_by = $1, claim_expires_at = $2
         FROM (SELECT id, claimed_by AS previous FROM outbox
                WHERE status = 'pending' AND next_attempt_at <= $3 AND platform = ANY($4::text[])
                  AND (claim_expires_at IS NULL OR claim_expires_at <= $3)
                ORDER BY next_attempt_at, id LIMIT $5 FOR UPDATE SKIP LOCKED) c
        WHERE o.id = c.id
        RETURNING o.*, c.previous AS taken_over_from`,
      [claim.holder, new Date(now.getTime() + claim.leaseMs).toISOString(), at, claim.platforms, limit],
    );
    return claimed.rows
      .map((r) => ({
        ...OutboxItemSchema.parse(camel(r)),
        takenOverFrom: z.string().nullable().parse(r.taken_over_from),
      }))
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id);
  }

  async deliveryClaimHolders(now: Date): Promise<string[]> {
    const list = await this.all(
      `SELECT DISTINCT claimed_by FROM outbox
        WHERE status = 'pending' AND claimed_by IS NOT NULL AND claim_expires_at > ?`,
      [now.toISOString()],
    );
    return list.map((r) => TextValue.parse(r.claimed_by));
  }

  async expireDeliveryClaims(holder: string): Promise<number> {
    return this.run(`UPDATE outbox SET claim_expires_at = ? WHERE claimed_by = ? AND status = 'pending'`, [
      EXPIRED,
      holder,
    ]);
  }

  async markSent(id: number, messageId: string, now: Date): Promise<boolean> {
    const changes = await this.run(
      `UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1,
           claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
      [messageId, now.toISOString(), id],
    );
    return changes > 0;
  }

  async markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    await this.run(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
           claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
      [error, nextAttemptAt.toISOString(), id],
    );
  }

  async postpone(id: number, reason: string, nextAttemptAt: Date): Promise<void> {
    await this.run(
      `UPDATE outbox SET last_error = ?, next_attempt_at = ?, claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
      [reason, nextAttemptAt.toISOString(), id],
    );
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.run(
      `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?,
           claimed_by = NULL, claim_expires_at = NULL
         WHERE id = ? AND status = 'pending'`,
      [error, id],
    );
  }

  async storyAlert(storyId: string, channel: ChannelRef): Promise<OutboxItem | null> {
    return row(
      OutboxItemSchema,
      await this.first(
        `SELECT * FROM outbox WHERE kind = 'alert' AND dedup_key = ? AND story_id = ? AND platform = ? AND channel_id = ?`,
        [storyId, storyId, channel.platform, channel.channelId],
      ),
    );
  }

  async alertsSince(channel: ChannelRef, since: Date): Promise<number> {
    const r = await this.first(
      `SELECT count(*)::int AS n FROM outbox WHERE kind = 'alert' AND status IN ('pending', 'sent')
           AND platform = ? AND channel_id = ? AND created_at >= ?`,
      [channel.platform, channel.channelId, since.toISOString()],
    );
    return z.number().parse(r?.n);
  }

  async deliveriesSince(channel: ChannelRef, since: Date | null, until: Date): Promise<OutboxItem[]> {
    return rows(
      OutboxItemSchema,
      await this.all(
        `SELECT * FROM outbox WHERE platform = ? AND channel_id = ? AND kind IN ('alert', 'also')
           AND created_at > ? AND created_at <= ? ORDER BY created_at, id`,
        [channel.platform, channel.channelId, since?.toISOString() ?? '', until.toISOString()],
      ),
    );
  }

  async deliveriesOfArticle(articleId: string): Promise<OutboxItem[]> {
    return rows(
      OutboxItemSchema,
      await this.all('SELECT * FROM outbox WHERE article_id = ? ORDER BY id', [articleId]),
    );
  }

  async logDelivery(entry: DeliveryLogEntry): Promise<void> {
    await this.run(
      `INSERT INTO delivery_log (article_id, outbox_id, platform, channel_id, event, detail, at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        entry.articleId,
        entry.outboxId ?? null,
        entry.platform,
        entry.channelId,
        entry.event,
        entry.detail,
        entry.at,
      ],
    );
  }

  async deliveryLog(articleId: string): Promise<DeliveryLogEntry[]> {
    return rows(
      DeliveryLogEntrySchema,
      await this.all(
        'SELECT article_id, platform, channel_id, event, detail, at FROM delivery_log WHERE article_id = ? ORDER BY id',
        [articleId],
      ),
    );
  }

  async setDigestSchedule(s: Omit<DigestSchedule, 'lastDigestAt' | 'createdAt'>, now: Date): Promise<void> {
    await this.run(
      `INSERT INTO digest_schedules (platform, channel_id, cron, timezone, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET cron = excluded.cron, timezone = excluded.timezone`,
      [s.platform, s.channelId, s.cron, s.timezone, now.toISOString()],
    );
  }

  async getDigestSchedule(channel: ChannelRef): Promise<DigestSchedule | null> {
    return row(
      DigestScheduleSchema,
      await this.first('SELECT * FROM digest_schedules WHERE platform = ? AND channel_id = ?', [
        channel.platform,
        channel.channelId,
      ]),
    );
  }

  async listDigestSchedules(): Promise<DigestSchedule[]> {
    return rows(DigestScheduleSchema, await this.all('SELECT * FROM digest_schedules ORDER BY created_at'));
  }

  async setLastDigest(channel: ChannelRef, at: Date): Promise<void> {
    await this.run('UPDATE digest_schedules SET last_digest_at = ? WHERE platform = ? AND channel_id = ?', [
      at.toISOString(),
      channel.platform,
      channel.channelId,
    ]);
  }

  async claimDigestSlot(channel: ChannelRef, slot: Date, holder: string, now: Date): Promise<boolean> {
    // A second process inserting the same slot waits for the first one's transaction: its commit
    // makes this a conflict (nothing inserted), its rollback lets this one run the slot.
    const changes = await this.run(
      `INSERT INTO digest_runs (platform, channel_id, slot, holder, ran_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      [channel.platform, channel.channelId, slot.toISOString(), holder, now.toISOString()],
    );
    return changes > 0;
  }

  async tryLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const expires = new Date(now.getTime() + ttlMs).toISOString();
    // One statement, so two processes can't both win: free, expired, or already ours.
    const changes = await this.run(
      `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`,
      [name, holder, expires, now.toISOString()],
    );
    return changes > 0;
  }

  async leaseHolder(name: string): Promise<{ holder: string; expiresAt: string } | null> {
    const r = await this.first('SELECT holder, expires_at FROM leases WHERE name = ?', [name]);
    return r ? { holder: TextValue.parse(r.holder), expiresAt: TextValue.parse(r.expires_at) } : null;
  }

  async takeLeaseFrom(
    name: string,
    from: string,
    holder: string,
    now: Date,
    ttlMs: number,
  ): Promise<boolean> {
    const changes = await this.run(
      'UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?',
      [holder, new Date(now.getTime() + ttlMs).toISOString(), name, from],
    );
    return changes > 0;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.run('DELETE FROM leases WHERE name = ? AND holder = ?', [name, holder]);
  }

  async pendingArrivals(limit: number): Promise<PendingArrival[]> {
    const list = await this.all(
      'SELECT article_id, feed_id, silent, arrived_at FROM route_inbox ORDER BY arrived_at, article_id LIMIT ?',
      [limit],
    );
    return list.map((r) =>
      PendingArrivalSchema.parse({
        articleId: r.article_id,
        feedId: r.feed_id,
        silent: r.silent === true,
        arrivedAt: r.arrived_at,
      }),
    );
  }

  async isPendingArrival(articleId: string): Promise<boolean> {
    // Inside the routing transaction the row stays locked until it commits; another process routing
    // the same article at that moment skips it (it is being routed) instead of routing it twice.
    return (
      (await this.first('SELECT 1 FROM route_inbox WHERE article_id = ? FOR UPDATE SKIP LOCKED', [
        articleId,
      ])) !== undefined
    );
  }

  async arrivalRouted(articleId: string): Promise<void> {
    await this.run('DELETE FROM route_inbox WHERE article_id = ?', [articleId]);
  }

  inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }
}

import type { Migration } from './migration.js';

/** Schema steps for subscriptions, feeds, stories, the outbox and digests (appended to `migrations`). */
export const alertMigrations: readonly Migration[] = [
  {
    name: 'subscriptions, feeds, stories, outbox, delivery log, digests, leases',
    up: (db) =>
      db.exec(`
        CREATE TABLE subscriptions (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          kind TEXT NOT NULL,
          value TEXT NOT NULL,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (platform, channel_id, kind, value)
        );
        CREATE TABLE feeds (
          id INTEGER PRIMARY KEY,
          url TEXT NOT NULL UNIQUE,
          title TEXT,
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          interval_seconds INTEGER NOT NULL,
          etag TEXT,
          last_modified TEXT,
          next_poll_at TEXT NOT NULL,
          failures INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          disabled_at TEXT,
          seeded_at TEXT
        );
        CREATE TABLE feed_items (
          feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
          item_key TEXT NOT NULL,
          article_id TEXT,
          first_seen_at TEXT NOT NULL,
          PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX feed_items_article ON feed_items (article_id);
        CREATE TABLE stories (
          id TEXT PRIMARY KEY,
          signature_json TEXT NOT NULL,
          first_article_id TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX stories_recent ON stories (created_at);
        CREATE TABLE article_stories (
          article_id TEXT PRIMARY KEY,
          story_id TEXT NOT NULL REFERENCES stories (id)
        );
        CREATE INDEX article_stories_story ON article_stories (story_id);
        CREATE TABLE outbox (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL,
          dedup_key TEXT NOT NULL,
          story_id TEXT,
          article_id TEXT,
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          payload TEXT NOT NULL,
          status TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at TEXT NOT NULL,
          message_id TEXT,
          reply_to TEXT,
          nonce TEXT NOT NULL,
          last_error TEXT,
          created_at TEXT NOT NULL,
          sent_at TEXT,
          UNIQUE (kind, dedup_key, platform, channel_id)
        );
        CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
        CREATE INDEX outbox_channel ON outbox (platform, channel_id, created_at);
        CREATE INDEX outbox_article ON outbox (article_id);
        CREATE TABLE delivery_log (
          id INTEGER PRIMARY KEY,
          article_id TEXT NOT NULL,
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          event TEXT NOT NULL,
          detail TEXT NOT NULL,
          at TEXT NOT NULL
        );
        CREATE INDEX delivery_log_article ON delivery_log (article_id, at);
        CREATE TABLE digest_schedules (
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          cron TEXT NOT NULL,
          timezone TEXT NOT NULL,
          last_digest_at TEXT,
          created_at TEXT NOT NULL,
          PRIMARY KEY (platform, channel_id)
        );
        CREATE TABLE leases (
          name TEXT PRIMARY KEY,
          holder TEXT NOT NULL,
          expires_at TEXT NOT NULL
        );
      `),
  },
  {
    // The durable hand-off between storing and routing: the article store writes a row here in the
    // transaction that stores a new article, and the router deletes it in the transaction that
    // routes it, so a crash in between leaves the row for the next start to route.
    name: 'route inbox: stored articles not yet routed',
    up: (db) =>
      db.exec(`
        CREATE TABLE route_inbox (
          article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
          feed_id INTEGER,
          silent INTEGER NOT NULL DEFAULT 0,
          arrived_at TEXT NOT NULL
        );
        CREATE INDEX route_inbox_order ON route_inbox (arrived_at);
      `),
  },
  {
    // Feed health: what the last successful poll read and what it had to drop (and why), so
    // /subscriptions can say "12 items, 2 dropped: item is empty" instead of dropping silently.
    name: 'feed health: items read and dropped by the last poll',
    up: (db) =>
      db.exec(`
        ALTER TABLE feeds ADD COLUMN last_item_count INTEGER;
        ALTER TABLE feeds ADD COLUMN last_dropped_count INTEGER;
        ALTER TABLE feeds ADD COLUMN last_drop_reasons TEXT;
      `),
  },
  {
    // Story grouping by content (src/stories/): each story's centroid, names and signatures, why
    // each article joined its story (for /why), and the document frequencies behind TF-IDF.
    name: 'story grouping by content: story state, match explanations, term frequencies',
    up: (db) =>
      db.exec(`
        ALTER TABLE stories ADD COLUMN state_json TEXT;
        ALTER TABLE article_stories ADD COLUMN match_json TEXT;
        CREATE TABLE story_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE story_corpus (id INTEGER PRIMARY KEY CHECK (id = 1), docs INTEGER NOT NULL);
        INSERT INTO story_corpus (id, docs) VALUES (1, 0);
      `),
  },
  {
    // The same claim columns and digest-run rows as the PostgreSQL store, so both stores behave
    // alike (on SQLite one process owns the file, so claims never compete).
    name: 'delivery claims, delivered once, one run per digest slot',
    up: (db) =>
      db.exec(`
        ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
        ALTER TABLE outbox ADD COLUMN claim_expires_at TEXT;
        ALTER TABLE delivery_log ADD COLUMN outbox_id INTEGER;
        CREATE UNIQUE INDEX delivery_log_delivered_once ON delivery_log (outbox_id) WHERE event = 'delivered';
        CREATE TABLE digest_runs (
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          slot TEXT NOT NULL,
          holder TEXT NOT NULL,
          ran_at TEXT NOT NULL,
          PRIMARY KEY (platform, channel_id, slot)
        );
      `),
  },
];

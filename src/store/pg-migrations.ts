/**
 * The PostgreSQL schema as ordered steps (the same tables as SQLite's, in PostgreSQL's terms).
 * Timestamps stay ISO-8601 text, as in SQLite, so both stores hand out identical rows and compare
 * times the same way. Append a step to change the schema; never edit one that has shipped.
 */
export const pgMigrations: readonly { name: string; sql: string }[] = [
  {
    name: 'articles, full-text search, channel context, alerts, outbox, digests, leases',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        title text NOT NULL,
        url text,
        normalized_url text UNIQUE,
        source text,
        published text,
        ingested_at text NOT NULL,
        content_hash text NOT NULL UNIQUE,
        origin text NOT NULL,
        raw_text text NOT NULL,
        body_text text NOT NULL,
        parsed_json text NOT NULL,
        -- Title weighted A, body D: ts_rank's default weights make a title match count ten times a body match.
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body_text), 'D')
        ) STORED,
        title_search tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED
      );
      CREATE INDEX articles_recent ON articles (published DESC NULLS LAST, ingested_at DESC);
      CREATE INDEX articles_ingested ON articles (ingested_at, id);
      CREATE INDEX articles_search ON articles USING gin (search);
      CREATE INDEX articles_title_search ON articles USING gin (title_search);
      CREATE TABLE sentences (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        sentence integer NOT NULL,
        text text NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
        PRIMARY KEY (article_id, sentence)
      );
      CREATE INDEX sentences_search ON sentences USING gin (search);
      CREATE TABLE channel_articles (
        channel_key text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        updated_at text NOT NULL
      );
      CREATE TABLE subscriptions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform text NOT NULL,
        channel_id text NOT NULL,
        kind text NOT NULL,
        value text NOT NULL,
        created_by text NOT NULL,
        created_at text NOT NULL,
        UNIQUE (platform, channel_id, kind, value)
      );
      CREATE TABLE feeds (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url text NOT NULL UNIQUE,
        title text,
        platform text NOT NULL,
        channel_id text NOT NULL,
        interval_seconds integer NOT NULL,
        etag text,
        last_modified text,
        next_poll_at text NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        last_error text,
        disabled_at text,
        seeded_at text,
        last_item_count integer,
        last_dropped_count integer,
        last_drop_reasons text
      );
      CREATE TABLE feed_items (
        feed_id integer NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key text NOT NULL,
        article_id text,
        first_seen_at text NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      );
      CREATE INDEX feed_items_article ON feed_items (article_id);
      CREATE TABLE stories (
        id text PRIMARY KEY,
        signature_json text NOT NULL,
        first_article_id text NOT NULL,
        created_at text NOT NULL,
        state_json text
      );
      CREATE INDEX stories_recent ON stories (created_at);
      CREATE TABLE article_stories (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        article_id text PRIMARY KEY,
        story_id text NOT NULL REFERENCES stories (id),
        match_json text
      );
      CREATE INDEX article_stories_story ON article_stories (story_id, seq);
      CREATE TABLE story_terms (term text PRIMARY KEY, df integer NOT NULL);
      CREATE TABLE story_corpus (id integer PRIMARY KEY CHECK (id = 1), docs integer NOT NULL);
      INSERT INTO story_corpus (id, docs) VALUES (1, 0);
      CREATE TABLE outbox (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        dedup_key text NOT NULL,
        story_id text,
        article_id text,
        platform text NOT NULL,
        channel_id text NOT NULL,
        payload text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at text NOT NULL,
        message_id text,
        reply_to text,
        nonce text NOT NULL,
        last_error text,
        created_at text NOT NULL,
        sent_at text,
        UNIQUE (kind, dedup_key, platform, channel_id)
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_channel ON outbox (platform, channel_id, created_at);
      CREATE INDEX outbox_article ON outbox (article_id);
      CREATE TABLE delivery_log (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id text NOT NULL,
        platform text NOT NULL,
        channel_id text NOT NULL,
        event text NOT NULL,
        detail text NOT NULL,
        at text NOT NULL
      );
      CREATE INDEX delivery_log_article ON delivery_log (article_id, at);
      CREATE TABLE digest_schedules (
        platform text NOT NULL,
        channel_id text NOT NULL,
        cron text NOT NULL,
        timezone text NOT NULL,
        last_digest_at text,
        created_at text NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE leases (
        name text PRIMARY KEY,
        holder text NOT NULL,
        expires_at text NOT NULL
      );
      CREATE TABLE route_inbox (
        article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        feed_id integer,
        silent boolean NOT NULL DEFAULT false,
        arrived_at text NOT NULL
      );
      CREATE INDEX route_inbox_order ON route_inbox (arrived_at);
    `,
  },
  {
    name: 'work shared between processes: delivery claims, delivered once, one run per digest slot',
    sql: `
      -- A delivery claimed by one process until claim_expires_at; claimed_by stays after the claim
      -- expires unsettled, so the next claimer knows an earlier one may have posted it.
      ALTER TABLE outbox ADD COLUMN claimed_by text;
      ALTER TABLE outbox ADD COLUMN claim_expires_at text;
      CREATE INDEX outbox_claims ON outbox (claimed_by) WHERE claimed_by IS NOT NULL AND status = 'pending';
      ALTER TABLE delivery_log ADD COLUMN outbox_id integer;
      CREATE UNIQUE INDEX delivery_log_delivered_once ON delivery_log (outbox_id) WHERE event = 'delivered';
      -- Who ran each scheduled digest: the primary key lets exactly one process run a slot.
      CREATE TABLE digest_runs (
        platform text NOT NULL,
        channel_id text NOT NULL,
        slot text NOT NULL,
        holder text NOT NULL,
        ran_at text NOT NULL,
        PRIMARY KEY (platform, channel_id, slot)
      );
    `,
  },
  {
    name: 'story term counts in partitions, so processes routing at once never wait on one counter row',
    sql: `
      -- Each routing transaction adds its article's terms to one partition no other running
      -- transaction holds (a try-lock picks it); the counts are story_terms plus every partition.
      CREATE TABLE story_term_parts (
        part integer NOT NULL,
        term text NOT NULL,
        df integer NOT NULL,
        PRIMARY KEY (part, term)
      );
      CREATE TABLE story_corpus_parts (part integer PRIMARY KEY, docs integer NOT NULL);
      -- Processes catching up read the groupings after a position: by index, not by a full scan.
      CREATE UNIQUE INDEX article_stories_seq ON article_stories (seq);
    `,
  },
];

/**
 * What `herald migrate-store` copies, table by table, parents before children so foreign keys
 * hold on the target at every step. Both stores keep the same tables with the same columns
 * (timestamps as ISO text in both); what differs is only what each derives for itself, listed here.
 */

export type StoreKind = 'sqlite' | 'postgresql';

export interface CopiedTable {
  name: string;
  /** The row identity: a re-run skips rows whose key the target already holds. */
  key: readonly string[];
  /**
   * Read order when it is not the key: the order rows were written in, where the store relies on
   * it (a story's articles in the order they joined).
   */
  order?: Partial<Record<StoreKind, string>>;
  /** A row the schema itself creates (a counter): the copy replaces its values instead of skipping it. */
  replace?: boolean;
}

export const COPIED_TABLES: readonly CopiedTable[] = [
  { name: 'articles', key: ['id'] },
  { name: 'channel_articles', key: ['channel_key'] },
  { name: 'subscriptions', key: ['id'] },
  { name: 'feeds', key: ['id'] },
  { name: 'feed_items', key: ['feed_id', 'item_key'] },
  { name: 'stories', key: ['id'] },
  { name: 'article_stories', key: ['article_id'], order: { sqlite: 'rowid', postgresql: 'seq' } },
  { name: 'story_terms', key: ['term'] },
  { name: 'story_corpus', key: ['id'], replace: true },
  { name: 'outbox', key: ['id'] },
  { name: 'delivery_log', key: ['id'] },
  { name: 'digest_schedules', key: ['platform', 'channel_id'] },
  { name: 'digest_runs', key: ['platform', 'channel_id', 'slot'] },
  // Articles stored but not yet routed: the target's router routes them, as the source's would have.
  { name: 'route_inbox', key: ['article_id'] },
];

/**
 * Tables never copied. The search indexes and sentence rows are rebuilt on the target from each
 * article's stored parse (each store indexes in its own way); leases say which process is alive
 * now, which is no fact about the data; the schema version belongs to each database.
 */
export const NOT_COPIED_TABLES: Readonly<Record<StoreKind, readonly RegExp[]>> = {
  sqlite: [/^articles_fts(_\w+)?$/, /^sentences_fts(_\w+)?$/, /^leases$/, /^sqlite_/],
  // PostgreSQL's partitions of the story term counts are folded into story_terms before a copy.
  postgresql: [/^sentences$/, /^leases$/, /^herald_schema$/, /^story_(term|corpus)_parts$/],
};

/**
 * Columns one store derives and the other lacks: PostgreSQL keeps the article body as text for
 * its generated search vectors, and numbers story memberships to keep their order. Generated
 * columns (the tsvectors) are found and left out by the PostgreSQL side itself.
 */
export const DERIVED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  articles: ['body_text'],
  article_stories: ['seq'],
};

import { z } from 'zod';
import { type Grouping, StorySchema } from './alert-store.js';

/**
 * How alert-store rows become domain objects, shared by the SQLite and PostgreSQL stores: both
 * keep the same snake_case columns, and zod decides whether a row read back is usable.
 */

/**
 * Schemas for single values, built once: zod builds a schema at a cost far above a parse, and
 * these parse every row of the routing path (term counts by the thousand).
 */
export const TextValue = z.string();
export const IntValue = z.number().int();
export const TermCountRow = z.tuple([z.string(), z.number().int()]);

/** snake_case row → camelCase object, then the zod schema decides whether the row is usable. */
export function camel(row: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
    out[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  }
  return out;
}

export function rows<T>(schema: z.ZodType<T>, list: unknown[]): T[] {
  return list.map((r) => schema.parse(camel(r)));
}

export function row<T>(schema: z.ZodType<T>, r: unknown): T | null {
  return r === undefined ? null : schema.parse(camel(r));
}

export const StoryRowSchema = z
  .object({
    id: z.string(),
    signatureJson: z.string(),
    firstArticleId: z.string(),
    createdAt: z.string(),
    stateJson: z.string().nullable(),
  })
  .transform((r) =>
    StorySchema.parse({
      id: r.id,
      signature: JSON.parse(r.signatureJson),
      firstArticleId: r.firstArticleId,
      createdAt: r.createdAt,
      state: r.stateJson === null ? null : JSON.parse(r.stateJson),
    }),
  );

export const FEED_COLUMNS: Record<string, string> = {
  title: 'title',
  platform: 'platform',
  channelId: 'channel_id',
  intervalSeconds: 'interval_seconds',
  etag: 'etag',
  lastModified: 'last_modified',
  nextPollAt: 'next_poll_at',
  failures: 'failures',
  lastError: 'last_error',
  disabledAt: 'disabled_at',
  seededAt: 'seeded_at',
  lastItemCount: 'last_item_count',
  lastDroppedCount: 'last_dropped_count',
  lastDropReasons: 'last_drop_reasons',
};

const GroupedRowSchema = z.object({
  seq: z.coerce.number().int().positive(),
  article_id: z.string(),
  story_id: z.string(),
});

/** A grouping row (`seq`, `article_id`, `story_id`). */
export function groupingOf(r: Record<string, unknown>): Grouping {
  const g = GroupedRowSchema.parse(r);
  return { seq: g.seq, articleId: g.article_id, storyId: g.story_id };
}

import { z } from 'zod';
import { ParsedArticleSchema } from '../engine/schema.js';
import type { StoredArticle } from './store.js';

/**
 * Rows as SQLite returns them. Stored JSON is checked on the way out too: a row written by an
 * older engine or edited by hand is reported and skipped rather than trusted.
 */
export const ArticleRowSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  ingested_at: z.string(),
  content_hash: z.string().min(1),
  parsed_json: z.string(),
});

export const ChannelArticleRowSchema = z.object({ article_id: z.string() });

export const SentenceHitRowSchema = z.object({
  article_id: z.string(),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  rank: z.number(),
});

export type RowResult = { ok: true; article: StoredArticle } | { ok: false; id: string; problem: string };

/** Validate a row and its stored parse; never throws. */
export function articleFromRow(row: unknown): RowResult {
  const shape = ArticleRowSchema.safeParse(row);
  if (!shape.success) {
    const id = typeof row === 'object' && row && 'id' in row ? String(row.id) : '(unknown)';
    return { ok: false, id, problem: z.prettifyError(shape.error) };
  }
  const r = shape.data;
  let json: unknown;
  try {
    json = JSON.parse(r.parsed_json);
  } catch (err) {
    return { ok: false, id: r.id, problem: `parsed_json is not JSON: ${(err as Error).message}` };
  }
  const parsed = ParsedArticleSchema.safeParse(json);
  if (!parsed.success) return { ok: false, id: r.id, problem: z.prettifyError(parsed.error) };
  return {
    ok: true,
    article: {
      id: r.id,
      title: r.title,
      url: r.url,
      source: r.source,
      published: r.published,
      ingestedAt: r.ingested_at,
      contentHash: r.content_hash,
      parsed: parsed.data,
    },
  };
}

import { z } from 'zod';
import type { IngestOutcome } from '../ingest/service.js';
import { HttpUrlField, PublishedField } from '../sources/metadata.js';

/**
 * What newsroom systems may push to `POST /ingest`: a URL for Herald to fetch and read, or the
 * article itself. Unknown fields are refused so a typo ("titel") is an error, not a silent loss.
 */
export const IngestUrlBody = z.strictObject({ url: HttpUrlField });

export const IngestArticleBody = z.strictObject({
  title: z.string().trim().min(1, 'title must not be empty').max(500),
  text: z.string().trim().min(1, 'text must not be empty'),
  url: HttpUrlField.optional(),
  published: PublishedField.optional(),
  source: z.string().trim().min(1).max(200).optional(),
});

export type IngestBody = z.infer<typeof IngestUrlBody> | z.infer<typeof IngestArticleBody>;

/**
 * A body with a title or text is an article, anything else a URL push: choosing the shape first
 * gives errors about the fields the sender meant, not a union's "matched neither".
 */
export function parseIngestBody(
  json: unknown,
): { ok: true; body: IngestBody } | { ok: false; error: string } {
  const isArticle = typeof json === 'object' && json !== null && ('title' in json || 'text' in json);
  const parsed = (isArticle ? IngestArticleBody : IngestUrlBody).safeParse(json);
  if (parsed.success) return { ok: true, body: parsed.data };
  const expected =
    'expected JSON {"url": "..."} or {"title": "...", "text": "...", "url"?: "...", "published"?: "YYYY-MM-DD", "source"?: "..."}';
  const parts = parsed.error.issues.map((i) =>
    i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
  );
  return { ok: false, error: `${parts.join('; ')} (${expected})` };
}

/** HTTP status and JSON answer for an ingest outcome: 201 new, 200 already stored, 422 unreadable. */
export function outcomeResponse(outcome: IngestOutcome): { status: number; body: Record<string, unknown> } {
  if (outcome.status === 'error')
    return { status: 422, body: { error: outcome.message, code: outcome.code } };
  const { article } = outcome;
  return {
    status: outcome.status === 'new' ? 201 : 200,
    body: { id: article.id, status: outcome.status, title: article.title, url: article.url },
  };
}

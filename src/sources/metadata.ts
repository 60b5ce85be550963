import { z } from 'zod';
import type { ArticleInput } from '../engine/schema.js';

/**
 * Metadata an article can carry besides its text, from wherever it comes (front matter, a
 * sidecar file, HTML meta tags, the caller). Dates are normalised to YYYY-MM-DD here so the
 * pipeline sees one format.
 */
export interface SourceMeta {
  title?: string;
  url?: string;
  source?: string;
  published?: string;
}

/** A readable article: its body text plus metadata, and where it came from. */
export interface SourceDocument extends SourceMeta {
  /** File path or URL, for messages and the store's `origin`. */
  origin: string;
  /** The body, paragraphs separated by blank lines; the title is not repeated in it. */
  text: string;
}

/** What the article pipeline reads from a document: its text and the metadata it carries (empty fields left out). */
export function articleInputOf(doc: SourceMeta & { text: string }): ArticleInput {
  const input: ArticleInput = { text: doc.text };
  if (doc.title) input.title = doc.title;
  if (doc.url) input.url = doc.url;
  if (doc.source) input.source = doc.source;
  if (doc.published) input.published = doc.published;
  return input;
}

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * "2024-05-17" or an ISO timestamp ("2024-05-17T08:30:00+03:00") to the day as written. The
 * publisher's own calendar day is kept rather than converting to UTC, which could shift it.
 */
export function toIsoDay(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match?.[1] || !isRealDay(match[1])) return null;
  return match[1];
}

/** A publication date field: a string or (from YAML 1.1 timestamps) a Date, normalised to YYYY-MM-DD. */
export const PublishedField = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const day = v instanceof Date ? v.toISOString().slice(0, 10) : toIsoDay(v);
  if (day === null) {
    ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a date (expected YYYY-MM-DD)` });
    return z.NEVER;
  }
  return day;
});

export const HttpUrlField = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });

/** Fields later sources override earlier ones with; undefined never erases a known value. */
export function mergeMeta(...layers: SourceMeta[]): SourceMeta {
  const merged: SourceMeta = {};
  for (const layer of layers) {
    for (const key of ['title', 'url', 'source', 'published'] as const) {
      const value = layer[key]?.trim();
      if (value) merged[key] = value;
    }
  }
  return merged;
}

/** Exactly YYYY-MM-DD and a real calendar day: for flags and JSON fields that promise that format. */
export const StrictDay = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v), {
  error: (i) => `"${String(i.input)}" is not a date as YYYY-MM-DD`,
});

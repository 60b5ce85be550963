import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { z } from 'zod';
import { toIsoDay } from '../sources/metadata.js';
import { normaliseUrl } from '../store/identity.js';
import { decodeFeedBody } from './decode.js';
import { htmlFragmentToText, plainTitle } from './html-text.js';

/** One feed item after validation: what the rest of Herald sees of a feed. */
export const FeedEntrySchema = z.object({
  /** Stable identity: guid, else normalised URL, else a hash of title and text. Never the date. */
  key: z.string().min(1),
  title: z.string().min(1, 'item has no title'),
  url: z.string().nullable(),
  text: z.string(),
  /** ISO day the item says it was published, if it says. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** The item carries only a teaser: the article page should be fetched for the full text. */
  teaser: z.boolean(),
});
export type FeedEntry = z.infer<typeof FeedEntrySchema>;

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  entries: FeedEntry[];
  /** Items that failed validation, with the reason, so the poller can log them and go on. */
  skipped: { index: number; reason: string }[];
}

export class FeedFormatError extends Error {
  readonly code = 'FEED_INVALID';
}

/** Below this many words of body an item is a teaser, not an article. */
const TEASER_WORDS = 120;

interface RawItem {
  id: string | null;
  url: string | null;
  title: string | null;
  html: string | null;
  published: Date | string | null;
}

/**
 * The day an item was published. A written timestamp keeps the publisher's own calendar day, as
 * for every other source (toIsoDay); only a parsed Date, whose offset is gone, is read in UTC.
 */
function isoDay(value: Date | string | null): string | null {
  if (value === null) return null;
  const written = typeof value === 'string' ? toIsoDay(value) : null;
  if (written) return written;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * Identity by guid, else normalised URL, else content hash: a feed that re-dates or lightly
 * edits an item keeps its key, so it is never alerted twice.
 */
export function entryKey(item: { id: string | null; url: string | null; title: string; text: string }): string {
  const guid = item.id?.trim();
  if (guid) return `guid:${guid}`;
  const url = item.url ? normaliseUrl(item.url) : null;
  if (url) return `url:${url}`;
  const hash = createHash('sha256').update(`${item.title}\n${item.text}`.toLowerCase().replace(/\s+/g, ' '));
  return `hash:${hash.digest('hex').slice(0, 32)}`;
}

function toEntry(raw: RawItem, index: number, skipped: ParsedFeed['skipped']): FeedEntry | null {
  const title = raw.title ? plainTitle(raw.title) : '';
  const text = raw.html ? htmlFragmentToText(raw.html) : '';
  const url = raw.url?.trim() || null;
  const candidate = {
    key: entryKey({ id: raw.id, url, title, text }),
    title,
    url: url && /^https?:\/\//i.test(url) ? url : null,
    text,
    published: isoDay(raw.published),
    teaser: text.split(/\s+/).filter(Boolean).length < TEASER_WORDS,
  };
  const checked = FeedEntrySchema.safeParse(candidate);
  if (!checked.success) {
    skipped.push({ index, reason: checked.error.issues.map((i) => i.message).join('; ') });
    return null;
  }
  if (!checked.data.url && checked.data.text === '') {
    skipped.push({ index, reason: 'item has neither a link nor any text' });
    return null;
  }
  return checked.data;
}

/** Validate each item; skip bad ones with a reason; keep one entry per identity (feeds repeat guids). */
function collectEntries(raw: (RawItem | string)[]): Pick<ParsedFeed, 'entries' | 'skipped'> {
  const skipped: ParsedFeed['skipped'] = [];
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    if (typeof item === 'string') {
      skipped.push({ index, reason: item });
      return;
    }
    const entry = toEntry(item, index, skipped);
    if (!entry) return;
    if (seen.has(entry.key)) {
      skipped.push({ index, reason: `duplicate of an earlier item (${entry.key})` });
      return;
    }
    seen.add(entry.key);
    entries.push(entry);
  });
  return { entries, skipped };
}

const JsonFeedSchema = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\//, 'not a JSON Feed version URL'),
  title: z.string().optional(),
  items: z.array(z.unknown()),
});

const JsonFeedItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\s*\n/g, '</p><p>');
}

function parseJsonFeed(text: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FeedFormatError(`not valid JSON: ${(err as Error).message}`);
  }
  const feed = JsonFeedSchema.safeParse(json);
  if (!feed.success) throw new FeedFormatError('JSON is not a JSON Feed (no jsonfeed.org version)');
  const raw = feed.data.items.map((rawItem): RawItem | string => {
    const item = JsonFeedItemSchema.safeParse(rawItem);
    if (!item.success) return item.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    const d = item.data;
    const html = d.content_html ?? (d.content_text ? `<p>${escapeHtml(d.content_text)}</p>` : (d.summary ?? null));
    return { id: d.id, url: d.url ?? null, title: d.title ?? null, html, published: d.date_published ?? null };
  });
  return { format: 'json', title: feed.data.title ?? null, ...collectEntries(raw) };
}

/** Parse an RSS 2.0, Atom or JSON Feed document from the bytes a server sent. */
export function parseFeedDocument(body: Buffer, contentType: string | null = null): ParsedFeed {
  const text = decodeFeedBody(body, contentType);
  if (typeof text !== 'string') throw new FeedFormatError(`the feed ${text.problem}`);
  const start = text.trimStart();
  if (start.startsWith('{') || /json/i.test(contentType ?? '')) return parseJsonFeed(start);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text);
  } catch (err) {
    throw new FeedFormatError(`not an RSS or Atom feed: ${(err as Error).message}`);
  }
  const raw = feed.items.map(
    (item): RawItem => ({
      id: item.id,
      url: item.url,
      title: item.title,
      // Prefer the fuller body; many feeds put the teaser in description and the article in content.
      html: longest(item.content, item.description),
      published: item.published ?? item.updated,
    }),
  );
  const format = /<feed[\s>]/i.test(start.slice(0, 2000)) ? 'atom' : 'rss';
  return { format, title: feed.title, ...collectEntries(raw) };
}

function longest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a.length >= b.length ? a : b;
}

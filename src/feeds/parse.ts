import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseUrl } from '../store/identity.js';
import { publishedDay, publishedMoment, titleFromText } from './derive.js';
import { decodeFeedBytes, type EncodingSource } from './encoding.js';
import { htmlFragmentToText } from './html-text.js';
import { readXmlFeed } from './xml-feed.js';
import { resolveUrl } from './xml.js';

/** One feed item after validation: what the rest of Herald sees of a feed. */
export const FeedEntrySchema = z.object({
  /** Stable identity: guid, else normalised URL, else a hash of title and text. Never the date. */
  key: z.string().min(1),
  /** The guid or id the feed gave, if any. */
  guid: z.string().nullable(),
  /** Null for a link-only item (its title comes from the fetched page) and for an empty one. */
  title: z.string().min(1).nullable(),
  /**
   * Where the title came from: the feed, the item's own text, or (still to fetch) the page;
   * 'none' for an item with nothing to show (no title, text or link), which is read and counted
   * but never stored or alerted.
   */
  titleFrom: z.enum(['feed', 'text', 'page', 'none']),
  url: z.string().nullable(),
  text: z.string(),
  /** ISO day the item says it was published, if it says. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** The full timestamp, when the feed's date can be read as one (for previews). */
  publishedAt: z.string().nullable(),
  /** The item carries only a teaser: the article page should be fetched for the full text. */
  teaser: z.boolean(),
});
export type FeedEntry = z.infer<typeof FeedEntrySchema>;

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title: string | null;
  entries: FeedEntry[];
  /** Items that were dropped, with the reason, so the poller can log and count them and go on. */
  skipped: { index: number; reason: string }[];
  /** The encoding the bytes were read in, and what said so. */
  encoding: { name: string; source: EncodingSource };
}

export class FeedFormatError extends Error {
  readonly code = 'FEED_INVALID';
}

/** Below this many words of body an item is a teaser, not an article. */
const TEASER_WORDS = 120;

interface RawItem {
  /** Everything the item holds, for a content hash when it has no guid, link, title or text. */
  fingerprint?: () => string;
  id: string | null;
  url: string | null;
  /** Plain text. */
  title: string | null;
  html: string | null;
  published: string | null;
}

/**
 * Identity by guid, else normalised URL, else content hash: a feed that re-dates or lightly
 * edits an item keeps its key, so it is never alerted twice.
 */
export function entryKey(item: {
  id: string | null;
  url: string | null;
  title: string;
  text: string;
}): string {
  const guid = item.id?.trim();
  if (guid) return `guid:${guid}`;
  const url = item.url ? normaliseUrl(item.url) : null;
  if (url) return `url:${url}`;
  const hash = createHash('sha256').update(`${item.title}\n${item.text}`.toLowerCase().replace(/\s+/g, ' '));
  return `hash:${hash.digest('hex').slice(0, 32)}`;
}

/** Why an item that has nothing to show is not stored (counted in the feed's health). */
export const EMPTY_ITEM = 'item is empty (no title, text or link)';

/**
 * Every item the feed holds becomes an entry. A missing title comes from the text's first
 * sentence, or for a link-only item from the page; an item with nothing to show (only a date,
 * an author, a category) is marked 'none' so the poller can count it rather than alert it.
 */
function toEntry(raw: RawItem, index: number, skipped: ParsedFeed['skipped']): FeedEntry | null {
  const text = raw.html ? htmlFragmentToText(raw.html) : '';
  const url = raw.url?.trim() || null;
  const httpUrl = url && /^https?:\/\//i.test(url) ? url : null;
  const feedTitle = raw.title?.replace(/\s+/g, ' ').trim() || null;
  const textTitle = feedTitle ? null : titleFromText(text);
  const title = feedTitle ?? textTitle;
  // With no title or text either, the hash is over whatever else the item holds.
  const hashText = title || text ? text : (raw.fingerprint?.() ?? '');
  const candidate = {
    key: entryKey({ id: raw.id, url, title: title ?? '', text: hashText }),
    guid: raw.id?.trim() || null,
    title,
    titleFrom: feedTitle ? 'feed' : textTitle ? 'text' : httpUrl ? 'page' : 'none',
    url: httpUrl,
    text,
    published: publishedDay(raw.published),
    publishedAt: publishedMoment(raw.published),
    teaser: text.split(/\s+/).filter(Boolean).length < TEASER_WORDS,
  };
  const checked = FeedEntrySchema.safeParse(candidate);
  if (!checked.success) {
    skipped.push({ index, reason: checked.error.issues.map((i) => i.message).join('; ') });
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

/** Fields JSON written by other tools often sends as null: null means absent. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const JsonFeedItemSchema = z.object({
  // The spec requires an id; feeds in the wild sometimes leave it out, and the url or a content hash stands in.
  id: maybe(z.union([z.string(), z.number()]).transform(String)),
  url: maybe(z.string()),
  external_url: maybe(z.string()),
  title: maybe(z.string()),
  content_html: maybe(z.string()),
  content_text: maybe(z.string()),
  summary: maybe(z.string()),
  date_published: maybe(z.string()),
  date_modified: maybe(z.string()),
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\n\s*\n/g, '</p><p>');
}

function parseJsonFeed(text: string, documentUrl: string | null): Omit<ParsedFeed, 'encoding'> {
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
    const html =
      d.content_html ?? (d.content_text ? `<p>${escapeHtml(d.content_text)}</p>` : (d.summary ?? null));
    const link = d.url ?? d.external_url;
    const url = link ? (resolveUrl(link, documentUrl) ?? link) : null;
    return {
      id: d.id ?? null,
      url,
      title: d.title ?? null,
      html,
      published: d.date_published ?? d.date_modified ?? null,
      fingerprint: () => JSON.stringify(rawItem),
    };
  });
  return { format: 'json', title: feed.data.title ?? null, ...collectEntries(raw) };
}

/**
 * Parse an RSS, RDF, Atom or JSON Feed document from the bytes a server sent. `documentUrl` is
 * the feed's address, against which relative links resolve (null for a local file).
 */
export function parseFeedDocument(
  body: Buffer,
  contentType: string | null = null,
  documentUrl: string | null = null,
): ParsedFeed {
  let decoded: ReturnType<typeof decodeFeedBytes>;
  try {
    decoded = decodeFeedBytes(body, contentType);
  } catch (err) {
    throw new FeedFormatError(`the feed ${(err as Error).message}`);
  }
  const encoding = { name: decoded.encoding, source: decoded.source };
  const start = decoded.text.trimStart();
  if (start.startsWith('{') || /json/i.test(contentType ?? '')) {
    return { ...parseJsonFeed(start, documentUrl), encoding };
  }
  let feed: ReturnType<typeof readXmlFeed>;
  try {
    feed = readXmlFeed(decoded.text, documentUrl);
  } catch (err) {
    // Whatever the reader hit (bad markup, a pathological nesting), the feed is unreadable, not Herald.
    throw new FeedFormatError(`not an RSS or Atom feed: ${(err as Error).message}`);
  }
  return { format: feed.format, title: feed.title, ...collectEntries(feed.items), encoding };
}

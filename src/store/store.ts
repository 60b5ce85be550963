import type { ParsedArticle } from '../engine/schema.js';

/** An article as stored: its parse plus identity and bookkeeping. */
export interface StoredArticle {
  /** Short stable id derived from the content hash (what users type in `/article id`). */
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  /** ISO timestamp of ingestion. */
  ingestedAt: string;
  contentHash: string;
  parsed: ParsedArticle;
}

export interface NewArticle {
  /** The raw text exactly as received; the clean body is derived from it. */
  raw: string;
  parsed: ParsedArticle;
  /** Where it came from: a file path, feed URL or "ingest-api". */
  origin: string;
  /** How it arrived, kept in the route inbox with a new article until the router has routed it. */
  arrival?: ArrivalNote;
}

/** What the router needs to know about an arrival besides the article (see alerts/router.ts Arrival). */
export interface ArrivalNote {
  /** The feed that brought the article in, if any. */
  feedId?: number;
  /** Stored without alerting (a newly added feed's backlog). */
  silent?: boolean;
}

export interface UpsertResult {
  article: StoredArticle;
  /** False when the same article (same normalised URL or content hash) was already stored. */
  created: boolean;
}

export interface ArticleHit {
  article: StoredArticle;
  score: number;
}

export interface SentenceHit {
  articleId: string;
  sentence: number;
  text: string;
  /** BM25 from FTS5: lower is better, as SQLite reports it. */
  rank: number;
}

/**
 * Storage behind an interface: commands, answers and delivery talk to this, never to SQLite,
 * so a server database can follow without touching them.
 */
export interface ArticleStore {
  upsertArticle(input: NewArticle): Promise<UpsertResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** An id, an id prefix, or a few words of the title. Best match first. */
  findArticles(ref: string, limit: number): Promise<StoredArticle[]>;
  latest(limit: number): Promise<StoredArticle[]>;
  /** Articles stored after `since` (all when null) and up to `until`, oldest first. */
  ingestedBetween(since: Date | null, until: Date, limit: number): Promise<StoredArticle[]>;
  count(): Promise<number>;
  /** Full-text search over titles and bodies, most relevant first; `match: 'all'` wants every word. */
  search(query: string, limit: number, match?: 'any' | 'all'): Promise<ArticleHit[]>;
  /** Full-text search over stored sentences, optionally within one article. */
  searchSentences(query: string, limit: number, articleId?: string): Promise<SentenceHit[]>;

  /**
   * The same article read again with better metadata (a sidecar written after its text): its
   * title, url, source, published and parse are replaced, its id and ingestion time kept. Null when
   * the article is gone or another article already has that URL.
   */
  refreshArticle(id: string, input: NewArticle): Promise<StoredArticle | null>;

  /** The article a channel (or thread) is talking about: the last one posted or discussed there. */
  setChannelArticle(channelKey: string, articleId: string): Promise<void>;
  getChannelArticle(channelKey: string): Promise<string | null>;

  close(): Promise<void>;
}

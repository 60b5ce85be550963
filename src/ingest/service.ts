import { type ParseOptions, parseArticle } from '../engine/pipeline.js';
import type { ArticleInput, ParsedArticle } from '../engine/schema.js';
import type { SafeFetchOptions } from '../net/safe-fetch.js';
import { SourceError } from '../sources/errors.js';
import { readArticleFile } from '../sources/file.js';
import { articleInputOf, type SourceDocument, type SourceMeta } from '../sources/metadata.js';
import { isHttpUrl, readArticleUrl } from '../sources/url.js';
import { expandPaths } from '../sources/walk.js';
import type { ArrivalNote, ArticleStore, StoredArticle } from '../store/store.js';

/**
 * Reading, parsing and storing articles, shared by `herald ingest`, the console bot and the
 * watchers: each input ends as exactly one outcome, reported as it happens, and one bad input
 * never stops the batch.
 */
export type IngestOutcome =
  | {
      input: string;
      status: 'new' | 'duplicate';
      article: StoredArticle;
      /** A duplicate whose stored metadata was brought up to date (see `refreshMetadata`). */
      refreshed?: boolean;
    }
  | { input: string; status: 'error'; code: string; message: string };

export interface IngestReporter {
  /** How many inputs the batch holds, once known (folders expanded). */
  start?(total: number): void;
  /** Awaited before the next input, so a reporter that routes the article keeps the input order. */
  result(outcome: IngestOutcome): void | Promise<void>;
}

export interface IngestOptions {
  /** Metadata from the caller, applied to every input (it wins over the file's own). */
  meta?: SourceMeta;
  maxFileBytes?: number;
  /** Needed for URL inputs: the operator's fetch policy. */
  fetch?: SafeFetchOptions;
  summarySentences?: number;
  reporter?: IngestReporter;
  /**
   * When the input is already stored with different metadata (url, source, published, title),
   * store the new reading: the watcher sets it when a sidecar arrives after its article.
   */
  refreshMetadata?: boolean;
  /** Refuse symbolic links (watched folders; the start-up walk already skips them). */
  noFollow?: boolean;
  /** How the articles arrive (a feed, silently), kept in the route inbox with each new one. */
  arrival?: ArrivalNote;
  /** The article pipeline; tests and benchmarks may substitute it. */
  parse?: (input: ArticleInput) => ParsedArticle;
  /**
   * Parse somewhere else (a worker pool, see parse-pool.ts) so the event loop stays free; used by
   * the asynchronous paths (files, folders, URLs, ingestDocumentAsync) when `parse` is not given.
   */
  parser?: (input: ArticleInput, options: ParseOptions) => Promise<ParsedArticle>;
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  error: number;
}

function errorOutcome(input: string, err: unknown): IngestOutcome {
  if (err instanceof SourceError) return { input, status: 'error', code: err.code, message: err.message };
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return { input, status: 'error', code: 'INGEST_FAILED', message: `${input}: ${detail}` };
}

function parseOptionsOf(opts: IngestOptions): ParseOptions {
  return opts.summarySentences ? { summarySentences: opts.summarySentences } : {};
}

/** Parse (on this thread) and store one document already read. */
export async function ingestDocument(
  store: ArticleStore,
  doc: SourceDocument,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  try {
    const input = articleInputOf(doc);
    const parsed = opts.parse ? opts.parse(input) : parseArticle(input, parseOptionsOf(opts));
    return await storeParsed(store, doc, parsed, opts);
  } catch (err) {
    return errorOutcome(doc.origin, err);
  }
}

/** Parse and store one document, parsing through `opts.parser` (a worker pool) when one is given. */
export async function ingestDocumentAsync(
  store: ArticleStore,
  doc: SourceDocument,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  if (opts.parse || !opts.parser) return ingestDocument(store, doc, opts);
  try {
    const parsed = await opts.parser(articleInputOf(doc), parseOptionsOf(opts));
    return storeParsed(store, doc, parsed, opts);
  } catch (err) {
    return errorOutcome(doc.origin, err);
  }
}

/** Store a parse; throws SourceError when nothing is left of the text once cleaned. */
async function storeParsed(
  store: ArticleStore,
  doc: SourceDocument,
  parsed: ParsedArticle,
  opts: IngestOptions,
): Promise<IngestOutcome> {
  if (parsed.paragraphs.length === 0) {
    throw new SourceError('SOURCE_EMPTY', doc.origin, 'has no article text once cleaned');
  }
  const { article, created } = await store.upsertArticle({
    raw: doc.text,
    parsed,
    origin: doc.origin,
    ...(opts.arrival ? { arrival: opts.arrival } : {}),
  });
  if (!created && opts.refreshMetadata && metadataDiffers(article, parsed)) {
    const refreshed = await store.refreshArticle(article.id, { raw: doc.text, parsed, origin: doc.origin });
    if (refreshed) return { input: doc.origin, status: 'duplicate', article: refreshed, refreshed: true };
  }
  return { input: doc.origin, status: created ? 'new' : 'duplicate', article };
}

/** Whether a fresh parse of the same text carries metadata the stored one lacks or states differently. */
function metadataDiffers(stored: StoredArticle, parsed: ParsedArticle): boolean {
  // Only the same text: a different article that shares a URL is a duplicate, not an update.
  if (stored.parsed.paragraphs.join('\n') !== parsed.paragraphs.join('\n')) return false;
  return (['title', 'url', 'source', 'published'] as const).some((k) => stored.parsed[k] !== parsed[k]);
}

export async function ingestUrl(
  store: ArticleStore,
  url: string,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  if (!opts.fetch) return errorOutcome(url, new Error('fetching URLs is not configured here'));
  let doc: SourceDocument;
  try {
    doc = await readArticleUrl(url, { fetch: opts.fetch, ...(opts.meta ? { meta: opts.meta } : {}) });
  } catch (err) {
    return errorOutcome(url, err);
  }
  return ingestDocumentAsync(store, doc, opts);
}

function ingestFile(store: ArticleStore, file: string, opts: IngestOptions): Promise<IngestOutcome> {
  let doc: SourceDocument;
  try {
    doc = readArticleFile(file, {
      ...(opts.maxFileBytes ? { maxBytes: opts.maxFileBytes } : {}),
      ...(opts.noFollow ? { noFollow: true } : {}),
      ...(opts.meta ? { meta: opts.meta } : {}),
    });
  } catch (err) {
    return Promise.resolve(errorOutcome(file, err));
  }
  return ingestDocumentAsync(store, doc, opts);
}

/**
 * Files, folders and http(s) URLs, in the order given (folders expanded in sorted order).
 * Every outcome goes to the reporter; the counts come back.
 */
export async function ingestInputs(
  store: ArticleStore,
  inputs: readonly string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, duplicate: 0, error: 0 };
  const report = async (outcome: IngestOutcome) => {
    summary[outcome.status]++;
    await opts.reporter?.result(outcome);
  };
  const plan: Array<{ kind: 'url' | 'file'; input: string } | { kind: 'missing'; error: SourceError }> = [];
  for (const input of inputs) {
    if (isHttpUrl(input)) {
      plan.push({ kind: 'url', input });
      continue;
    }
    const { files, errors } = expandPaths([input]);
    for (const error of errors) plan.push({ kind: 'missing', error });
    for (const file of files) plan.push({ kind: 'file', input: file });
  }
  opts.reporter?.start?.(plan.length);
  for (const step of plan) {
    // Parsing is synchronous; yielding between articles lets timers (a progress bar, a bot's heartbeat) run.
    await new Promise((resolve) => setImmediate(resolve));
    if (step.kind === 'missing') await report(errorOutcome(step.error.input, step.error));
    else if (step.kind === 'url') await report(await ingestUrl(store, step.input, opts));
    else await report(await ingestFile(store, step.input, opts));
  }
  return summary;
}

/** Files and folders only. */
export function ingestPaths(store: ArticleStore, paths: readonly string[], opts: IngestOptions = {}) {
  return ingestInputs(
    store,
    paths.filter((p) => !isHttpUrl(p)),
    opts,
  );
}

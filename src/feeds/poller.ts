import type { Arrival, RouteResult } from '../alerts/router.js';
import { ingestDocument } from '../ingest/service.js';
import type { Logger } from '../log.js';
import { type SafeFetchOptions, type SafeFetchResult, safeFetch } from '../net/safe-fetch.js';
import type { SourceDocument } from '../sources/metadata.js';
import { readArticleUrl } from '../sources/url.js';
import { PeriodicJob } from '../util/periodic.js';
import { newHolderId } from '../store/holder.js';
import type { AlertStore, Feed } from '../store/alert-store.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';
import { cutAtWord, DERIVED_TITLE_CHARS, titleFromText } from './derive.js';
import { EMPTY_ITEM, type FeedEntry, parseFeedDocument } from './parse.js';

/** What Herald asks feed servers for. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5';

/** Failures in a row before a feed is disabled and its channel told. */
export const MAX_FEED_FAILURES = 5;
/** Backoff after failures never waits longer than this. */
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

export interface FeedPollerDeps {
  alerts: AlertStore;
  articles: ArticleStore;
  /** Where new articles go next (the alert router). */
  arrived: (article: StoredArticle, arrival: Arrival) => Promise<RouteResult | undefined>;
  fetchOptions: SafeFetchOptions;
  /** HERALD_SUMMARY_SENTENCES, as for articles from every other source. */
  summarySentences?: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  now?: () => Date;
  /** Network access; tests may substitute it. */
  fetch?: (url: string, opts: SafeFetchOptions) => Promise<SafeFetchResult>;
  /** Fetches a teaser item's full page; defaults to Readability over the safe fetch. */
  readPage?: (url: string, fetch: SafeFetchOptions) => Promise<SourceDocument>;
  /** This process's id on feed leases (processes sharing a database poll each feed once); a new one by default. */
  holder?: string;
}

/** How long a feed's poll lease lasts: longer than any poll (fetch timeouts and page reads included). */
const POLL_LEASE_MS = 5 * 60_000;

export interface PollResult {
  feedId: number;
  status: 'updated' | 'not-modified' | 'failed' | 'disabled';
  stored: number;
  alerted: number;
  skipped: number;
  error?: string;
}

/**
 * Polls feeds on their own intervals: conditional GET, parse, store new items (fetching the page
 * when an item is only a teaser), hand them to the router, and back off on failure. A feed's first
 * successful poll is its seeding: those items are stored silently.
 */
export class FeedPoller {
  private readonly now: () => Date;
  private readonly fetch: (url: string, opts: SafeFetchOptions) => Promise<SafeFetchResult>;
  private readonly readPage: (url: string, fetch: SafeFetchOptions) => Promise<SourceDocument>;
  private readonly job: PeriodicJob<PollResult[]>;
  private readonly holder: string;

  constructor(private readonly deps: FeedPollerDeps) {
    this.now = deps.now ?? (() => new Date());
    this.holder = deps.holder ?? newHolderId();
    this.fetch = deps.fetch ?? safeFetch;
    this.readPage = deps.readPage ?? ((url, fetch) => readArticleUrl(url, { fetch }));
    this.job = new PeriodicJob({
      run: () => this.pollEachDue(),
      fallback: () => [],
      onError: (err) => deps.log.error({ err }, 'feed polling run failed'),
    });
  }

  start(intervalMs = 15_000): void {
    this.job.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Poll every feed that is due; one at a time, so a slow feed never overlaps itself. Never throws. */
  pollDue(): Promise<PollResult[]> {
    return this.job.runNow();
  }

  private async pollEachDue(): Promise<PollResult[]> {
    const results: PollResult[] = [];
    for (const due of await this.deps.alerts.dueFeeds(this.now())) {
      const lease = `feed-poll:${due.id}`;
      try {
        // Processes sharing a database: the one holding the feed's lease polls it; the others skip it.
        if (!(await this.deps.alerts.tryLease(lease, this.holder, this.now(), POLL_LEASE_MS))) continue;
        try {
          // Read again under the lease: another process may have polled it since the list was read.
          const feed = await this.deps.alerts.getFeed(due.id);
          if (!feed || feed.disabledAt !== null || feed.nextPollAt > this.now().toISOString()) continue;
          results.push(await this.poll(feed));
        } finally {
          await this.deps.alerts.releaseLease(lease, this.holder);
        }
      } catch (err) {
        // A store error on one feed (a locked or full disk) must not keep the others from polling.
        this.deps.log.error({ err, feed: due.url }, 'feed poll crashed');
      }
    }
    return results;
  }

  /**
   * Poll one feed. `fetched` is a response the caller already holds for this URL (the check made
   * when a feed is added), so the first poll doesn't fetch the same document twice.
   */
  async poll(feed: Feed, fetched?: SafeFetchResult): Promise<PollResult> {
    const result: PollResult = { feedId: feed.id, status: 'updated', stored: 0, alerted: 0, skipped: 0 };
    let res: SafeFetchResult;
    try {
      res =
        fetched ??
        (await this.fetch(feed.url, {
          ...this.deps.fetchOptions,
          accept: FEED_ACCEPT,
          ...(feed.etag ? { ifNoneMatch: feed.etag } : {}),
          ...(feed.lastModified ? { ifModifiedSince: feed.lastModified } : {}),
        }));
      if (res.notModified) {
        await this.succeeded(feed, {});
        return { ...result, status: 'not-modified' };
      }
      if (res.status < 200 || res.status >= 300) throw new Error(`the server answered HTTP ${res.status}`);
    } catch (err) {
      return this.failed(feed, (err as Error).message, result);
    }

    let parsed: ReturnType<typeof parseFeedDocument>;
    try {
      parsed = parseFeedDocument(res.body, res.headers['content-type'] ?? null, res.finalUrl || feed.url);
    } catch (err) {
      return this.failed(feed, (err as Error).message, result);
    }
    for (const skip of parsed.skipped) {
      this.deps.log.warn({ feed: feed.url, item: skip.index, reason: skip.reason }, 'skipped a feed item');
    }
    result.skipped = parsed.skipped.length;
    const dropped = parsed.skipped.map((s) => s.reason);
    const silent = feed.seededAt === null;
    for (const entry of parsed.entries) {
      if (entry.titleFrom === 'none') {
        // Nothing to show people (only a date, an author, a category): counted in the feed's health.
        this.deps.log.warn({ feed: feed.url, item: entry.key, reason: EMPTY_ITEM }, 'skipped a feed item');
        result.skipped++;
        dropped.push(EMPTY_ITEM);
        continue;
      }
      if (await this.deps.alerts.hasFeedItem(feed.id, entry.key)) continue;
      const article = await this.store(feed, parsed.title, entry);
      if (!article) {
        result.skipped++;
        dropped.push('could not be stored');
        continue;
      }
      await this.deps.alerts.rememberFeedItem(feed.id, entry.key, article.id, this.now());
      result.stored++;
      const routed = await this.deps.arrived(article, { feedId: feed.id, silent });
      result.alerted += routed?.queued ?? 0;
    }
    await this.succeeded(feed, {
      etag: headerValue(res.headers.etag),
      lastModified: headerValue(res.headers['last-modified']),
      title: parsed.title ?? feed.title,
      lastItemCount: parsed.entries.length + parsed.skipped.length,
      lastDroppedCount: dropped.length,
      lastDropReasons: dropped.length > 0 ? summariseReasons(dropped) : null,
    });
    if (silent) this.deps.log.info({ feed: feed.url, stored: result.stored }, 'new feed seeded silently');
    return result;
  }

  private async store(feed: Feed, feedTitle: string | null, entry: FeedEntry): Promise<StoredArticle | null> {
    let text = entry.text;
    let title = entry.title;
    // A title-less post (Mastodon, Bluesky, micro-blogs) is whole in the feed: its page is the
    // post again inside an app shell, so only titled teasers send us to the page.
    if (entry.teaser && entry.url && entry.titleFrom !== 'text') {
      try {
        const page = await this.readPage(entry.url, this.deps.fetchOptions);
        text = page.text;
        // A link-only item (no title, no text) is named by its page, as a feed reader would show it.
        title ??= page.title?.trim() || titleFromText(page.text);
      } catch (err) {
        // The teaser is still worth storing: the link is there for people to read the rest.
        this.deps.log.info(
          { url: entry.url, err: (err as Error).message },
          'could not fetch the full article',
        );
      }
    }
    // Last resort for a link-only item whose page could not be read: the address names it.
    title ??= entry.url
      ? cutAtWord(entry.url.replace(/^https?:\/\/(www\.)?/i, ''), DERIVED_TITLE_CHARS)
      : null;
    if (!title) return null;
    if (text.trim() === '') text = title;
    const doc: SourceDocument = { origin: feed.url, text, title };
    if (entry.url) doc.url = entry.url;
    if (feedTitle) doc.source = feedTitle;
    if (entry.published) doc.published = entry.published;
    const { summarySentences } = this.deps;
    const outcome = await ingestDocument(this.deps.articles, doc, {
      ...(summarySentences ? { summarySentences } : {}),
      // Kept in the route inbox with the article: routed after a crash, a new feed's backlog stays silent.
      arrival: { feedId: feed.id, silent: feed.seededAt === null },
    });
    if (outcome.status === 'error') {
      this.deps.log.warn(
        { feed: feed.url, item: entry.key, err: outcome.message },
        'could not store a feed item',
      );
      return null;
    }
    return outcome.article;
  }

  private async succeeded(feed: Feed, patch: Partial<Feed>): Promise<void> {
    const now = this.now();
    await this.deps.alerts.updateFeed(feed.id, {
      ...patch,
      failures: 0,
      lastError: null,
      seededAt: feed.seededAt ?? now.toISOString(),
      nextPollAt: new Date(now.getTime() + feed.intervalSeconds * 1000).toISOString(),
    });
  }

  private async failed(feed: Feed, error: string, result: PollResult): Promise<PollResult> {
    const now = this.now();
    const failures = feed.failures + 1;
    this.deps.log.warn({ feed: feed.url, failures, err: error }, 'feed poll failed');
    if (failures >= MAX_FEED_FAILURES) {
      await this.deps.alerts.updateFeed(feed.id, {
        failures,
        lastError: error,
        disabledAt: now.toISOString(),
      });
      await this.deps.alerts.enqueue(
        {
          kind: 'notice',
          dedupKey: `feed-disabled:${feed.id}:${now.toISOString()}`,
          storyId: null,
          articleId: null,
          platform: feed.platform,
          channelId: feed.channelId,
          payload: JSON.stringify({
            text: `I stopped polling the feed ${feed.url} after ${failures} failures in a row (last: ${error}). Check the address, then add it again with /subscribe feed.`,
          }),
          replyTo: null,
        },
        now,
      );
      return { ...result, status: 'disabled', error };
    }
    const backoff = Math.min(feed.intervalSeconds * 1000 * 2 ** failures, MAX_BACKOFF_MS);
    await this.deps.alerts.updateFeed(feed.id, {
      failures,
      lastError: error,
      nextPollAt: new Date(now.getTime() + backoff).toISOString(),
    });
    return { ...result, status: 'failed', error };
  }
}

/** "item is empty (…) ×2; duplicate of an earlier item": each reason once, with its count. */
export function summariseReasons(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) {
    // A duplicate's reason names its key; the count matters here, not which items.
    const general = reason.startsWith('duplicate of an earlier item')
      ? 'duplicate of an earlier item'
      : reason;
    counts.set(general, (counts.get(general) ?? 0) + 1);
  }
  return [...counts].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason)).join('; ');
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

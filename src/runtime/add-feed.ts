import { UserError } from '../bot/errors.js';
import { FEED_ACCEPT, type FeedPoller } from '../feeds/poller.js';
import { type ParsedFeed, parseFeedDocument } from '../feeds/parse.js';
import type { FeedPreview } from '../bot/feed-preview.js';
import { previewOf } from '../feeds/preview.js';
import { SafeFetchError, type SafeFetchOptions, type SafeFetchResult } from '../net/safe-fetch.js';
import type { AlertStore, ChannelRef, Feed } from '../store/alert-store.js';

/** How often a feed is polled unless it asks for less (10 minutes: news without hammering publishers). */
export const DEFAULT_FEED_INTERVAL_SECONDS = 600;

export interface AddFeedDeps {
  alerts: AlertStore;
  poller: Pick<FeedPoller, 'poll'>;
  fetch: (url: string, opts: SafeFetchOptions) => Promise<SafeFetchResult>;
  fetchOptions: SafeFetchOptions;
  now: () => Date;
  intervalSeconds?: number;
}

/** Codes that mean "Herald may not fetch this", as opposed to "the fetch went wrong". */
const REFUSALS = new Set(['FETCH_URL_INVALID', 'FETCH_SCHEME_REFUSED', 'FETCH_ADDRESS_REFUSED']);

/**
 * Fetch a feed URL once through the safe fetch (so a loopback or private address is refused
 * before anything is stored) and check that it is a feed. Errors are for the person who asked.
 */
async function probeFeed(
  deps: Pick<AddFeedDeps, 'fetch' | 'fetchOptions'>,
  url: string,
): Promise<{ probe: SafeFetchResult; parsed: ParsedFeed }> {
  let probe: SafeFetchResult;
  try {
    probe = await deps.fetch(url, { ...deps.fetchOptions, accept: FEED_ACCEPT });
  } catch (err) {
    if (err instanceof SafeFetchError && REFUSALS.has(err.code)) {
      throw new UserError('UNSAFE_URL', `I can't subscribe to that feed: ${err.message}.`);
    }
    throw new UserError(
      'UNAVAILABLE',
      `I couldn't fetch that feed: ${(err as Error).message}. Check the address and try again.`,
    );
  }
  if (probe.status < 200 || probe.status >= 300) {
    throw new UserError(
      'UNAVAILABLE',
      `I couldn't fetch that feed: the server answered HTTP ${probe.status}.`,
    );
  }
  try {
    return {
      probe,
      parsed: parseFeedDocument(probe.body, probe.headers['content-type'] ?? null, probe.finalUrl || url),
    };
  } catch (err) {
    throw new UserError(
      'BAD_OPTION',
      `That address is not an RSS, Atom or JSON feed (${(err as Error).message}).`,
    );
  }
}

/** `/subscribe feed <url> preview`: what Herald would read from the feed, with nothing stored. */
export async function previewFeed(
  deps: Pick<AddFeedDeps, 'fetch' | 'fetchOptions'>,
  url: string,
): Promise<FeedPreview> {
  return previewOf((await probeFeed(deps, url)).parsed);
}

/**
 * `/subscribe feed <url>`: probe the URL (see probeFeed), then store it and run its first poll,
 * which seeds the backlog silently. A feed added before is reused (and re-enabled if it had been
 * disabled).
 */
export async function addFeed(
  deps: AddFeedDeps,
  url: string,
  channel: ChannelRef,
): Promise<{ feed: Feed; created: boolean; stored: number }> {
  const known = await deps.alerts.findFeedByUrl(url);
  if (known && !known.disabledAt) return { feed: known, created: false, stored: 0 };
  const { probe } = await probeFeed(deps, url);

  const now = deps.now();
  const { feed, created } = await deps.alerts.addFeed(
    url,
    channel,
    deps.intervalSeconds ?? DEFAULT_FEED_INTERVAL_SECONDS,
    now,
  );
  if (feed.disabledAt) {
    // Re-seeded silently: whatever it published while disabled is backlog, not news.
    await deps.alerts.updateFeed(feed.id, {
      disabledAt: null,
      failures: 0,
      lastError: null,
      seededAt: null,
      nextPollAt: now.toISOString(),
    });
  }
  const fresh = (await deps.alerts.getFeed(feed.id)) ?? feed;
  // The probe is the first poll's document: the feed is fetched once, not twice.
  const result = await deps.poller.poll(fresh, probe);
  return { feed: (await deps.alerts.getFeed(feed.id)) ?? fresh, created, stored: result.stored };
}

/** The feed formats Herald reads (the feed reader's own type uses the same names). */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/**
 * What Herald would read from a feed, for people deciding whether to subscribe (`herald feed`,
 * `/subscribe feed <url> preview`) and for scripts (`herald feed --jsonl`). No page is fetched:
 * a link-only item shows a null title, which the poller later takes from the page.
 */
export interface FeedPreview {
  format: FeedFormat;
  title: string | null;
  encoding: string;
  items: PreviewItem[];
  /** Items dropped, with why (empty items, repeated identities). */
  dropped: { index: number; reason: string }[];
}

export interface PreviewItem {
  title: string | null;
  /** Where the title came from: the feed, the item's own text, the page (not fetched here), or nowhere. */
  titleFrom: 'feed' | 'text' | 'page' | 'none';
  link: string | null;
  guid: string | null;
  /** ISO timestamp when the feed's date reads as one, else the day, else null. */
  published: string | null;
  /** The first words of the item's text. */
  summary: string;
}

import type { FeedPreview } from '../bot/feed-preview.js';
import type { ParsedFeed } from './parse.js';

/** How many words of an item's text a preview shows. */
const SUMMARY_WORDS = 30;

export function firstWords(text: string, words = SUMMARY_WORDS): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

export function previewOf(feed: ParsedFeed): FeedPreview {
  return {
    format: feed.format,
    title: feed.title,
    encoding: feed.encoding.name,
    items: feed.entries.map((e) => ({
      title: e.title,
      titleFrom: e.titleFrom,
      link: e.url,
      guid: e.guid,
      published: e.publishedAt ?? e.published,
      summary: firstWords(e.text),
    })),
    dropped: feed.skipped,
  };
}

const FORMAT_NAMES: Record<FeedPreview['format'], string> = {
  rss: 'RSS',
  rdf: 'RSS 1.0 (RDF)',
  atom: 'Atom',
  json: 'JSON Feed',
};

/** The preview as lines of plain text; `maxItems` bounds it for chat messages. */
export function previewLines(preview: FeedPreview, maxItems = Number.POSITIVE_INFINITY): string[] {
  const count = preview.items.length;
  const lines = [
    `${preview.title ?? '(untitled feed)'}: ${FORMAT_NAMES[preview.format]}, ${count} ${count === 1 ? 'item' : 'items'}, read as ${preview.encoding}`,
  ];
  if (count === 0) lines.push('No items yet: new ones will be alerted as they appear.');
  for (const item of preview.items.slice(0, maxItems)) {
    const title =
      item.titleFrom === 'none'
        ? '(nothing to show: no title, text or link; not alerted)'
        : item.title === null
          ? '(no title: taken from the page when alerted)'
          : item.titleFrom === 'text'
            ? `${item.title} (title from its text)`
            : item.title;
    lines.push(`• ${title}`);
    const details = [item.link ?? 'no link', item.published ?? 'no date'].join(' · ');
    lines.push(`  ${details}`);
    if (item.summary) lines.push(`  ${item.summary}`);
  }
  if (count > maxItems) lines.push(`…and ${count - maxItems} more`);
  if (preview.dropped.length > 0) {
    const reasons = [...new Set(preview.dropped.map((d) => d.reason.replace(/ \(.*\)$/, '')))].join('; ');
    lines.push(`${preview.dropped.length} dropped: ${reasons}`);
  }
  return lines;
}

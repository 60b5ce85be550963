import { keyQuotes, speakerRole } from '../qa/facts.js';
import { formatIsoDay } from '../qa/dates.js';
import type { StoredArticle } from '../store/store.js';
import type { Reply, ReplyQuote } from './reply.js';
import { truncate } from './text.js';

/**
 * The alert card: what Herald posts when an article arrives and what `/article` shows again.
 * Headline linking to the article, a short summary, its key quotes with speakers, a footer.
 */

/** Where the article came from, for footers: its source, else its web host, else "local file". */
export function sourceName(article: Pick<StoredArticle, 'source' | 'url'>): string {
  if (article.source) return article.source;
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      // An unparsable URL says nothing useful about the source.
    }
  }
  return 'local file';
}

/** "US, Iran, in first talks… · jpost.com · 17 May 2024 · id 3f9a1c2b7e" */
export function articleFooter(article: StoredArticle): string {
  const date = formatIsoDay(article.published) ?? 'undated';
  return `${truncate(article.title, 70)} · ${sourceName(article)} · ${date} · id ${article.id}`;
}

/** The fields every reply about an article carries, so replies link back and name it. */
export function aboutArticle(article: StoredArticle): Pick<Reply, 'articleId' | 'footer' | 'url'> {
  return {
    articleId: article.id,
    footer: articleFooter(article),
    ...(article.url ? { url: article.url } : {}),
  };
}

export function summaryText(article: StoredArticle, max = 700): string {
  const { summary, oneLine } = article.parsed;
  return truncate(summary.length > 0 ? summary.join(' ') : oneLine, max);
}

export function cardQuotes(article: StoredArticle, limit = 2): ReplyQuote[] {
  return keyQuotes(article.parsed, limit).map((q) => ({
    text: truncate(q.text, 300),
    speaker: q.speaker,
    role: speakerRole(article.parsed, q),
  }));
}

/** Said on the card of an article longer than the analysis cap, so nobody takes its facts for the whole. */
export function truncationNote(article: StoredArticle): string | null {
  const cut = article.parsed.truncated;
  if (!cut) return null;
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return `Only the first ${kb(cut.analysedChars)} of ${kb(cut.totalChars)} were analysed; the rest was stored but not analysed.`;
}

export function articleCard(article: StoredArticle): Reply {
  const quotes = cardQuotes(article);
  const note = truncationNote(article);
  return {
    title: truncate(article.title, 250),
    text: note ? `${summaryText(article, 600)}\n\n${note}` : summaryText(article),
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(article.url ? { links: [{ label: 'Read the article', url: article.url }] } : {}),
    ...aboutArticle(article),
  };
}

/** One line per article in lists: "3f9a1c2b7e · 17 May 2024 · Title — one-line summary". */
export function articleLine(article: StoredArticle): string {
  const date = formatIsoDay(article.published) ?? 'undated';
  const gist = article.parsed.oneLine ? ` — ${truncate(article.parsed.oneLine, 160)}` : '';
  return `${article.id} · ${date} · ${truncate(article.title, 120)}${gist}`;
}

import { articleCard, sourceName } from '../bot/cards.js';
import type { Reply } from '../bot/reply.js';
import type { StoredArticle } from '../store/store.js';

/** "Also reported by" lines for the later versions of a story. */
function alsoLines(others: readonly StoredArticle[]): string[] {
  return others.map((a) =>
    a.url ? `${sourceName(a)}: ${a.title} (${a.url})` : `${sourceName(a)}: ${a.title}`,
  );
}

/** The original alert card, extended with the outlets that reported the same story since. */
export function storyCard(first: StoredArticle, others: readonly StoredArticle[]): Reply {
  const card = articleCard(first);
  if (others.length === 0) return card;
  return {
    ...card,
    fields: [...(card.fields ?? []), { name: 'Also reported by', value: alsoLines(others).join('\n') }],
  };
}

/** A threaded reply for platforms (or messages) that can't be edited. */
export function alsoReportedReply(article: StoredArticle): Reply {
  return {
    text: `Also reported by ${sourceName(article)}: ${article.title}`,
    ...(article.url ? { links: [{ label: 'Read it', url: article.url }] } : {}),
    articleId: article.id,
  };
}

export function overflowNote(count: number): Reply {
  const what = count === 1 ? '1 more article' : `${count} more articles`;
  return {
    text: `${what} matched this channel's subscriptions in the last few minutes. They will be in the next digest (or type /digest now).`,
  };
}

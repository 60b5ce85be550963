import { sourceName } from '../bot/cards.js';
import type { Reply } from '../bot/reply.js';
import { fitLines, truncate } from '../bot/text.js';
import type { AlertStore, ChannelRef } from '../store/alert-store.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';

/** Articles a digest considers at most; its text shows what fits and counts the rest. */
const MAX_DIGEST_ARTICLES = 1_000;

/** Room for the digest's lines: well inside Discord's 4,096-character embed description and Slack's limits. */
const DIGEST_TEXT_LIMIT = 3_500;

export interface DigestStory {
  first: StoredArticle;
  others: StoredArticle[];
}

/**
 * The stories a channel should see in its digest: those routed to it since the last digest
 * (alerted, or held back by the rate limit), grouped by story. A channel with a digest schedule
 * but no subscriptions gets every story stored in that time.
 */
export async function digestStories(
  alerts: AlertStore,
  articles: ArticleStore,
  channel: ChannelRef,
  since: Date | null,
  until: Date,
): Promise<DigestStory[]> {
  // Articles from the store's own range come back whole; only deliveries need a look-up per id.
  const candidates =
    (await alerts.listSubscriptions(channel)).length > 0
      ? (
          await Promise.all(
            (
              await alerts.deliveriesSince(channel, since, until)
            ).map(async (d) => (d.articleId ? await articles.getArticle(d.articleId) : null)),
          )
        ).filter((a): a is StoredArticle => a !== null)
      : await articles.ingestedBetween(since, until, MAX_DIGEST_ARTICLES);
  const byStory = new Map<string, StoredArticle[]>();
  for (const article of candidates) {
    const story = (await alerts.storyOf(article.id)) ?? article.id;
    const list = byStory.get(story) ?? [];
    if (!list.some((a) => a.id === article.id)) list.push(article);
    byStory.set(story, list);
  }
  return [...byStory.values()].map(([first, ...others]) => ({ first: first!, others }));
}

function storyLine({ first, others }: DigestStory): string {
  const people = [...first.parsed.people]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 3)
    .map((p) => p.name);
  const parts = [`• ${truncate(first.title, 150)} (${sourceName(first)})`];
  parts.push(`  ${truncate(first.parsed.oneLine || first.title, 220)}`);
  if (people.length > 0) parts.push(`  People: ${people.join(', ')}`);
  // Each other outlet with its link, so a reader can pick the version they trust.
  const outlets = others.map((a) => (a.url ? `${sourceName(a)} (${a.url})` : sourceName(a)));
  if (outlets.length > 0) parts.push(`  Also reported by ${outlets.join(', ')}`);
  if (first.url) parts.push(`  ${first.url}`);
  return parts.join('\n');
}

function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function digestReply(stories: DigestStory[], since: Date | null, timeZone: string): Reply {
  const title =
    stories.length === 0
      ? 'Digest: nothing new'
      : `Digest: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}${since ? ` since ${formatDay(since, timeZone)}` : ''}`;
  return {
    title,
    text:
      stories.length === 0
        ? 'No new stories since the last digest.'
        : fitLines(stories.map(storyLine), DIGEST_TEXT_LIMIT, '\n\n'),
  };
}

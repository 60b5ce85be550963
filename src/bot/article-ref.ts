import { z } from 'zod';
import type { StoredArticle } from '../store/store.js';
import type { Choice } from './command.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { truncate } from './text.js';

/**
 * The `article` option every article command takes, and how it is resolved: an id, an id
 * prefix or a few words of the title; by default the article this channel (or thread) is
 * talking about, else the latest stored.
 */
export const articleOption = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('Article id, id prefix or title words (default: the one discussed here)')
  .meta({ autocomplete: 'article' });

export const EMPTY_STORE_MESSAGE =
  "I haven't stored any articles yet. Drop a text file into the seeds folder (or a watched folder) and start me again, or ask an admin to subscribe this channel to a feed.";

/** The article a command is about; throws a UserError the person can act on when there is none. */
export async function resolveArticle(
  ref: string | undefined,
  ctx: Pick<CommandContext, 'store' | 'channelKey' | 'threadKey'>,
) {
  const { store } = ctx;
  if (ref?.trim()) {
    const found = (await store.findArticles(ref, 1))[0];
    if (found) return found;
    if ((await store.count()) === 0) throw new UserError('EMPTY_STORE', EMPTY_STORE_MESSAGE);
    throw new UserError(
      'UNKNOWN_ARTICLE',
      `I can't find an article matching "${truncate(ref.trim(), 60)}". Use an id from \`/latest\`, or find it with \`/search\`.`,
    );
  }
  const current = await currentArticle(ctx);
  if (current) return current;
  throw new UserError('EMPTY_STORE', EMPTY_STORE_MESSAGE);
}

/** The error for an article holding nothing of the kind asked for, pointing to a command that still helps. */
export function nothingFoundIn(
  article: Pick<StoredArticle, 'title'>,
  what: string,
  instead = '`/summary`',
): UserError {
  return new UserError(
    'NOT_FOUND',
    `I found no ${what} in "${truncate(article.title, 100)}". Try ${instead}.`,
  );
}

/** The article last posted or discussed in the thread, else the channel, else the latest stored. */
export async function currentArticle(
  ctx: Pick<CommandContext, 'store' | 'channelKey' | 'threadKey'>,
): Promise<StoredArticle | null> {
  const { store } = ctx;
  for (const key of [ctx.threadKey, ctx.channelKey]) {
    if (!key) continue;
    const id = await store.getChannelArticle(key);
    const article = id ? await store.getArticle(id) : null;
    if (article) return article;
  }
  return (await store.latest(1))[0] ?? null;
}

/** Autocomplete for the `article` option: matches for what was typed, else the latest articles. */
export async function articleChoices(partial: string, ctx: Pick<CommandContext, 'store'>): Promise<Choice[]> {
  const articles = partial.trim() ? await ctx.store.findArticles(partial, 25) : await ctx.store.latest(25);
  return articles.map((a) => ({ name: truncate(`${a.title} (${a.id})`, 100), value: a.id }));
}

/** A command's `autocomplete` hook for commands whose only suggested option is `article`. */
export async function autocompleteArticle(
  option: string,
  partial: string,
  ctx: CommandContext,
): Promise<Choice[]> {
  return option === 'article' ? await articleChoices(partial, ctx) : [];
}

import { z } from 'zod';
import { EMPTY_STORE_MESSAGE } from '../src/bot/article-ref.js';
import { aboutArticle, articleLine } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { fitLines } from '../src/bot/text.js';

export default defineCommand({
  name: 'latest',
  description: 'The most recent articles with their ids',
  options: z.object({
    count: z.coerce.number().int().min(1).max(10).default(5).describe('How many articles (1-10)'),
  }),
  async handler({ count }, ctx) {
    const articles = await ctx.store.latest(count);
    const only = articles[0];
    if (!only) throw new UserError('EMPTY_STORE', EMPTY_STORE_MESSAGE);
    // A single article is what the person will ask about next, so it becomes the channel's article.
    const about = articles.length === 1 ? aboutArticle(only) : {};
    return {
      title: articles.length === 1 ? 'Latest article' : `Latest ${articles.length} articles`,
      text: fitLines(articles.map(articleLine), 1800),
      ...about,
    };
  },
});

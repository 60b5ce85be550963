import { z } from 'zod';
import { aboutArticle, articleLine } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { fitLines, truncate } from '../src/bot/text.js';

export default defineCommand({
  name: 'search',
  description: 'Find stored articles by words, most relevant first',
  options: z.object({
    query: z.string().trim().min(2).max(200).describe('Words to look for in titles and text'),
  }),
  async handler({ query }, ctx) {
    const hits = await ctx.store.search(query, 10);
    const top = hits[0];
    if (!top) {
      throw new UserError(
        'NOT_FOUND',
        `Nothing stored matches "${truncate(query, 60)}". Try other or fewer words, or \`/latest\`.`,
      );
    }
    return {
      title: `Search: ${truncate(query, 100)}`,
      text: fitLines(
        hits.map((h) => articleLine(h.article)),
        1800,
      ),
      ...(hits.length === 1 ? aboutArticle(top.article) : {}),
    };
  },
});

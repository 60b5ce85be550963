import { z } from 'zod';
import { articleOption, autocompleteArticle, resolveArticle } from '../src/bot/article-ref.js';
import { articleCard } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';

export default defineCommand({
  name: 'article',
  description: "Show an article's alert card again: headline, summary, key quotes and link",
  options: z.object({ article: articleOption }),
  async handler({ article: ref }, ctx) {
    return articleCard(await resolveArticle(ref, ctx));
  },
  autocomplete: autocompleteArticle,
});

import { z } from 'zod';
import { articleOption, autocompleteArticle, resolveArticle } from '../src/bot/article-ref.js';
import { aboutArticle, summaryText } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { truncate } from '../src/bot/text.js';

export default defineCommand({
  name: 'summary',
  description: 'A short summary of the article with its link',
  options: z.object({ article: articleOption }),
  async handler({ article: ref }, ctx) {
    const article = await resolveArticle(ref, ctx);
    return {
      title: truncate(article.title, 250),
      text: summaryText(article, 1500),
      ...(article.url ? { links: [{ label: 'Read the article', url: article.url }] } : {}),
      ...aboutArticle(article),
    };
  },
  autocomplete: autocompleteArticle,
});

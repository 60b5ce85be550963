import { z } from 'zod';
import { articleOption, autocompleteArticle, resolveArticle } from '../src/bot/article-ref.js';
import { defineCommand } from '../src/bot/command.js';
import { phrasedAnswerReply } from '../src/bot/mention.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question about the article; the answer quotes the sentence it comes from',
  options: z.object({
    question: z.string().trim().min(3).max(300).describe('Your question, e.g. "who mediated the talks?"'),
    article: articleOption,
  }),
  async handler({ question, article: ref }, ctx) {
    const articleId = ref ? (await resolveArticle(ref, ctx)).id : undefined;
    return phrasedAnswerReply(question, ctx, articleId);
  },
  autocomplete: autocompleteArticle,
});

import { afterAll, beforeAll } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/**
 * One invented article parsed by the real engine and stored in memory, with `ask` answering
 * questions scoped to it as a chat mention would; `close` releases the store.
 */
export async function articleToAsk(text: string): Promise<{
  ask: (question: string) => ReturnType<typeof answerQuestion>;
  close: () => Promise<void>;
}> {
  const store = new SqliteArticleStore(':memory:');
  const { article } = await store.upsertArticle({
    raw: text,
    parsed: parseArticle({ text }),
    origin: 'test',
  });
  return {
    ask: (question) => answerQuestion(question, { store, articleId: article.id }),
    close: () => store.close(),
  };
}

/**
 * `articleToAsk` for one describe block: the article is parsed and stored before its tests and
 * its store closed after them; the returned object asks it.
 */
export function askingArticle(text: string): {
  ask: (question: string) => ReturnType<typeof answerQuestion>;
} {
  let article: Awaited<ReturnType<typeof articleToAsk>> | undefined;
  beforeAll(async () => {
    article = await articleToAsk(text);
  });
  afterAll(() => article?.close());
  return {
    ask: (question) => {
      if (!article) throw new Error('askingArticle: ask() was called outside a test of its describe block');
      return article.ask(question);
    },
  };
}

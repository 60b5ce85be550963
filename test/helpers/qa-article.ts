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

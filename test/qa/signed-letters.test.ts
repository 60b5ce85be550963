import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/** A letters page signs each letter with the writer's name, then the home town on its own line. Invented text. */

const letters = `The new toll on the Harlow causeway punishes the people who can least afford it.
Commuters from the islands have no other road to the mainland.
Ada Kell.
Port Arlen, Ore.
The council should spend the surplus on the ferry instead of another study.
Tomas Wren.
Deerbrook, N.Y.`;

describe("a letter writer's home town", () => {
  const store = new SqliteArticleStore(':memory:');
  let articleId = '';
  beforeAll(async () => {
    const { article } = await store.upsertArticle({
      raw: letters,
      parsed: parseArticle({ text: letters }),
      origin: 'eval',
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers "where is X from?" with the town on the line under the signed name', async () => {
    const r = await answerQuestion('Where is Tomas Wren from?', { store, articleId });
    expect(r.answer).toBe('Deerbrook, N.Y.');
  });
});

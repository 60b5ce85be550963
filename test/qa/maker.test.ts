import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/** "<noun> by <name>" names who made the noun, though the sentence never uses the question's verb. Invented text. */

const fares = `Ferry fares in Orrin Bay rose for the third year running.
According to a 2019 study by economists Ana Ruiz and Ivo Kell, the rise explains some of the job losses on the islands.
The harbour board said the fares would stay the same next year.`;

describe('the maker of a named thing', () => {
  const store = new SqliteArticleStore(':memory:');
  let articleId = '';
  beforeAll(async () => {
    const { article } = await store.upsertArticle({
      raw: fares,
      parsed: parseArticle({ text: fares }),
      origin: 'eval',
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers "who wrote the study?" with the names after "study by"', async () => {
    const r = await answerQuestion('Who wrote the 2019 study?', { store, articleId });
    expect(r.answer).toBe('Ana Ruiz and Ivo Kell');
  });
});

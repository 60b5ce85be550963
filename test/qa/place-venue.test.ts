import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/** "at <venue> in <town>": the venue with its town is where the event happened. Invented text. */

const launch = `Mayor Ana Ruiz said on Friday she would run for governor of Orrin.
Ruiz spoke at Harbour Hall in Vellport to announce her campaign before a crowd of dock workers.
Her rival, Ivo Kell, spoke at the same hour in a school gym across the river.`;

describe('the venue before the town', () => {
  const store = new SqliteArticleStore(':memory:');
  let articleId = '';
  beforeAll(async () => {
    const { article } = await store.upsertArticle({
      raw: launch,
      parsed: parseArticle({ text: launch }),
      origin: 'eval',
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers "where did X announce ...?" with the venue and its town', async () => {
    const r = await answerQuestion('Where did Ruiz announce her campaign?', { store, articleId });
    expect(r.answer).toBe('Harbour Hall in Vellport');
  });
});

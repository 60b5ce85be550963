import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/**
 * "Where was the fixture staged?" about an article that never says "fixture" or "staged": the lead
 * gives the story's place, as for a question naming nothing. Invented text.
 */

const text = `Harriers hold on in the rain

Kelso Harriers beat Port Ellis 24-18 at Riverside Park on Sunday to stay top of the league.

Captain Ross Dunn scored two tries before half-time.

Coach Ivy Mercer praised the forwards.`;

let store: SqliteArticleStore;
let id: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  const parsed = parseArticle({ text, published: '2024-04-08' });
  id = (await store.upsertArticle({ raw: text, parsed, origin: 'test' })).article.id;
});
afterAll(async () => await store.close());

describe('questions about the story itself', () => {
  it('"where" with words the article never uses is answered from the lead, with a place', async () => {
    const r = await answerQuestion('Where was the fixture staged?', { store, articleId: id });
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Riverside Park');
  });

  it('other types with such words still find nothing', async () => {
    const r = await answerQuestion('Who refereed the fixture?', { store, articleId: id });
    expect(r.status).toBe('not-found');
  });
});

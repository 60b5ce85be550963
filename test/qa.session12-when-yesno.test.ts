import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/** Yes/no answers where the denial is a verb in "-ing", on an invented article. */
const text = [
  'The ferry workers of Lintmouth ended their strike on Friday after eleven days.',
  'The harbour board had angered the union by refusing to publish the new safety rules.',
  'The mayor, Hanne Solberg, said the town had lost trade during the strike.',
  'The declining number of summer visitors worried shop owners on the quay.',
].join(' ');

let store: SqliteArticleStore;
let id: string;
beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  const input = { text, title: 'Ferry strike ends in Lintmouth' };
  id = (await store.upsertArticle({ raw: text, parsed: parseArticle(input), origin: 'test' })).article.id;
});
afterAll(async () => await store.close());

const ask = (q: string) => answerQuestion(q, { store, articleId: id });

describe('yesNoAnswer: denial verbs in "-ing"', () => {
  it('reads "by refusing to publish" as a "No" to "Did the board publish ...?"', async () => {
    const r = await ask('Did the harbour board publish the new safety rules?');
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('refusing to publish');
  });

  it('does not read the adjective "declining" as a denial', async () => {
    const r = await ask('Did the number of summer visitors worry shop owners on the quay?');
    expect(r.answer).toBe('Yes');
  });
});

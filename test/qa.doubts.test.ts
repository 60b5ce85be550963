import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/**
 * A phrase a type check only doubts (a common noun for "which company") may be picked, but it does
 * not show the article holds an answer: with nothing else of the asked kind in the evidence,
 * the honest reply is still "I can't find that" (src/qa/answer.ts, src/qa/pick.ts SOFT).
 */

const bypass = {
  published: '2024-05-10',
  text: `Bypass plan approved after long debate

The plan for a new bypass around Hollinbury was approved on Monday by the regional planning committee after a debate that lasted six hours.

Residents had campaigned for a bypass for more than a decade, saying lorries shook their houses.`,
};

let store: SqliteArticleStore;
let id: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  id = (await store.upsertArticle({ raw: bypass.text, parsed: parseArticle(bypass), origin: 'test' })).article
    .id;
});
afterAll(async () => await store.close());

describe('doubted candidates', () => {
  it('given only common-noun bodies in the evidence, "which company approved the bypass plan?" is not answered', async () => {
    const r = await answerQuestion('Which company approved the bypass plan?', { store, articleId: id });
    expect(r.answer).toBeNull();
  });
});

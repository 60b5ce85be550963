import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { type QaSettings, qaModel, useQaModel } from '../src/qa/model.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/**
 * The "can't find" bars: a date or number question (one kind of phrase answers it) has a coverage
 * bar of its own, so a sentence that says less of the question can still give the typed answer,
 * while other questions keep the general bar. Invented article; the shipped weights, set bars.
 */

const ARTICLE = {
  text: [
    'Harbour pier closed after inspection',
    '',
    'The harbour authority closed the northern pier on Tuesday after a routine inspection.',
    'Engineers found cracks in 14 concrete pillars under the deck.',
    'The mayor, Ruth Calder, said the council would pay for the work.',
  ].join('\n'),
  published: '2025-03-04',
};

let store: SqliteArticleStore;
let id: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  id = (await store.upsertArticle({ raw: ARTICLE.text, parsed: parseArticle(ARTICLE), origin: 'test' }))
    .article.id;
});
afterAll(async () => {
  useQaModel(null);
  await store.close();
});

/** The shipped weights with these bars (the probability and name bars opened). */
function withBars(bars: Partial<QaSettings>): void {
  useQaModel(null);
  const { weights, settings } = qaModel();
  useQaModel({
    weights,
    settings: { ...settings, minProbability: 0, minProbabilityOpen: 0, minNames: 0, ...bars },
  });
}

const ask = (q: string) => answerQuestion(q, { store, articleId: id });

describe('the coverage bar of date and number questions', () => {
  it('answers a number question from a sentence that holds only part of it, under its own bar', async () => {
    withBars({ minCoverage: 0.99, minCoverageTyped: 0.05 });
    const r = await ask('How many pillars were cracked at the northern pier after the storm?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('14');
  });

  it('keeps the general bar for the other questions and when no typed bar is set', async () => {
    withBars({ minCoverage: 0.99, minCoverageTyped: 0.05 });
    expect((await ask('Who will pay for the repairs to the northern pier after the storm?')).status).not.toBe(
      'answered',
    );
    withBars({ minCoverage: 0.99, minCoverageTyped: undefined });
    expect(
      (await ask('How many pillars were cracked at the northern pier after the storm?')).status,
    ).not.toBe('answered');
  });
});

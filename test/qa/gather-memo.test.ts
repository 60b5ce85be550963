import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { gatherOnce, memoiseGathering } from '../../src/qa/gather-memo.js';
import { dot } from '../../src/qa/learn.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';
import { prepareOutOfFold } from '../../tools/train/news-out-of-fold.js';
import type { NewsQuestion } from '../../tools/train/news-questions.js';

/** The trainer's memo of each question's candidates and scores (src/qa/gather-memo.ts). Invented text. */

const text =
  'The Dunmere harbour board named Petra Vollan its new director on Tuesday.\n' +
  'Vollan, who ran the Ostrel ferry line for nine years, starts in March.';

describe('gathering memo', () => {
  afterEach(() => memoiseGathering(false));

  it('gathers once per key while on, every time while off, and forgets when switched off', () => {
    let calls = 0;
    const gather = () => {
      calls++;
      return [];
    };
    gatherOnce(() => 'a', gather);
    gatherOnce(() => 'a', gather);
    expect(calls).toBe(2);
    memoiseGathering(true);
    gatherOnce(() => 'a', gather);
    gatherOnce(() => 'a', gather);
    gatherOnce(() => 'b', gather);
    expect(calls).toBe(4);
    memoiseGathering(false);
    memoiseGathering(true);
    gatherOnce(() => 'a', gather);
    expect(calls).toBe(5);
  });

  it('keeps a score per weights object, so other weights still give their own score', () => {
    memoiseGathering(true);
    const f = new Map([['x', 2]]);
    expect(dot(new Map([['x', 1]]), f)).toBe(2);
    expect(dot(new Map([['x', 3]]), f)).toBe(6);
  });

  it('answers a question asked again with the memo on as it does with the memo off', async () => {
    const store = new SqliteArticleStore(':memory:');
    const { article } = await store.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'eval',
    });
    const ask = () =>
      answerQuestion('Who did the harbour board name as director?', { store, articleId: article.id });
    const plain = await ask();
    memoiseGathering(true);
    const first = await ask();
    const again = await ask();
    await store.close();
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
  });

  it('stores the articles parsed by the function given, once each', async () => {
    const parsedIndexes: number[] = [];
    const news: NewsQuestion[] = [
      {
        article: 7,
        id: 'invented-7a',
        type: 'who',
        question: 'Who was named director?',
        answers: ['Petra Vollan'],
      },
      { article: 7, id: 'invented-7b', type: 'when', question: 'When does she start?', answers: ['March'] },
    ];
    const set = await prepareOutOfFold(news, new Map([[7, text]]), 5, (index, t) => {
      parsedIndexes.push(index);
      return parseArticle({ text: t });
    });
    await set.store.close();
    expect(parsedIndexes).toEqual([7]);
    expect(set.folds[2]).toHaveLength(2);
  });
});

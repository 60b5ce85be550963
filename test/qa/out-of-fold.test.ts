import { afterAll, describe, expect, it } from 'vitest';
import { qaModel, useQaModel } from '../../src/qa/model.js';
import { measureOutOfFold, prepareOutOfFold } from '../../tools/train/news-out-of-fold.js';
import type { NewsQuestion } from '../../tools/train/news-questions.js';

/** The news training questions asked end to end by fold, for choosing the bars on them. Invented text. */

const texts = new Map<number, string>([
  [3, 'The Larkfield council approved a new ferry timetable on Monday.\nMayor Ines Dovrak signed the order.'],
  [4, 'Flooding closed the Brennar bridge for two days.\nEngineers from Tolvey inspected the damage.'],
]);

const question = (article: number, type: NewsQuestion['type'], text: string, answers: string[]) => ({
  article,
  id: `invented-${article}`,
  type,
  question: text,
  answers,
});

const news: NewsQuestion[] = [
  question(3, 'who', 'Who signed the order?', ['Ines Dovrak']),
  question(4, 'unknown', 'How much will the repairs cost?', []),
];

describe('news questions out of fold', () => {
  afterAll(() => useQaModel(null));

  it('puts each question in its article fold and counts an unanswerable one right when nothing is claimed', async () => {
    const set = await prepareOutOfFold(news, texts, 5);
    expect(set.folds.map((f) => f.length)).toEqual([0, 0, 0, 1, 1]);
    const { settings, weights } = qaModel();
    const tally = await measureOutOfFold(
      set,
      settings,
      Array.from({ length: 5 }, () => weights),
    );
    await set.store.close();
    expect(tally).toEqual({ right: 2, total: 2, unknownRight: 1, unknownTotal: 1 });
  });
});

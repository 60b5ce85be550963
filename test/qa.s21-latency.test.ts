import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion, STORE_SENTENCES } from '../src/qa/answer.js';
import type { ScoredSentence } from '../src/qa/evidence.js';
import { storeSentenceLimits } from '../src/qa/store-budget.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/**
 * A store-wide question (no article in scope) reads its retrieved articles' evidence sentences
 * within one budget ranked across all of them (store-budget.ts), not each article's best sixteen.
 * Invented articles only.
 */

/** Every sentence candidates are gathered from, per call: the evidence read per question. */
const read: number[] = [];
vi.mock('../src/qa/pick.js', async (original) => {
  const real = await original<typeof import('../src/qa/pick.js')>();
  return {
    ...real,
    gatherCandidates: (...args: Parameters<typeof real.gatherCandidates>) => {
      read.push(Math.min(args[2].length, args[3]));
      return real.gatherCandidates(...args);
    },
  };
});

const scored = (coverages: number[]): ScoredSentence[] =>
  coverages.map((coverage, index) => ({ index, coverage, bm25: 0, windowCoverage: coverage }));

describe('storeSentenceLimits: one evidence budget over all retrieved articles', () => {
  it('the article whose sentences cover the question best reads most of the budget', () => {
    const strong = scored(Array.from({ length: 20 }, () => 0.9));
    const weak = scored(Array.from({ length: 20 }, () => 0.3));
    expect(storeSentenceLimits([weak, strong, weak], 12, 16, 3)).toEqual([3, 12, 3]);
  });

  it('every article reads at least the fewest and at most the one-article setting', () => {
    const even = scored(Array.from({ length: 30 }, () => 0.5));
    const limits = storeSentenceLimits([even, even], 100, 16, 3);
    expect(limits).toEqual([16, 16]);
    expect(storeSentenceLimits([even, scored([])], 10, 16, 3)).toEqual([10, 3]);
  });

  it('an infinite budget reads each article as a one-article question does', () => {
    const some = scored([0.9, 0.8, 0.1]);
    expect(storeSentenceLimits([some, some], Number.POSITIVE_INFINITY, 16, 3)).toEqual([16, 16]);
  });
});

const towns = ['Vellport', 'Arnby', 'Tolham', 'Brisk', 'Osterby'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A long invented report on the harbour ferry: every sentence names the ferry and its fares. */
function ferryArticle(town: string, n: number, answer: boolean): string {
  const lines = [`${town} ferry fares debated again.`];
  lines.push(
    answer
      ? `The ferry board of ${town} voted on Tuesday to cut ferry fares by 20 percent.`
      : `The ferry board of ${town} may yet cut ferry fares, its chair said.`,
  );
  for (let i = 0; i < 22; i++)
    lines.push(
      `Member ${i + 1} of the ${town} ferry board spoke about the fares for ${n + i} minutes on ${days[i % 5]}.`,
    );
  return lines.join(' ');
}

let store: SqliteArticleStore;
beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  for (const [n, town] of towns.entries()) {
    const text = ferryArticle(town, n, n === 2);
    await store.upsertArticle({
      raw: text,
      parsed: parseArticle({ text, published: `2026-11-0${n + 1}` }),
      origin: 'test',
    });
  }
});
afterAll(async () => await store.close());

async function readFor(question: string, storeSentences?: number) {
  read.length = 0;
  const reply = await answerQuestion(question, {
    store,
    ...(storeSentences === undefined ? {} : { storeSentences }),
  });
  return { reply, sentences: read.reduce((a, b) => a + b, 0), articles: read.length };
}

describe('a store-wide question reads fewer evidence sentences and still answers', () => {
  const question = 'By how much did the ferry board cut ferry fares?';

  it('without the budget each of the five articles reads its best sixteen', async () => {
    const { sentences, articles } = await readFor(question, Number.POSITIVE_INFINITY);
    expect(articles).toBe(5);
    expect(sentences).toBe(80);
  });

  it('with the budget the five articles read at most the budget plus the fewest each', async () => {
    const { reply, sentences } = await readFor(question);
    expect(sentences).toBeLessThanOrEqual(STORE_SENTENCES + 3 * 5);
    expect(sentences).toBeLessThan(80);
    expect(reply.status).toBe('answered');
    expect(reply.answer).toMatch(/20 percent/);
    expect(reply.evidence).toContain('cut ferry fares by 20 percent');
  });
});

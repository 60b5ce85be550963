import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { amountStart } from '../src/qa/number-extent.js';
import { tagSentence } from '../src/qa/tags.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/** Where "how many / how much" answers start and end, on an invented article. */
const text = [
  'The canal trust of Brellin wants to plant a million new trees along the towpath.',
  'Its director, Oskar Venn, said the work would cost a billion euros over ten years.',
  'The trust has looked after the canal for nearly 40 years.',
  'Boat owners paid between $300 and $450 a season for a mooring last year.',
  'In a vote last month, members backed the plan 61 to 39 percent.',
  'A new lock gate would cost between $2.5 million and $3.75 million, the trust said.',
  'The council has set aside $ 80 million for the bridges.',
].join(' ');

let store: SqliteArticleStore;
let id: string;
beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  const input = { text, title: 'Canal trust plans towpath forest' };
  id = (await store.upsertArticle({ raw: text, parsed: parseArticle(input), origin: 'test' })).article.id;
});
afterAll(async () => await store.close());

const ask = (q: string) => answerQuestion(q, { store, articleId: id });

describe('amountStart: the "a" of a scale word', () => {
  it('starts "a million trees" at the "a"', () => {
    const sentence = 'They planted a million trees.';
    const tokens = tagSentence(sentence);
    const at = tokens.findIndex((t) => t.text === 'million');
    expect(sentence.slice(amountStart(tokens, at))).toBe('a million trees.');
  });

  it('leaves "a" before a plain number alone', () => {
    const sentence = 'They planted a 40 trees.';
    const tokens = tagSentence(sentence);
    const at = tokens.findIndex((t) => t.text === '40');
    expect(amountStart(tokens, at)).toBe(tokens[at]!.start);
  });

  it('answers "how many" with "a million", not "million"', async () => {
    const r = await ask('How many trees does the canal trust want to plant?');
    expect(r.answer).toMatch(/^a million/);
  });

  it('answers "how much" with "a billion euros"', async () => {
    const r = await ask('How much would the work cost?');
    expect(r.answer).toMatch(/^a billion euros/);
  });
});

describe('withBound: an amount told with its bound or its range', () => {
  it('keeps "nearly" with a span of time', async () => {
    const r = await ask('For how long has the trust looked after the canal?');
    expect(r.answer).toBe('nearly 40 years');
  });

  it('gives a range whole, not its first amount', async () => {
    const r = await ask('How much did boat owners pay for a mooring?');
    expect(r.answer).toMatch(/^between \$300 and \$450/);
  });

  it('gives a vote score whole', async () => {
    const r = await ask('By how much did members back the plan?');
    expect(r.answer).toBe('61 to 39 percent');
  });
});

describe('candidates: ranges with scale words, spaced currency signs', () => {
  it('gives a range of millions whole', async () => {
    const r = await ask('How much would a new lock gate cost?');
    expect(r.answer).toMatch(/^between \$2\.5 million and \$3\.75 million/);
  });

  it('keeps a currency sign written apart from its amount', async () => {
    const r = await ask('How much has the council set aside for the bridges?');
    expect(r.answer).toMatch(/^\$ 80 million/);
  });

  it('starts an amount at a currency sign set apart by a space', () => {
    const sentence = 'It cost $ 80 million.';
    const tokens = tagSentence(sentence);
    const at = tokens.findIndex((t) => t.text === '80');
    expect(sentence.slice(amountStart(tokens, at))).toBe('$ 80 million.');
  });
});

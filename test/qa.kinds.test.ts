import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { borderTalks } from './fixtures/qa-articles.js';

/**
 * Each kind of question issue 12 names, end to end on an invented article parsed by the real
 * engine and answered with the shipped scorer: the phrase that answers, with its sentence.
 */

let store: SqliteArticleStore;
let id: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  id = await (
    await store.upsertArticle({ raw: borderTalks.text, parsed: parseArticle(borderTalks), origin: 'test' })
  ).article.id;
});
afterAll(async () => await store.close());

const ask = (q: string) => answerQuestion(q, { store, articleId: id });

describe('phrases, not sentences', () => {
  it('yes/no: "Did Iran confirm the talks?" is "Yes", with the sentence that says so', async () => {
    const r = await ask('Did Iran confirm the talks?');
    expect(r).toMatchObject({ type: 'yesno', status: 'answered', answer: 'Yes' });
    expect(r.evidence).toBe('Iran confirmed the talks in a statement on Monday.');
  });

  it('yes/no: a negation in the evidence makes it "No"', async () => {
    const r = await ask('Did Oman confirm the date of the next round?');
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('Oman did not confirm');
  });

  it('several people: "who represented the United States?" gives both, joined as written', async () => {
    expect((await ask('Who represented the United States?')).answer).toBe('Clara Whitfield and Daniel Osei');
  });

  it('a role: "Who is Clara Whitfield?" gives her role as the article states it', async () => {
    expect((await ask('Who is Clara Whitfield?')).answer).toContain('deputy secretary for regional affairs');
  });

  it('a number with what it counts', async () => {
    expect((await ask('How many flights did Gulfwing Airways cancel?')).answer).toBe('14 flights');
  });

  it('a place', async () => {
    expect((await ask('Where did the envoys meet?')).answer).toBe('Muscat');
  });

  it('a reason: the cause clause, not the sentence', async () => {
    const r = await ask('Why were flights between the capitals suspended?');
    expect(r.answer).toBe('because of a fuel shortage');
    expect(r.evidence).toContain('suspended last month because of a fuel shortage');
  });
});

describe('honest answers', () => {
  it('a question the article does not answer gets no phrase, and the closest sentence as evidence', async () => {
    const r = await ask('Who paid for the hotel rooms of the delegations?');
    expect(r.status).not.toBe('answered');
    expect(r.answer === null || r.status === 'unknown').toBe(true);
  });
});

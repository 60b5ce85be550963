import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { parseQuestion } from '../../src/qa/question.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/** Yes/no questions: read as such with a clause inside, denied by "none", and never "Yes" on a name alone. Invented text. */

const count = `Election officials in Marlow finished the recount on Friday.
None of the ballots was counted twice after the polls closed, the county clerk said.
Odile Ferrant, a 31-year-old nurse from Brackwell, said before the rally that she had come to hear about hospital funding.
Turnout in the district was the highest in a decade.`;

describe('yes/no questions', () => {
  const store = new SqliteArticleStore(':memory:');
  let articleId = '';
  beforeAll(async () => {
    const { article } = await store.upsertArticle({
      raw: count,
      parsed: parseArticle({ text: count }),
      origin: 'eval',
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('reads an auxiliary-first question with a "when" clause inside as yes/no', () => {
    expect(parseQuestion('Were any of the ballots counted twice when the polls closed?').type).toBe('yesno');
    expect(parseQuestion('Has Odile Ferrant decided who to back?').type).toBe('yesno');
  });

  it('answers "No" when the evidence says "none" did it', async () => {
    const r = await answerQuestion('Were any of the ballots counted twice when the polls closed?', {
      store,
      articleId,
    });
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('None of the ballots');
  });

  it('says it cannot find the answer when the best sentence only names the person asked about', async () => {
    const r = await answerQuestion('Has Odile Ferrant decided who to back?', { store, articleId });
    expect(r.status).toBe('not-found');
    expect(r.answer).toBeNull();
  });
});

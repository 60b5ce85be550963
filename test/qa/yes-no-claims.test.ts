import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';
import { parseQuestion } from '../../src/qa/question.js';

/** Yes/no questions: read as such with a clause inside, denied by "none", and never "Yes" on a name alone. Invented text. */

const count = `Election officials in Marlow finished the recount on Friday.
None of the ballots was counted twice after the polls closed, the county clerk said.
Odile Ferrant, a 31-year-old nurse from Brackwell, said before the rally that she had come to hear about hospital funding.
Turnout in the district was the highest in a decade.`;

describe('yes/no questions', () => {
  const article = askingArticle(count);

  it('reads an auxiliary-first question with a "when" clause inside as yes/no', () => {
    expect(parseQuestion('Were any of the ballots counted twice when the polls closed?').type).toBe('yesno');
    expect(parseQuestion('Has Odile Ferrant decided who to back?').type).toBe('yesno');
  });

  it('answers "No" when the evidence says "none" did it', async () => {
    const r = await article.ask('Were any of the ballots counted twice when the polls closed?');
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('None of the ballots');
  });

  it('says it cannot find the answer when the best sentence only names the person asked about', async () => {
    const r = await article.ask('Has Odile Ferrant decided who to back?');
    expect(r.status).toBe('not-found');
    expect(r.answer).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { needsAskedVerb } from '../src/qa/verb-check.js';
import { askingArticle } from './helpers/qa-article.js';

/**
 * Session 19, QA the verb check: a person needs a sentence holding the question's verb, a body
 * does not, since news names what an organisation did by the thing it made or held ("a <Paper>
 * story", "a forum at <Institute>"). Invented text.
 */

describe('needsAskedVerb', () => {
  it('holds for person questions only', () => {
    expect(needsAskedVerb('person')).toBe(true);
    expect(needsAskedVerb('organisation')).toBe(false);
  });
});

describe('a body named by the thing it made, without the question’s verb', () => {
  const article = askingArticle(`Mayor Ivo Brandt defended the city budget on Tuesday.
Brandt again disputed a Harbour Ledger story about what the new stadium would cost.
He said the figures in the story were out of date.
The council votes on the budget next week.`);

  it('answers which newspaper ran the story', async () => {
    const r = await article.ask('Which newspaper ran the story about the cost of the stadium?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Harbour Ledger');
  });
});

describe('a body named as the place of the thing it held', () => {
  const article = askingArticle(`Mayor Ivo Brandt defended the city budget on Tuesday.
Brandt spoke at a forum on city finances at the Marlow Civic Institute.
He said the figures were out of date.
The council votes on the budget next week.`);

  it('answers which organization hosted the forum', async () => {
    const r = await article.ask('Which organization hosted the forum on city finances?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Marlow Civic Institute');
  });
});

describe('a person still needs the question’s verb', () => {
  const article = askingArticle(`The Vellmont Rovers opened their new stadium on Saturday.
Club chairman Ivo Brandt thanked supporters at the ceremony.
Fans packed the stands for the first match.`);

  it('does not give a person named beside the stadium as its builder', async () => {
    const r = await article.ask('Who built the stadium?');
    expect(r.answer ?? '').not.toContain('Ivo Brandt');
  });
});

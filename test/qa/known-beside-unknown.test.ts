import { describe, expect, it } from 'vitest';
import { typedAnswerBesideDoubt } from '../../src/qa/known-beside-unknown.js';
import { namesOpenKind } from '../../src/qa/unknown.js';
import { askingArticle } from '../helpers/qa-article.js';

describe('namesOpenKind', () => {
  it('a doubt that says when is open names the date as what is open', () => {
    expect(namesOpenKind('The council did not say when the pool would reopen.', 'date')).toBe(true);
  });

  it('a doubt about whether, or with no wh-word, names no date or figure', () => {
    expect(
      namesOpenKind('The pool reopens in May, though it is unclear whether it will stay open.', 'date'),
    ).toBe(false);
    expect(namesOpenKind('The mill cut 300 jobs, something shoppers would not know.', 'number')).toBe(false);
  });
});

describe('typedAnswerBesideDoubt', () => {
  const doubt = 'The pool reopens in May, though it is unclear whether it will stay open.';

  it('a date from the doubting sentence stands when the doubt is about something else', () => {
    expect(typedAnswerBesideDoubt('date', { index: 2, answered: true }, { index: 2 }, doubt)).toBe(true);
  });

  it('not when the doubt names the date as open, the answer is elsewhere, or the type is open-ended', () => {
    const whenOpen = 'The pool closed in May and the council did not say when it would reopen.';
    expect(typedAnswerBesideDoubt('date', { index: 2, answered: true }, { index: 2 }, whenOpen)).toBe(false);
    expect(typedAnswerBesideDoubt('date', { index: 3, answered: true }, { index: 2 }, doubt)).toBe(false);
    expect(typedAnswerBesideDoubt('date', { index: 2, answered: false }, { index: 2 }, doubt)).toBe(false);
    expect(typedAnswerBesideDoubt('person', { index: 2, answered: true }, { index: 2 }, doubt)).toBe(false);
  });
});

const story = `The Vellby mill closed its doors this week after ninety years.
Owners said the mill cut 300 jobs in March, something shoppers in the valley would not know.
The council did not say when the mill site would be sold.`;

describe('a figure beside a doubt about something else', () => {
  const article = askingArticle(story);

  it('answers the figure the doubting sentence gives', async () => {
    const r = await article.ask('How many jobs did the mill cut?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('300');
  });

  it('keeps "not known" when the doubt names the date as open', async () => {
    const r = await article.ask('When will the mill site be sold?');
    expect(r.answer === null || r.status === 'unknown').toBe(true);
  });
});

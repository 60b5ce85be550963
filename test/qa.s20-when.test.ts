import { describe, expect, it } from 'vitest';
import { asksForDate } from '../src/qa/date-ask.js';
import { classifyQuestion } from '../src/qa/question.js';
import { askingArticle } from './helpers/qa-article.js';

// Session 20, QA "when": invented articles and names only.

describe('questions that ask for a date in other forms than "when did ...?" (date-ask.ts)', () => {
  it('reads "by when" / "when would", a day of the week, and a copular deadline as date questions', () => {
    for (const q of [
      'By when would the Tarnby toll reach $5?',
      'Until when could voters in Vellport register?',
      'On which night of the week does the Orla choir rehearse?',
      "What is Brelmont's tender deadline?",
      'What was the date of the harbour vote?',
    ]) {
      expect(asksForDate(q)).toBe(true);
      expect(classifyQuestion(q)).toBe('date');
    }
  });

  it('leaves an event\'s own nights, and other "what is" questions, as they were', () => {
    for (const q of [
      'On which night of the festival will Corla Vantreese sing?',
      'What is the deadline dispute about?',
      'What did Ames Corvin say when the vote was lost?',
    ]) {
      expect(asksForDate(q)).toBe(false);
    }
  });

  const story = `The Brelmont council opened bids for the new ferry terminal on Monday.
Firms must send their plans ahead of the Nov. 14 deadline, the council said.
Under the plan, the Tarnby toll would rise to $5 by 2027, a rise of a dollar a year.
The harbour choir, which sings at the terminal each summer, rehearses on Thursday nights.`;
  const article = askingArticle(story);

  it('answers a copular deadline question with the date set before "deadline"', async () => {
    const r = await article.ask("What is Brelmont's bid deadline?");
    expect(r.answer).toContain('Nov. 14');
  });

  it('answers "by when would" with the year, not another phrase', async () => {
    const r = await article.ask('By when would the Tarnby toll reach $5?');
    expect(r.answer).toContain('2027');
  });

  it('answers "which night of the week" with the weekday', async () => {
    const r = await article.ask('On which night of the week does the harbour choir rehearse?');
    expect(r.answer).toContain('Thursday');
  });
});

import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

// Invented text: the person is named in full once, then by the surname alone, as news writing does.
const story = `Harbour clerk Mara Lindqvist was questioned by port police last spring after ledgers from the ferry office went missing.
Lindqvist was not charged, and the ledgers turned up in a storeroom in June.
The port authority said it would review how its records are kept.`;

describe('a yes/no claim settled by a sentence that names the person by surname only', () => {
  const article = askingArticle(story);

  it('answers from the surname sentence, with its denial', async () => {
    const r = await article.ask('Was Mara Lindqvist charged?');
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('Lindqvist was not charged');
  });

  it('a claim no sentence speaks to stays unanswered', async () => {
    const r = await article.ask('Was Mara Lindqvist promoted?');
    expect(r.status).not.toBe('answered');
  });
});

// Invented text: two people share the surname, so "Lindqvist" alone stands for neither.
const twoOfAName = `Harbour clerk Mara Lindqvist was questioned by port police last spring after ledgers from the ferry office went missing.
Her brother Tor Lindqvist, a deckhand, was questioned the same week.
Lindqvist was not charged, and the ledgers turned up in a storeroom in June.`;

describe('a surname two people of the article share', () => {
  const article = askingArticle(twoOfAName);

  it('is not read as either of them', async () => {
    const r = await article.ask('Was Tor Lindqvist charged?');
    expect(r.status).not.toBe('answered');
  });
});

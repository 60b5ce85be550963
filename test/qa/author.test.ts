import { describe, expect, it } from 'vitest';
import { asksAuthor } from '../../src/qa/author.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who wrote this article?" is answered from the credit line at the article's end. Invented text. */

const webStory = `The harbour board of Vellport voted on Tuesday to close the old ferry pier for repairs.
Board chair Ana Ruiz said the work would take about six weeks.
Ferries will dock at the east quay until then.
Follow Tom Brandt and Ila Marsh on Twitter @tbrandt.`;

const opEd = `Our town has argued about the ferry pier for ten years, and it is time to decide.
The pier is older than most of the houses on the quay, and every winter it loses more planks.
Repairs will cost less than a new pier and keep the ferries running.
Petra Lund is a retired harbour pilot and a member of the Vellport civic society.`;

const newsWithSubjectLast = `Harbour chair Ana Ruiz proposed a new ferry timetable on Tuesday.
The board will vote on the plan next month.
Ana Ruiz is expected to present the costs at that meeting.`;

describe('who wrote the article', () => {
  const web = askingArticle(webStory);
  const op = askingArticle(opEd);
  const news = askingArticle(newsWithSubjectLast);

  it('answers with the names of a closing "Follow ... on Twitter" line', async () => {
    const r = await web.ask('Who wrote the article?');
    expect(r.answer).toBe('Tom Brandt and Ila Marsh');
    expect(r.evidence).toContain('Follow Tom Brandt');
  });

  it("answers with the name of an op-ed's closing tagline", async () => {
    const r = await op.ask('Who wrote this article?');
    expect(r.answer).toBe('Petra Lund');
  });

  it('never takes a person the story has been about for its writer', async () => {
    const r = await news.ask('Who wrote this article?');
    expect(r.answer ?? '').not.toContain('Ruiz');
  });
});

describe('asksAuthor', () => {
  it('is true for the piece itself', () => {
    expect(asksAuthor('Who wrote the article?')).toBe(true);
    expect(asksAuthor('Who wrote this column?')).toBe(true);
    expect(asksAuthor('Who is the author of this op-ed?')).toBe(true);
    expect(asksAuthor("Who is the article's author?")).toBe(true);
  });

  it('is false for a titled work or another question', () => {
    expect(asksAuthor('Who wrote the column "Piers and planks"?')).toBe(false);
    expect(asksAuthor('Who wrote the harbour report in 2019?')).toBe(false);
    expect(asksAuthor('Who wrote to the board?')).toBe(false);
  });
});

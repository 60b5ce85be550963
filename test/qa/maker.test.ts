import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** "<noun> by <name>" names who made the noun, though the sentence never uses the question's verb. Invented text. */

const fares = `Ferry fares in Orrin Bay rose for the third year running.
According to a 2019 study by economists Ana Ruiz and Ivo Kell, the rise explains some of the job losses on the islands.
The harbour board said the fares would stay the same next year.`;

describe('the maker of a named thing', () => {
  const article = askingArticle(fares);

  it('answers "who wrote the study?" with the names after "study by"', async () => {
    const r = await article.ask('Who wrote the 2019 study?');
    expect(r.answer).toBe('Ana Ruiz and Ivo Kell');
  });
});

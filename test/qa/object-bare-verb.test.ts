import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** A bare verb after "and" that the word list reads as a noun still takes its object. Invented text. */

const debate = `Mayor Ana Ruiz and councillor Ivo Kell met in a televised debate on Tuesday.
That prompted Ruiz to make a joke about sailing and call Ivo Kell “very slippery,” a nod to his changed votes on ferry fares and dock fees.
Kell said the fares would stay the same next year.`;

describe('a bare verb read as a noun', () => {
  const article = askingArticle(debate);

  it('answers "what did X call Y?" with the quoted label after "and call Y"', async () => {
    const r = await article.ask('What did Ruiz call Kell?');
    expect(r.answer).toBe('very slippery');
  });
});

import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** The count of the clause the question asks about. Invented article. */

describe('a sentence with two counts in two clauses', () => {
  const article = askingArticle(
    'A ferry capsized off Vellport on Sunday. Four passengers were killed and more than 30 were injured, the harbour police said. ' +
      'Rescue boats reached the ferry within an hour.',
  );

  it('answers the count of the clause holding the asked verb', async () => {
    const reply = await article.ask('How many passengers were injured when the ferry capsized?');
    expect(reply.answer).toContain('30');
  });

  it('keeps the count whose own clause holds the asked verb', async () => {
    const reply = await article.ask('How many passengers were killed when the ferry capsized?');
    expect(reply.answer).toContain('Four');
  });
});

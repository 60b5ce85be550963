import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** A title-case teaser headline gives way to a body sentence that settles the claim. Invented text. */

const column = `What Pella Ostrand Said About Backing The Quay Plan Will Surprise Everyone.

Councillor Pella Ostrand said on Monday she would never back the quay plan.`;

describe('a teaser headline settles nothing', () => {
  const article = askingArticle(column);

  it('answers from the body sentence', async () => {
    const reply = await article.ask('Did Pella Ostrand back the quay plan?');
    expect(reply.answer).toBe('No');
  });
});

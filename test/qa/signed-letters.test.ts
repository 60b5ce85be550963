import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** A letters page signs each letter with the writer's name, then the home town on its own line. Invented text. */

const letters = `The new toll on the Harlow causeway punishes the people who can least afford it.
Commuters from the islands have no other road to the mainland.
Ada Kell.
Port Arlen, Ore.
The council should spend the surplus on the ferry instead of another study.
Tomas Wren.
Deerbrook, N.Y.`;

describe("a letter writer's home town", () => {
  const article = askingArticle(letters);

  it('answers "where is X from?" with the town on the line under the signed name', async () => {
    const r = await article.ask('Where is Tomas Wren from?');
    expect(r.answer).toBe('Deerbrook, N.Y.');
  });
});

import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** The quoted broadcast title after "on <Channel>'s" by the asked person's name. Invented article. */

describe('"on which program did X speak?"', () => {
  const article = askingArticle(
    'The harbour board voted on Tuesday to close the old ferry pier. ' +
      '“We cannot keep patching it,” Mara Ruiz said on Tide Radio’s “Harbour Hour,” adding that repairs had cost too much. ' +
      'Health officials said the board also funds school meal programs across the district.',
  );

  it('answers the quoted title after the channel', async () => {
    const reply = await article.ask('On which program did Ruiz speak?');
    expect(reply.answer).toBe('Harbour Hour');
  });

  it('leaves a program of another field to the other readers', async () => {
    const reply = await article.ask('Which school programs does the board fund?');
    expect(reply.answer ?? '').not.toContain('Harbour Hour');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutAnonymousSource } from '../../src/qa/yesno-source.js';
import { askingArticle } from '../helpers/qa-article.js';

/** The negation that explains an unnamed source does not deny the claim. Invented text. */

const inquiry = `The Brantholm port authority is reviewing the Osterby dredging contract, according to two Brantholm clerks, not authorized to comment on dredging.`;

describe('an unnamed source does not turn "Yes" into "No"', () => {
  const article = askingArticle(inquiry);

  it('answers "Yes" despite "not authorized to comment"', async () => {
    expect(
      (await article.ask('Is the Brantholm port authority reviewing the Osterby dredging contract?')).answer,
    ).toBe('Yes');
  });
});

describe('withoutAnonymousSource', () => {
  it('drops only the phrases about the source', () => {
    expect(withoutAnonymousSource('It shut, said an aide who declined to be named.')).not.toMatch(/declined/);
    expect(withoutAnonymousSource('The mill did not shut.')).toBe('The mill did not shut.');
  });
});

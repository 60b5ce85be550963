import { describe, expect, it } from 'vitest';
import { isBareName } from '../../src/qa/identity-guard.js';
import { askingArticle } from '../helpers/qa-article.js';

describe('isBareName', () => {
  it('given a body, a place or another name, it is a bare name', () => {
    expect(isBareName('Kell University')).toBe(true);
    expect(isBareName('Centre for Harbour Studies')).toBe(true);
    expect(isBareName('Norland')).toBe(true);
  });

  it('given a description with lowercase words, it is no bare name', () => {
    expect(isBareName('a longtime harbour pilot')).toBe(false);
    expect(isBareName('Norland’s best-known ferry captain')).toBe(false);
    expect(isBareName('')).toBe(false);
  });
});

const story = `Protesters gathered outside Kell University on Monday.
Ivo Tarnberg has been held in Norland and Vesta since March, and should be released, the group says.
The university declined to comment.`;

describe('"who is X?" with no role in the article', () => {
  const article = askingArticle(story);

  it('does not answer with a place or a body from the sentence naming X', async () => {
    const r = await article.ask('Who is Ivo Tarnberg?');
    expect(r.answer === null || !isBareName(r.answer)).toBe(true);
  });
});

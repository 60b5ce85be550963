import { describe, expect, it } from 'vitest';
import { lemma } from '../../src/qa/lexicon.js';
import { askingArticle } from '../helpers/qa-article.js';

/**
 * The irregular-verb table is a plain object: a word that names one of Object.prototype's members
 * ("constructor", "toString") must read as itself, not as the member. Invented text.
 */

describe('lemma of words that name an object member', () => {
  it('keeps "constructor" and "toString" as words', () => {
    expect(lemma('constructor')).toBe('constructor');
    expect(lemma('Constructor')).toBe('constructor');
    expect(lemma('toString')).toBe('tostr');
    expect(lemma('reconstructor')).toBe('reconstructor');
  });

  it('still folds irregular verbs, with and without a prefix', () => {
    expect(lemma('held')).toBe('hold');
    expect(lemma('withheld')).toBe('withhold');
  });
});

describe('an article mentioning a constructor can be asked about', () => {
  const article = askingArticle(
    'The shipyard hired Pella Marine as its constructor in 2021. Pella Marine delivered the ferry in May.',
  );

  it('answers instead of failing on the word', async () => {
    const r = await article.ask('Which company did the shipyard hire as its constructor?');
    expect(r.status).not.toBe('not-found');
    expect(r.answer).toContain('Pella Marine');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutTrailingArticle } from '../src/engine/quotes/names.js';

const PATTERN = /\b(?:the|a|an)\s+$/i;

describe('withoutTrailingArticle', () => {
  it('drops an article closing the text before a name', () => {
    expect(withoutTrailingArticle('On Monday, the ')).toBe('On Monday, ');
    expect(withoutTrailingArticle('Speaking to reporters, An\u00a0')).toBe('Speaking to reporters, ');
    expect(withoutTrailingArticle('It was a  ')).toBe('It was ');
  });

  it('keeps a word that only ends like an article, and text without trailing space', () => {
    expect(withoutTrailingArticle('She had to bathe ')).toBe('She had to bathe ');
    expect(withoutTrailingArticle('in Siena ')).toBe('in Siena ');
    expect(withoutTrailingArticle('said the')).toBe('said the');
    expect(withoutTrailingArticle('x_the ')).toBe('x_the ');
  });

  it('agrees with the pattern it replaces on invented leads', () => {
    const leads = [
      '',
      ' ',
      'the ',
      'The\t',
      '"A ',
      '(an ',
      'Meanwhile, THE ',
      'a wide-ranging interview with the ',
      'éthe ',
      'café a ',
      '2the ',
      'the  \n',
      'banana ',
      'Ann ',
      'on the',
    ];
    for (const lead of leads) expect(withoutTrailingArticle(lead), lead).toBe(lead.replace(PATTERN, ''));
  });
});

import { describe, expect, it } from 'vitest';
import { countLetteredWords, countWords } from '../src/engine/text/tokens.js';

describe('countWords', () => {
  it('given words separated by runs of mixed whitespace, counts each word once like split(/\\s+/)', () => {
    const text = '  The ferry\tsails\u00a0at\u2009noon \n\n from Portsmouth. ';
    expect(countWords(text)).toBe(7);
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });

  it('given only whitespace or nothing, counts no words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \u3000\ufeff\n')).toBe(0);
  });

  it('given punctuation and quotes glued to words, counts them as part of the word', () => {
    expect(countWords('“Yes,” she said — twice.')).toBe(5);
  });

  it('given a limit, counts exactly up to it and reports any longer text as limit + 1', () => {
    const text = 'one two three four five six';
    expect(countWords(text, 6)).toBe(6);
    expect(countWords(text, 10)).toBe(6);
    expect(countWords(text, 3)).toBe(4);
    expect(countWords(`  ${text}`, 0)).toBe(1);
  });
});

describe('countLetteredWords', () => {
  it('given dashes and quote marks standing alone between spaces, counts only the words with a letter or digit', () => {
    expect(countLetteredWords('“We will — and must — rebuild by 2030,” she said ‘ ’')).toBe(9);
  });

  it('given letters outside ASCII, in other scripts and beyond the basic plane, counts those words too', () => {
    expect(countLetteredWords('Zoë met 東京 officials \u{1d400}\u{1d401} … ٣')).toBe(6);
  });

  it('given runs of unusual whitespace, reads words as split(/\\s+/) does', () => {
    const text = '\u3000 “Ready” \u00a0—\u2009 set\ufeffgo ! 12 ';
    expect(countLetteredWords(text)).toBe(text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    expect(countLetteredWords(text)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { lowerCase } from '../src/engine/lexicon/lower-case.js';

describe('lowerCase', () => {
  it('returns the word itself when it holds no capital and no character outside ASCII', () => {
    // Sliced from a text with a curly quote, so stored two bytes a character, as article words are.
    const text = '“the council’s mayor said';
    const word = text.slice(1, 4);
    expect(lowerCase(word)).toBe('the');
  });

  it('lower-cases like toLowerCase for capitals and letters outside ASCII', () => {
    for (const w of [
      'Westport',
      'MAYOR',
      'Zürich',
      'ÉCOLE',
      'İstanbul',
      'O’Hara',
      'ΑΘΗΝΑ',
      'x-Ray',
      '',
      '15-Time',
    ])
      expect(lowerCase(w), w).toBe(w.toLowerCase());
  });
});

describe('lowerCase past its cache of lowered words', () => {
  it('answers like toLowerCase for more distinct words than the cache keeps, and again after it starts over', async () => {
    const { LOWERED_CACHE_LIMIT } = await import('../src/engine/lexicon/lower-case.js');
    // Invented capitalised words, sliced from a two-byte text as article words are.
    const text = `“${Array.from({ length: LOWERED_CACHE_LIMIT + 50 }, (_, i) => `Varn${i}Ö`).join(' ')}`;
    const words = text.slice(1).split(' ');
    for (const pass of [1, 2])
      for (const w of [...words.slice(0, 60), ...words.slice(-60), 'Zürich', 'İstanbul', 'Harbour'])
        expect(lowerCase(w), `${w} pass ${pass}`).toBe(w.toLowerCase());
    for (const w of words) expect(lowerCase(w)).toBe(w.toLowerCase());
    expect(lowerCase(words[0]!)).toBe(words[0]!.toLowerCase());
  });
});

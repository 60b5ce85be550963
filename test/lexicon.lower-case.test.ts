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

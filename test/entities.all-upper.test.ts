import { describe, expect, it } from 'vitest';
import { isAllUpper } from '../src/engine/entities/names.js';

/** The definition the char-code reading must keep. */
const byCaseMapping = (w: string) => w !== w.toLowerCase() && w === w.toUpperCase();

describe('isAllUpper', () => {
  it('answers as the case mappings do, for ASCII and past it, in one-byte and two-byte strings', () => {
    const words = [
      'NATO',
      'U.S.',
      'Nato',
      'nato',
      'B2B',
      '2024',
      '',
      '-',
      'ÅLAND',
      'Åland',
      'ÅLANd',
      'ÉCOLE-9',
      'ßTRASSE',
      'İZMIR',
      'x',
      'X',
    ];
    // Sliced from a text holding a curly quote, so stored two bytes a character, as article words are.
    const text = `“${words.join(' ')}`;
    const twoByte = text.slice(1).split(' ');
    for (const w of [...words, ...twoByte]) expect(isAllUpper(w), w).toBe(byCaseMapping(w));
    expect(isAllUpper('HARBOUR')).toBe(true);
    expect(isAllUpper('Harbour')).toBe(false);
  });
});

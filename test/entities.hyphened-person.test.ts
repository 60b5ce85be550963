import { describe, expect, it } from 'vitest';
import { isHyphenedPersonPhrase } from '../src/engine/entities/role-nouns.js';

describe('isHyphenedPersonPhrase', () => {
  it('takes a person noun joined by of/to/in/at to more words, in any case', () => {
    for (const w of ['commander-in-chief', 'Commander-In-Chief', 'COMMANDER-IN-CHIEF', 'son-in-law'])
      expect(isHyphenedPersonPhrase(w), w).toBe(true);
  });

  it('refuses words with fewer than two hyphens, other links, counts and repeated words', () => {
    for (const w of [
      'commander',
      'well-known',
      'commander-chief',
      'commander-and-chief',
      'one-of-two',
      'neighbor-to-neighbor',
      '',
      '-',
      '--',
    ])
      expect(isHyphenedPersonPhrase(w), w).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import { maskCredits } from '../src/engine/entities/credits.js';
import { parseArticle } from '../src/engine/pipeline.js';

// Invented text: names, towns and outlets are made up.
const left = (s: string) => maskCredits(s).split(/\s+/).filter(Boolean).join(' ');

describe('a picture credit naming its photographer before "via" (credits.ts)', () => {
  it('blanks the name before "via" and a picture agency', () => {
    // "Getty Images" itself is blanked by the agency rule of its own.
    expect(left('Lena Hartwell via Getty Images.')).toBe('via .');
    expect(left('OMAR B. FELDT via AFP')).toBe('via AFP');
    expect(left('The Tarvik Herald via Reuters')).toBe('via Reuters');
  });

  it('blanks the name of the caption piece the cleaner leaves once the agency is split off', () => {
    expect(left('Lena Hartwell via')).toBe('via');
  });

  it('keeps prose that says "via"', () => {
    const s = 'Ada Vell sent the letter via Tom Rusk, her lawyer.';
    expect(maskCredits(s)).toBe(s);
    const t = 'Tom Rusk via AFP staff in Tarvik said the port was shut.';
    expect(maskCredits(t)).toBe(t);
  });

  it('names no photographer a person of the story', () => {
    const text = [
      '“We will keep the harbour open,” Ada Vell said on Monday.',
      'Lena Hartwell via Getty Images.',
      'Vell, the mayor of Tarvik, spoke after a storm closed the port for a week.',
    ].join('\n\n');
    expect(cleanArticle(text, 'Harbour to stay open').captions.length).toBeGreaterThan(0);
    const people = parseArticle({ text, title: 'Harbour to stay open' }).people.map((p) => p.name);
    expect(people).toEqual(['Ada Vell']);
  });
});

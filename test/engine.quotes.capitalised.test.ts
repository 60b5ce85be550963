import { describe, expect, it } from 'vitest';
import { nextCapitalisedWord } from '../src/engine/quotes/capitalised.js';

function scanAll(text: string): string[] {
  const out: string[] = [];
  for (let w = nextCapitalisedWord(text, 0); w; w = nextCapitalisedWord(text, w[1]))
    out.push(text.slice(w[0], w[1]));
  return out;
}

function byPattern(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)].map((m) => m[0]);
}

describe('capitalised word scan', () => {
  it('finds the words the pattern finds, possessives, hyphens and accents included', () => {
    const text =
      "Mayor Ana Ríos-Vélez told the O’Briens' lawyer, McDonald's staff and ÉCOLE board: “We'll see.” Then iPhone users left.";
    expect(scanAll(text)).toEqual(byPattern(text));
    expect(scanAll(text)).toContain('Ríos-Vélez');
    expect(scanAll(text)).toContain("O’Briens'");
  });

  it('reads combining marks, astral letters and digits as the pattern does', () => {
    const text = 'Zoe\u0301 met 𝐀lpha and Δelta at Gate 7B, then A1 and Ωmega.';
    expect(scanAll(text)).toEqual(byPattern(text));
  });

  it('starts from the given offset and finds nothing in lower-case text', () => {
    expect(nextCapitalisedWord('the Council met', 4)).toEqual([4, 11]);
    expect(nextCapitalisedWord('the Council met', 5)).toBeNull();
    expect(nextCapitalisedWord('the council met', 0)).toBeNull();
    expect(nextCapitalisedWord('a Bank b', 0)).toEqual([2, 6]);
  });
});

describe('capitalised word scan, punctuation', () => {
  it('reads dashes, curly quotes and non-breaking spaces around names as the pattern does', () => {
    const text = '“Oui,” said Zoë\u00a0Dupont—then O’Neill‘s aide, Łukasz, replied\u2026 Ça va.';
    expect(scanAll(text)).toEqual(byPattern(text));
  });
});

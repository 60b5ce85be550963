import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/entities/tokenize.js';

/** The token regex `tokenize` implements by hand; its matches are the expected tokens before possessives split. */
const SPEC =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’\-.]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:/-]\d+)*|['’]s\b|\S/gu;

function specTokens(text: string): string[] {
  return [...text.matchAll(SPEC)].flatMap((m) =>
    m[0].length > 2 && /['’]s$/.test(m[0]) ? [m[0].slice(0, -2), m[0].slice(-2)] : [m[0]],
  );
}

const texts = [
  'The U.S. envoy met Sinéad O’Brien and Jean-Luc Caballero-Reynolds in Washington, D.C. on 12/05/2024.',
  'Oman’s minister said the deal, worth $1,250.75 million, closes at 10:30 - or later.',
  'al-Alam’s ‘s-Hertogenbosch reporter: “It’s over,” she said—twice!',
  'José\u0301 e\u0301 Ñandú 東京 \u{1D400}bc 𐐀x _under_score 3-2 win',
  "St. Mary's and JAMES'S sons' trophies",
];

describe('tokenize', () => {
  it.each(texts)('given %s, the tokens match the token regex with possessives detached', (text) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(specTokens(text));
  });

  it('given any character between, after or inside a word, the tokens still match the token regex', () => {
    for (let c = 0; c < 0x10000; c += 7) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `${ch}s x`, `’s${ch}`, `A.${ch}.B.`, `1${ch}2`]) {
        expect(tokenize(text).map((t) => t.text)).toEqual(specTokens(text));
      }
    }
  });

  it('given a possessive name, offsets point at the name and at the detached ’s', () => {
    const tokens = tokenize('Oman’s capital');
    expect(tokens.slice(0, 2)).toEqual([
      { text: 'Oman', start: 0, end: 4 },
      { text: '’s', start: 4, end: 6 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isSpaceUnit } from '../src/engine/text/tokens.js';

describe('isSpaceUnit', () => {
  it('agrees with the regular expression class \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('splits a news sentence where trim and split(/\\s+/) would', () => {
    const text = 'The mayor,\u00a0Jo Carden,\tsaid\u2009on Monday';
    const words: string[] = [];
    let i = 0;
    while (i < text.length) {
      while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
      const start = i;
      while (i < text.length && !isSpaceUnit(text.charCodeAt(i))) i++;
      if (i > start) words.push(text.slice(start, i));
    }
    expect(words).toEqual(text.split(/\s+/));
  });
});

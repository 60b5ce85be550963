import { describe, expect, it } from 'vitest';
import { spanText } from '../src/engine/entities/classify.js';
import type { Token } from '../src/engine/entities/tokenize.js';
import { speakerLabel } from '../src/engine/quotes/marks.js';
import { isFurniture } from '../src/engine/text/boilerplate.js';

// Session 16, speed round 2: Unicode-property patterns moved to module level so tsx does not build
// them on every call. Three of them are global (`/g`) and now shared between calls; a global regex
// kept in a `lastIndex` would answer differently the second time. Sentences are invented.

const tokens = (text: string): Token[] =>
  text.split(' ').map((t, i) => ({ text: t, start: i, end: i + t.length }));

describe('module-level global patterns answer the same on every call', () => {
  it('given a transcript label in capitals, it reads the name title-cased, twice alike', () => {
    const first = speakerLabel("O'RANNOCH-VELL: We will open the ferry pier in spring.");
    const second = speakerLabel("O'RANNOCH-VELL: We will open the ferry pier in spring.");
    expect(first).toEqual({ name: "O'Rannoch-Vell", length: 16 });
    expect(second).toEqual(first);
  });

  it('given dotted initials in a span, it joins them, twice alike', () => {
    const t = tokens('Q . R . Tamberlay');
    const span = { start: 0, end: t.length };
    expect(spanText(t, span, false)).toBe('Q.R. Tamberlay');
    expect(spanText(t, span, false)).toBe('Q.R. Tamberlay');
  });
});

describe('the cheap test before the prompt-anywhere pattern (boilerplate.ts)', () => {
  it('given a prompt in any case mid-line, the line is still furniture', () => {
    expect(isFurniture('Stay with the Gazette: SIGN UP FOR OUR morning briefing')).toBe(true);
    expect(isFurniture('Photos by the harbour desk © Quillport Weekly')).toBe(true);
    expect(isFurniture('Pictures of the week, Copyright 2031 the Vale Courier')).toBe(true);
  });

  it('given a long s or a Kelvin sign the case-blind pattern folds to ASCII, it still answers', () => {
    expect(isFurniture('Before you go, \u017fign up for our coastal walks list')).toBe(true);
    expect(isFurniture('For the full gallery, clic\u212a here to see the ferry photos')).toBe(true);
  });

  it('given a body sentence near the phrases but not one, it is not furniture', () => {
    expect(isFurniture('The rowing club signed up forty new members over the winter.')).toBe(false);
  });
});

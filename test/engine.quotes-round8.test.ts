import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { describesOnlyUnnamed } from '../src/engine/quotes/anonymous.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 8, session 13). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('descriptions only an unnamed source carries', () => {
  it('given "the source said" after a passage about a named senator, the source speaks, not the senator', () => {
    const text =
      'Senator Dana Whitlock has struggled to win over her colleagues, according to two people who work with her. ' +
      'Whitlock met donors in Portland on Tuesday.\n\n' +
      '“She wants to be sure the money is there before she decides anything,” the source said.';
    expect(speakerOf(text, 'She wants to be sure')).toBe('the source');
  });

  it('given "said the second official" after a named governor, the official speaks as written', () => {
    const text =
      'Governor Ray Talbot left the budget meeting early, according to an aide who was in the room. ' +
      'Talbot later called the talks productive.\n\n' +
      '“It was a tense hour and nobody gave any ground at all,” said the second official.';
    expect(speakerOf(text, 'It was a tense hour')).toBe('the second official');
  });

  it('reads the anonymous heads and the order words, and leaves roles and "the first lady" alone', () => {
    expect(describesOnlyUnnamed('the insider', 'insider')).toBe(true);
    expect(describesOnlyUnnamed('this source', 'source')).toBe(true);
    expect(describesOnlyUnnamed('the third aide', 'aide')).toBe(true);
    expect(describesOnlyUnnamed('the first lady', 'lady')).toBe(false);
    expect(describesOnlyUnnamed('the senator', 'senator')).toBe(false);
    expect(describesOnlyUnnamed('a source', 'source')).toBe(false);
  });
});

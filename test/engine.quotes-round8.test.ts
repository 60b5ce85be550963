import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { describesOnlyUnnamed } from '../src/engine/quotes/anonymous.js';
import { quotedAsSaying } from '../src/engine/quotes/quoted-as-saying.js';

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

describe('words one outlet quoted another person as saying', () => {
  const lead =
    'Talks on the ferry contract broke down in Dunloe on Monday. The union blamed the port board.\n\n';

  it('given "the Gazette quoted X as saying" after the quote, X speaks, not the paper', () => {
    const text = `${lead}“We will not sign anything that cuts the night crossings,” the Harbour Gazette quoted Tom Reyes as saying.`;
    expect(speakerOf(text, 'We will not sign')).toBe('Tom Reyes');
  });

  it('given a name with its role between "quoted" and "as saying", the named person speaks', () => {
    const text = `${lead}“The board has had our offer since March,” Radio Dunloe quoted Ilse Brenner, the union's secretary, as saying.`;
    expect(speakerOf(text, 'The board has had')).toBe('Ilse Brenner');
  });

  it('given "quoted X as saying:" before the quote, X speaks', () => {
    const text = `${lead}Radio Dunloe on Friday quoted Ilse Brenner as saying: “The board has had our offer since March.”`;
    expect(speakerOf(text, 'The board has had')).toBe('Ilse Brenner');
  });

  it('reads no speaker from a document quoted as saying, and none from a frame without the pattern', () => {
    expect(quotedAsSaying('the agency quoted the manual as saying')).toBeNull();
    expect(quotedAsSaying('the Gazette said on Friday')).toBeNull();
    expect(quotedAsSaying('the Gazette quoted a port official as saying')?.text).toBe('a port official');
  });
});

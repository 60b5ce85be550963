import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, session 20). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const opening =
  'Senator Ray Lane held a rally in Dayton on Friday. Governor Ann Coyle did not attend.\n\n' +
  '“Nobody thinks he can win the state without the suburbs,” ';

describe('a capitalised noun adjunct inside a description after the speech verb', () => {
  it('credits "said a senior Ohio official" to the official as written, not to the state', () => {
    expect(speakerOf(`${opening}said a senior Ohio official.`, 'Nobody thinks')).toBe(
      'a senior Ohio official',
    );
  });

  it('keeps a party and a state before the head: "said one veteran Ohio Democratic strategist"', () => {
    expect(speakerOf(`${opening}said one veteran Ohio Democratic strategist.`, 'Nobody thinks')).toBe(
      'one veteran Ohio Democratic strategist',
    );
  });

  it('keeps a department before the head: "said a senior Harbor Department official"', () => {
    expect(speakerOf(`${opening}said a senior Harbor Department official.`, 'Nobody thinks')).toBe(
      'a senior Harbor Department official',
    );
  });

  it('still reads a name that ends the phrase: "said the campaign\'s chairman Tom Vane"', () => {
    expect(speakerOf(`${opening}said the campaign’s chairman Tom Vane.`, 'Nobody thinks')).toBe('Tom Vane');
  });

  it('still reads a name after the description\'s head: "said the local pastor Ida Marsh"', () => {
    expect(speakerOf(`${opening}said the local pastor Ida Marsh.`, 'Nobody thinks')).toBe('Ida Marsh');
  });
});

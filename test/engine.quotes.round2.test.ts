import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, speakers round 2). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('an unnamed person brought in with "a" is who "the" refers to', () => {
  it('given "met by an organizer" then "the organizer told them", the organizer speaks, not the named guest', () => {
    const text =
      'Ada Pell and her brother were met by an organizer at the hall in Dunloe on Friday.\n\n' +
      '“You two will be the best messengers we have all winter,” the organizer told them.';
    expect(speakerOf(text, 'You two will be')).toBe('the organizer');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { sourceInBrackets } from '../src/engine/quotes/bracket-source.js';

/** Invented digests only: made-up papers, towns and people (issue 11, session 22). */
function quotesOf(text: string) {
  return parseArticle({ text, title: '' }).quotes;
}

function speakerOf(text: string, start: string): string | null {
  const quote = quotesOf(text).find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const digest =
  'MORNING BRIEF. Here is what you need to know today.\n\n' +
  'FERRY SAVED AT THE LAST MINUTE Councillor Ada Pell won the vote on Monday. ' +
  '“The council found the money for the Marnock Valley crossing with hours to spare.” [Tolland Post.]\n\n' +
  'HARBOUR FESTIVAL MOVES TO JUNE Festival chief Ivo Brandt agreed on Sunday. “Organisers said the new date would suit the fishing fleet far better.” [Marnock Herald.]\n\n' +
  'A NEW SEASON OF THE SHOW We finally have a first look at “Harbour Lights.” [Tolland Post]';

describe('a digest excerpt with its source in brackets after it', () => {
  it('credits the excerpt to the bracketed outlet, not to the person its item names', () => {
    expect(speakerOf(digest, 'The council found the money')).toBe('Tolland Post');
  });

  it('credits the next item to its own outlet, not to the person it names or the outlet before', () => {
    expect(speakerOf(digest, 'Organisers said the new date')).toBe('Marnock Herald');
  });

  it('control: a short title before a bracket stays no quote', () => {
    expect(quotesOf(digest).some((q) => q.text.startsWith('Harbour Lights'))).toBe(false);
  });

  it('reads only a closing bracketed name, not an editor’s insertion or a possessive', () => {
    expect(sourceInBrackets(' [Tolland Post.]\n\nNEXT')).not.toBeNull();
    expect(sourceInBrackets(' [Pell’s] plan was dropped')).toBeNull();
    expect(sourceInBrackets(' [sic] and more')).toBeNull();
  });
});

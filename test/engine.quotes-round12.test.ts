import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { bareGroupAsWritten } from '../src/engine/quotes/mentions/bare-group.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 12, session 17). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const LEAD = 'The Dunland ferry strike entered its third day on Thursday.\n\n';

describe('a bare plural group keeps the words that say who it is', () => {
  it('shows the modifiers of a group with no article before the tag verb, as written', () => {
    const text = `${LEAD}Harbour board officials said, “Every crossing stays cancelled until the crews return.”`;
    expect(speakerOf(text, 'Every crossing')).toBe('Harbour board officials');
  });

  it('reads the phrase after a closing quote mark, numbers and adjectives included', () => {
    const text = `${LEAD}“Every crossing stays cancelled until the crews return,” two senior port officials said.`;
    expect(speakerOf(text, 'Every crossing')).toBe('two senior port officials');
  });

  it('starts the phrase after a conjunction that opens the clause', () => {
    const text = `${LEAD}The pier was closed at noon, and Dunland police officers said, “Nobody may walk out on the pier tonight.”`;
    expect(speakerOf(text, 'Nobody may walk')).toBe('Dunland police officers');
  });

  it('keeps initials with their stops as a modifier', () => {
    expect(bareGroupAsWritten(['“No', 'ferry', 'today,”', 'U.N.', 'officials'])).toBe('U.N. officials');
  });

  it('leaves the head alone when the stretch holds more than modifiers', () => {
    // A preposition, an article or an opening adverb is no modifier: the phrase's start is unknown.
    expect(bareGroupAsWritten(['After', 'the', 'vote', 'officials'])).toBeNull();
    expect(bareGroupAsWritten(['Meanwhile', 'officials'])).toBeNull();
    expect(bareGroupAsWritten(['On', 'Friday', 'port', 'officials'])).toBeNull();
    const text = `${LEAD}Meanwhile officials said, “Every crossing stays cancelled until the crews return.”`;
    expect(speakerOf(text, 'Every crossing')).toBe('officials');
  });

  it('reads nothing when the group noun stands alone', () => {
    expect(bareGroupAsWritten(['officials'])).toBeNull();
    expect(bareGroupAsWritten(['talks', 'resumed,', 'officials'])).toBeNull();
  });
});

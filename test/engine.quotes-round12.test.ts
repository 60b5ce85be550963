import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { bareGroupAsWritten } from '../src/engine/quotes/mentions/bare-group.js';
import { findSpansInParagraph } from '../src/engine/quotes/marks.js';

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

describe('a quotation may quote inside itself with the same double marks', () => {
  it('reads the outer quotation whole, inner quote included, and credits its speaker', () => {
    const text =
      `${LEAD}Ada Lund wrote, “If the island wants its ferry back, it has to say so even when ` +
      '“our own crews” are the ones on strike.” She left the meeting early.';
    const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith('If the island'));
    expect(quote?.text).toContain('“our own crews” are the ones on strike');
    expect(quote?.speaker).toBe('Ada Lund');
  });

  it('finds one span from the outer opener to the outer closer', () => {
    const paragraph = 'Lund posted: “Crews waving “Save the Ferry” banners at the pier today. A fine sight.”';
    const spans = findSpansInParagraph(paragraph, 0);
    expect(spans).toHaveLength(1);
    expect(paragraph.slice(spans[0]!.start, spans[0]!.end)).toBe(
      'Crews waving “Save the Ferry” banners at the pier today. A fine sight.',
    );
  });

  it('still restarts at a mark typed twice, with no words between the two openers', () => {
    const paragraph = '““Nobody sails tonight,” Lund said before leaving the pier.”';
    const spans = findSpansInParagraph(paragraph, 0);
    expect(paragraph.slice(spans[0]!.start, spans[0]!.end)).toBe('Nobody sails tonight,');
  });

  it('still restarts when the first quotation was left open before another one', () => {
    const paragraph = 'Lund said “the pier is shut. Then Vane said “It opens at dawn.” Nobody believed him.';
    const spans = findSpansInParagraph(paragraph, 0);
    expect(spans.map((s) => paragraph.slice(s.start, s.end))).toEqual(['It opens at dawn.']);
  });
});

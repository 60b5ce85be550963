import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { tagWithAnyVerb } from '../src/engine/quotes/tag-any-verb.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, session 21). */
function quoteOf(text: string, start: string) {
  return parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start)) ?? null;
}

function speakerOf(text: string, start: string): string | null {
  const quote = quoteOf(text, start);
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

// Pell is quoted first, so without a tag the next quote would be carried on to her.
const hearing =
  'Mayor Ivo Brandt faced the harbour committee in Tarnby on Monday. Councillor Ann Pell chaired it.\n\n' +
  '“The ferry budget is gone by the end of March,” Pell said.\n\n';

describe('a short tag with any verb after a quote that opens its sentence and closes on , ? or !', () => {
  it('credits "Brandt pressed." to Brandt, not to the speaker quoted before', () => {
    const text = `${hearing}“Would the fares go up for pensioners next year?” Brandt pressed.`;
    expect(speakerOf(text, 'Would the fares')).toBe('Ivo Brandt');
  });

  it('reads a described name: "an angry Brandt retaliated."', () => {
    const text = `${hearing}“We will not cut a single crossing this winter,” an angry Brandt retaliated.`;
    expect(speakerOf(text, 'We will not cut')).toBe('Ivo Brandt');
  });

  it('reads a particle and a comma after the verb: "Brandt went on, waving at the crowd."', () => {
    const text = `${hearing}“The harbour has waited long enough for this bridge,” Brandt went on, waving at the crowd.`;
    expect(speakerOf(text, 'The harbour has waited')).toBe('Ivo Brandt');
  });

  it('keeps a three-word exclamation the tag claims: “Not one penny!” Brandt thundered.', () => {
    const text = `${hearing}“Not one penny!” Brandt thundered.`;
    expect(speakerOf(text, 'Not one penny')).toBe('Ivo Brandt');
  });

  it('reads the tag that stops at its verb, and leaves one whose verb takes an object to narration', () => {
    const text =
      `${hearing}“We will not cut a single crossing this winter,” Brandt bristled.\n\n` +
      '“Nobody here wants the tolls back,” Pell seized on the remark at once.';
    expect(speakerOf(text, 'We will not cut')).toBe('Ivo Brandt');
    // No tag read there: whoever the ranker then picks, it is not this rule's tag.
    const object = tagWithAnyVerb(
      'Nobody here wants the tolls back,',
      ' Pell seized on the remark at once.',
      '',
    );
    expect(object).toBeNull();
  });

  it('reads a quote that opens its sentence, and not a title inside a clause the words after it go on', () => {
    const text =
      `${hearing}“The harbour budget is not a bottomless pit,” Brandt objected.\n\n` +
      'The scheme, billed as “A Ferry for Every Family,” Brandt unveiled.';
    expect(speakerOf(text, 'The harbour budget')).toBe('Ivo Brandt');
    expect(quoteOf(text, 'A Ferry for Every')).toBeNull();
  });
});

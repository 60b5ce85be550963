import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { servesThrough } from '../src/engine/quotes/mentions/serving.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 9, session 14). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a person described by whom they serve ("an aide to the mayor")', () => {
  it('given "a senior aide to the mayor said", the aide speaks, not the mayor named before', () => {
    const text =
      'Mayor Dana Holt unveiled the harbour budget on Tuesday. ' +
      '"We will not raise the ferry fares this year at all," a senior aide to the mayor said.';
    expect(speakerOf(text, 'We will not raise')).toBe('a senior aide to the mayor');
  });

  it('given "an adviser to Moro told reporters", the adviser speaks, not Moro', () => {
    const text =
      'Senator Lia Moro spoke at the Quarry Hill rally. ' +
      '"She has no plans to step aside before the vote," an adviser to Moro told reporters.';
    expect(speakerOf(text, 'She has no plans')).toBe('an adviser to Moro');
  });

  it('given "said a longtime adviser to Holt.", the description keeps whom it serves, as written', () => {
    const text =
      'Mayor Dana Holt unveiled the harbour budget on Tuesday. ' +
      '"We will not raise the ferry fares this year at all," said a longtime adviser to Holt.';
    expect(speakerOf(text, 'We will not raise')).toBe('a longtime adviser to Holt');
  });

  it('links "to" only after a noun for a person, never a thing ("a letter to")', () => {
    expect(servesThrough('to', 'aide')).toBe(true);
    expect(servesThrough('to', 'adviser')).toBe(true);
    expect(servesThrough('to', 'letter')).toBe(false);
    expect(servesThrough('for', 'aide')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { isCrosshead } from '../src/engine/quotes/crosshead.js';
import { usesSingleQuotes } from '../src/engine/quotes/marks.js';
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

  it('given "said a veteran adviser to Holt.", the description keeps whom it serves, as written', () => {
    const text =
      'Mayor Dana Holt unveiled the harbour budget on Tuesday. ' +
      '"We will not raise the ferry fares this year at all," said a veteran adviser to Holt.';
    expect(speakerOf(text, 'We will not raise')).toBe('a veteran adviser to Holt');
  });

  it('links "to" only after a noun for a person, never a thing ("a letter to")', () => {
    expect(servesThrough('to', 'aide')).toBe(true);
    expect(servesThrough('to', 'adviser')).toBe(true);
    expect(servesThrough('to', 'letter')).toBe(false);
    expect(servesThrough('for', 'aide')).toBe(false);
  });
});

describe('crossheads in single marks in double-quoting copy', () => {
  const quotes = (text: string) => parseArticle({ text, title: '' }).quotes.map((q) => q.text);

  it('given a short line wholly in single marks between double-quoted passages, it is no quotation', () => {
    const text =
      'The ferry workers of Dunloe gathered at the Quay Street hall on Friday night.\n\n' +
      '“We have waited three winters for the new boats,” said Maire Tolan, a deckhand.\n\n' +
      '‘Nobody here saw it coming.’\n\n' +
      '“Nobody here saw it coming, not even the union,” Tolan said of the sale.';
    expect(quotes(text).some((q) => q.startsWith('Nobody here saw it coming.'))).toBe(false);
    expect(quotes(text).some((q) => q.startsWith('Nobody here saw it coming, not even'))).toBe(true);
  });

  it('reads copy that types two apostrophes for a double mark as double-quoting', () => {
    const text =
      'The ferry workers of Dunloe gathered at the Quay Street hall on Friday night.\n\n' +
      "''We have waited three winters for the new boats,'' said Maire Tolan, a deckhand.\n\n" +
      "'Nobody here saw it coming.'\n\n" +
      "''Nobody here saw it coming, not even the union,'' Tolan said of the sale.";
    expect(quotes(text).some((q) => q.startsWith('Nobody here saw it coming.'))).toBe(false);
    expect(usesSingleQuotes(['”Yes,” she said.', '”No,” he said.', '‘A heading.’'])).toBe(false);
  });

  it('keeps a lone quoted line in single-quoting copy, where it continues the speaker', () => {
    expect(usesSingleQuotes(['‘Yes,’ she said.', '‘No,’ he said.', '“A title” ran.'])).toBe(true);
    const crosshead = (line: string) => isCrosshead(line, 1, line.indexOf('’'));
    expect(crosshead('‘Nobody saw it coming.’')).toBe(true);
    expect(crosshead('‘Nobody saw it coming,’ she said.')).toBe(false);
    expect(
      crosshead('‘We sailed from Dunloe at dawn and reached the far quay by nine in the evening.’'),
    ).toBe(false);
  });
});

describe('a paragraph resuming a quotation after an ellipsis', () => {
  it('given a paragraph opening with ” and an ellipsis, the mark opens the quotation', () => {
    const text =
      'Jo Marsh wrote to the Dunloe council about the flooded quay on Monday.\n\n' +
      '” … and if the harbour master could walk the flooded quay last week, the mayor has no excuse to stay away,” Marsh wrote.\n\n' +
      'The mayor did not reply.';
    const quote = parseArticle({ text, title: '' }).quotes.find((q) =>
      q.text.includes('harbour master could walk'),
    );
    expect(quote?.speaker).toBe('Jo Marsh');
  });
});

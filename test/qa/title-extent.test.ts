import { describe, expect, it } from 'vitest';
import { wholeQuotedTitle, withTitleArticle } from '../../src/qa/title-extent.js';

describe('wholeQuotedTitle', () => {
  it('given a title cut at its comma, the answer runs to the closing quotation mark', () => {
    const s = 'Ms. Varga talked about it on her weekly podcast, “Tides, Mostly Calm.”';
    expect(wholeQuotedTitle('Tides', s)).toBe('Tides, Mostly Calm');
  });

  it('given a title cut before a lowercase small word, the whole title is kept', () => {
    const s = 'He now hosts “The Late Ferry with Ola Brandt” on weeknights.';
    expect(wholeQuotedTitle('The Late Ferry', s)).toBe('The Late Ferry with Ola Brandt');
  });

  it('given a short coined epithet, the answer takes all of it', () => {
    const s = 'The mayor called her rival a “tired, tired campaigner” at the fair.';
    expect(wholeQuotedTitle('tired', s)).toBe('tired, tired campaigner');
    expect(wholeQuotedTitle('harbour tax', 'They fought the “harbour tax” for years.')).toBe('harbour tax');
  });

  it('given a short quoted clause with a pronoun or a verb of being, the answer stays as it was', () => {
    expect(wholeQuotedTitle('careless', 'Lund said, “It was careless” and left.')).toBe('careless');
    expect(wholeQuotedTitle('the pilots', 'Ruiz said “I’ll fly with the pilots” soon.')).toBe('the pilots');
  });

  it('given an answer inside long speech, the answer stays as it was', () => {
    const s = '“We will build the new pier before winter and open it to every boat in town,” Ruiz said.';
    expect(wholeQuotedTitle('the new pier', s)).toBe('the new pier');
  });

  it('given an answer outside any quotation, or after one closed, nothing changes', () => {
    expect(wholeQuotedTitle('Harbour Trust', 'The Harbour Trust met on Monday.')).toBe('Harbour Trust');
    expect(wholeQuotedTitle('Kell', '“Go home,” they said in Kell.')).toBe('Kell');
  });
});

describe('withTitleArticle', () => {
  it('given a capitalised "The" before a name inside a sentence, it belongs to the name', () => {
    expect(withTitleArticle('Harbour Courier', 'She wrote to The Harbour Courier last week.')).toBe(
      'The Harbour Courier',
    );
  });

  it('given a lowercase "the", or "The" opening a sentence or a quotation, nothing is added', () => {
    expect(withTitleArticle('Harbour Courier', 'She wrote to the Harbour Courier.')).toBe('Harbour Courier');
    expect(withTitleArticle('Harbour Trust', 'The Harbour Trust met.')).toBe('Harbour Trust');
    expect(withTitleArticle('Quay Board', 'Ruiz said: “The Quay Board failed.”')).toBe('Quay Board');
  });
});

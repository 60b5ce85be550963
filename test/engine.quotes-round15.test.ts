import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people and towns (issue 11, quotes round 15, session 18). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a description tagging the sentence before a quote hands the quote on', () => {
  it('gives the quote after "..., the admiral said." to the admiral the article named', () => {
    const text =
      'Admiral Ada Brennick took command of the northern fleet in May. Officials in Tolvik have called her plans reckless.\n\n' +
      'The criticism had two aims, the admiral said. First, it was meant to show that the fleet was “cut off from the rest of the navy and its ministers,” an idea she called false.';
    expect(speakerOf(text, 'cut off from')).toBe('Ada Brennick');
  });

  it('still hands on a named tag in the sentence before', () => {
    const named =
      'Admiral Ada Brennick took command of the northern fleet in May.\n\n' +
      'The criticism had two aims, Brennick said. First, it was meant to show that the fleet was “cut off from the rest of the navy and its ministers,” an idea she called false.';
    expect(speakerOf(named, 'cut off from')).toBe('Ada Brennick');
  });
});

describe('a body a named person owns speaks as written, not as the owner', () => {
  const opening =
    'Ray Koval, the senator from Dunloe, toured the harbour on Monday. The crowd at the pier was small.\n\n';

  it('keeps "Koval\'s campaign said in a statement" as the campaign', () => {
    const text = `${opening}In response to the attack, Koval's campaign said in a statement that “the senator will not be bullied by anyone in this race.”`;
    expect(speakerOf(text, 'the senator will')).toMatch(/^Koval.s campaign$/);
  });

  it('keeps "Koval\'s office said" after the quote as the office', () => {
    const text = `${opening}“The senator will not be bullied by anyone in this race,” Koval's office said.`;
    expect(speakerOf(text, 'The senator will')).toMatch(/^Koval.s office$/);
  });

  it('still credits the person for his own words', () => {
    const own = `${opening}“The senator will not be bullied by anyone in this race,” Koval said.`;
    expect(speakerOf(own, 'The senator will')).toBe('Ray Koval');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up papers, towns and people (issue 11, session 22). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const dispute =
  'The Tolland council voted on Monday to close the Marnock Valley ferry after forty years of service.\n\n';

describe('a column or a commentary speaks for the paper that prints it', () => {
  it('credits "the commentary said" to the paper named as printing it', () => {
    const text =
      `${dispute}“The valley deserves better than a vote taken in a hurry,” said a commentary in the ` +
      'weekly Marnock Herald.\n\nThe council has not replied.\n\n' +
      '“Nobody asked the families who cross the water every morning,” the commentary said.';
    expect(speakerOf(text, 'Nobody asked the families')).toBe('Marnock Herald');
  });

  it('credits an indefinite commentary "in" a paper to that paper', () => {
    const text =
      `${dispute}Residents met in the town hall on Tuesday.\n\n` +
      '“The valley deserves better than a vote taken in a hurry,” said a commentary in the weekly ' +
      'Marnock Herald.';
    expect(speakerOf(text, 'The valley deserves better')).toBe('Marnock Herald');
  });

  it('credits "the column noted" to the paper whose column the article names', () => {
    const text =
      `${dispute}A long-running column in the Tolland Sentinel attacked the decision.\n\n` +
      '“It was a choice made for the budget and not for the people who use the boat,” the column noted.';
    expect(speakerOf(text, 'It was a choice made')).toBe('Tolland Sentinel');
  });

  it('shows a column no paper is tied to as written, not as nobody', () => {
    const text = `${dispute}“It was a choice made for the budget and not for the people who use the boat,” the column noted.`;
    expect(speakerOf(text, 'It was a choice made')).toBe('the column');
  });

  it('control: a statement "in" a chamber is not the chamber’s', () => {
    const text =
      `${dispute}“We will not reopen the crossing this year or the next one,” said a statement in the ` +
      'Tolland Assembly.';
    expect(speakerOf(text, 'We will not reopen')).not.toBe('Tolland Assembly');
  });
});

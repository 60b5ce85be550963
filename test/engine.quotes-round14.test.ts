import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people and towns (issue 11, quotes round 14, session 18). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a description a person owns names someone else, not the owner', () => {
  it('keeps "Koval\'s spokesman" and "the mayor\'s spokesman" as written', () => {
    const opening = 'Mayor Ray Koval met the harbour board on Monday.\n\n';
    expect(
      speakerOf(
        `${opening}“The mayor has made his views on the ferry plan very clear,” Koval's spokesman said.`,
        'The mayor has',
      ),
    ).toMatch(/^Koval.s spokesman$/);
    expect(
      speakerOf(
        `${opening}“The mayor has made his views on the ferry plan very clear,” the mayor's spokesman said.`,
        'The mayor has',
      ),
    ).toMatch(/^the mayor.s spokesman$/);
  });

  it('does not hand "his wife" or "his doctor" to the man the passage is about', () => {
    const text =
      'Ray Koval spoke for an hour at the Dunloe rally on Friday.\n\n' +
      'As the crowd cheered, his wife told him: “They are all still behind you tonight.”';
    expect(speakerOf(text, 'They are all')).toBe('his wife');
    const doctor =
      'Ray Koval spoke for an hour at the Dunloe rally on Friday.\n\n' +
      '“He is in the best health of his life, and he will stay so,” his doctor said.';
    expect(speakerOf(doctor, 'He is in')).toBe('his doctor');
  });

  it('still finds the person the article gave that role', () => {
    const text =
      'Jo Pell, the mayor’s spokesman, met reporters on Monday.\n\n' +
      '“The ferry will run again by spring at the latest,” the mayor’s spokesman said.';
    expect(speakerOf(text, 'The ferry will')).toBe('Jo Pell');
  });

  it('leaves a place or a body as owner to the person named before', () => {
    const text =
      'Foreign Minister Ray Koval flew to Dunloe on Monday.\n\n' +
      '“Our views on the treaty are very clear to everyone,” the nation’s top diplomat said.';
    expect(speakerOf(text, 'Our views')).toBe('Ray Koval');
  });
});

describe('a participle after a comma takes a description that is the sentence subject', () => {
  it('credits the quote to the person the description points back to', () => {
    const text =
      'Senator Ann Brookfield of Ohio ended her campaign in Dayton on Tuesday.\n\n' +
      'The Ohio senator thanked her volunteers, and shrugged off a heckler, saying the man was “welcome to stay and listen to the end,” a jab at the shoving seen at Ray Koval’s events.';
    expect(speakerOf(text, 'welcome to stay')).toBe('Ann Brookfield');
  });

  it('leaves a description that an appositive name follows to that name', () => {
    const text =
      'Delegates met in Dunloe on Monday.\n\n' +
      'The Ohio minister of energy, Ann Brookfield, spoke to reporters at the hall, saying the deal might be “signed and sealed before anyone is elected.”';
    expect(speakerOf(text, 'signed and sealed')).toBe('Ann Brookfield');
  });
});

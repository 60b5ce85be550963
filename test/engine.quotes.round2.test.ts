import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, speakers round 2). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('several people speaking together are never one of them', () => {
  it('given "the two write" after a pair named as the subject, both are credited together', () => {
    const text =
      'Ada Pell and Tom Reyes wrote to the harbour board in Dunloe on Monday.\n\n' +
      '“Nobody on the quay was asked about the new fees,” the two write.';
    expect(speakerOf(text, 'Nobody on the quay')).toBe('Ada Pell and Tom Reyes');
  });

  it('given "the committee chairmen wrote" after one named official, the chairmen speak as written', () => {
    const text =
      'The harbour board chief, Ada Pell, received the letter on Monday.\n\n' +
      '“Nobody on the quay was asked about the new fees,” the committee chairmen wrote.';
    expect(speakerOf(text, 'Nobody on the quay')).toBe('the committee chairmen');
  });

  it('given "the pair wrote" with no pair named as a subject, the pair speaks as written', () => {
    const text =
      'Ada Pell, a ferry owner, wrote with a neighbour to the harbour board on Monday.\n\n' +
      '“Nobody on the quay was asked about the new fees,” the pair wrote.';
    expect(speakerOf(text, 'Nobody on the quay')).toBe('the pair');
  });
});

describe('an unnamed doer noun in "-er"/"-or" speaks as written', () => {
  it('given "says the advert\'s narrator", the narrator speaks, not the candidate the advert is about', () => {
    const text =
      'A new advert from the Dunloe Ratepayers shows Ada Pell at the harbour at dawn.\n\n' +
      '“Dunloe deserves a council that listens to its fishermen,” says the advert’s narrator.';
    expect(speakerOf(text, 'Dunloe deserves')).toBe('the advert’s narrator');
  });

  it('given "another supporter said" at a rally for a named candidate, the supporter speaks as written', () => {
    const text =
      'Ada Pell drew a crowd of 300 at the Dunloe quay on Saturday.\n\n' +
      '“She is the only one who ever answers her phone,” another supporter said.';
    expect(speakerOf(text, 'She is the only one')).toBe('another supporter');
  });

  it('given "one user wrote" under a post about a named mayor, the user speaks as written', () => {
    const text =
      'Mayor Ada Pell posted the new bin timetable for Dunloe on Tuesday.\n\n' +
      '“Fortnightly collections in August are asking for trouble,” one user wrote.';
    expect(speakerOf(text, 'Fortnightly collections')).toBe('one user');
  });

  it('given "another commenter said" (a noun made on a speech verb), the commenter speaks as written', () => {
    const text =
      'Mayor Ada Pell posted the new bin timetable for Dunloe on Tuesday.\n\n' +
      'Another commenter said, “Nobody on our street was ever asked about it.”';
    expect(speakerOf(text, 'Nobody on our street')).toBe('Another commenter');
  });
});

describe('an age standing for a person', () => {
  const race = 'Ada Pell, 46, took the Dunloe seat on Monday. Tom Reyes, 51, lost it after 12 years.\n\n';

  it('given "said the 46-year-old" after two people of different ages, the one given that age speaks', () => {
    const text = `${race}“Nobody on the quay was asked about the new fees,” said the 46-year-old.`;
    expect(speakerOf(text, 'Nobody on the quay')).toBe('Ada Pell');
  });

  it('given "the 46-year-old said" before the verb, the person given that age speaks, not the last subject', () => {
    const text = `${race}“Nobody on the quay was asked about the new fees,” the 46-year-old said.`;
    expect(speakerOf(text, 'Nobody on the quay')).toBe('Ada Pell');
  });

  it('given an age no one was given in an article that gave ages, the age speaks as written', () => {
    const text = `${race}“Nobody on the quay was asked about the new fees,” the 38-year-old said.`;
    expect(speakerOf(text, 'Nobody on the quay')).toBe('the 38-year-old');
  });
});

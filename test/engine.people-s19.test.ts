import { describe, expect, it } from 'vitest';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

describe('a name the list of bodies holds is that body (known-bodies.ts)', () => {
  it('given a platform or a firm typed a person, it is the organisation', () => {
    const s = article([
      'Tom Rusk promoted the rally on Twitter all week.',
      'Analysts at Morgan Stanley cut their forecast for the port.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Twitter', 0), mentionAt(s, 'Morgan Stanley', 1)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('given the same word with a title elsewhere in the article, it is a surname and stays a person', () => {
    const s = article(['Ford opened the new ward in Velmont on Monday.', 'Mr. Ford said the wait was over.']);
    expect(kinds(s, [mentionAt(s, 'Ford', 0), mentionAt(s, 'Ford', 1, 'person', 1)])).toEqual([
      'person',
      'person',
    ]);
  });

  it('given a person named in full with that surname, the lone word stays the person', () => {
    const s = article(['Ada Fox opened the new ward in Velmont on Monday.', 'Fox said the wait was over.']);
    expect(kinds(s, [mentionAt(s, 'Ada Fox', 0), mentionAt(s, 'Fox', 1)])).toEqual(['person', 'person']);
  });
});

describe('a greeting or a holiday is no person (greetings.ts)', () => {
  it('given a greeting before a holiday or an ordinary word, it is no person', () => {
    const s = article([
      'The card on the door read: Merry Christmas from the Lark family.',
      'Staff sang Happy Birthday to the oldest resident.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Merry Christmas', 0), mentionAt(s, 'Happy Birthday', 1)])).toEqual([
      'other',
      'other',
    ]);
  });

  it('given a holiday alone or with "Eve", it is the day', () => {
    const s = article(['The ferry will not sail on Christmas Eve this year.', 'Halloween fell on a Sunday.']);
    expect(kinds(s, [mentionAt(s, 'Christmas Eve', 0), mentionAt(s, 'Halloween', 1)])).toEqual([
      'other',
      'other',
    ]);
  });

  it('given a greeting word before a given name, or a given name that is also a holiday, the person stays', () => {
    const s = article([
      'Happy Tom Vell ran the bait shop for forty years.',
      'Noel said the shop would stay open.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Happy Tom Vell', 0), mentionAt(s, 'Noel', 1)])).toEqual([
      'person',
      'person',
    ]);
  });
});

describe('a name ending in a noun of an event, a work, a document or a poll is no person (event-names.ts)', () => {
  it('given a rally, a treaty or a poll typed a person, it is no person', () => {
    const s = article([
      'Crowds lined the coast road for the Harbour Lights Rally.',
      'The Dorrow Treaty was signed in the spring.',
      'A Tarn Poll put the mayor ahead.',
    ]);
    expect(
      kinds(s, [
        mentionAt(s, 'Harbour Lights Rally', 0),
        mentionAt(s, 'Dorrow Treaty', 1),
        mentionAt(s, 'Tarn Poll', 2),
      ]),
    ).toEqual(['other', 'other', 'other']);
  });

  it('given a person named in full or a title before the name, the person stays', () => {
    const s = article(['Ada Vell won the race on Sunday.', 'Dr. Jo Festival said the rider was fine.']);
    expect(kinds(s, [mentionAt(s, 'Ada Vell', 0), mentionAt(s, 'Jo Festival', 1, 'person', 1)])).toEqual([
      'person',
      'person',
    ]);
  });
});

describe('a short month in an article that writes short dates is the month (month-abbreviations.ts)', () => {
  it('given "Jan" apart from its day where the article writes "Jun 30", it is no person', () => {
    const s = article([
      'Stocks at Jun 30, 2004 against Dec 31, 2003.',
      'Bids ran from Dec 2 to Jan in the port.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Jan', 1)])).toEqual(['other']);
  });

  it('given an article with no short dates, or a person named in full, "Jan" stays a person', () => {
    const plain = article(['Jan said the boat would sail at dawn.', 'The crew agreed.']);
    expect(kinds(plain, [mentionAt(plain, 'Jan', 0)])).toEqual(['person']);
    const full = article(['Jan Vell sold the boat on Oct 3.', 'Jan said the price was fair.']);
    expect(kinds(full, [mentionAt(full, 'Jan Vell', 0), mentionAt(full, 'Jan', 1)])).toEqual([
      'person',
      'person',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-06-10';

function read(sentences: string[], published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a march named as an event is no month', () => {
  it('drops "March" before "on" or "of" and a capitalised name', () => {
    expect(read(['Her uncle walked in the 1971 March on Port Alden as a student.'])).toEqual([
      ['1971', '1971'],
    ]);
    expect(
      read(['A spokeswoman for the March of Lanterns, a child-health charity, backed the bill.']),
    ).toEqual([]);
    expect(
      read(['The Coalition for Fair Fares and March on the Velmora Assembly will rally again.']),
    ).toEqual([]);
  });

  it('keeps the month after a time word or before a year, a weekday or a lower-case word', () => {
    expect(read(['The ferry board met in March on the Orlen quay.'])).toEqual([['in March', '2025-03']]);
    expect(read(['Fares rose in March of 2023.'])).toEqual([['in March of 2023', '2023-03']]);
    expect(read(['Fares have risen since March of last year.'])).toEqual([
      ['since March of last year', '2024-03'],
    ]);
  });
});

describe('a half or a quarter of a match is no part of the year', () => {
  it('drops a half told with players and a quarter told with a score', () => {
    expect(read(['Kessia Rovers led through the first half after their goalkeeper saved twice.'])).toEqual(
      [],
    );
    expect(read(['Two tries from the wing in the first quarter gave Orlen a 24-11 lead.'])).toEqual([]);
    expect(read(['Fans at the Super Bowl party in Orlen went quiet during the first half.'])).toEqual([]);
  });

  it('keeps a company’s half and quarter', () => {
    expect(read(['Velmora Ferries said its first-half profit rose by a third.'])).toEqual([
      ['first-half', '2025-01/2025-06'],
    ]);
    expect(read(['The mill expects a stronger game plan to lift sales in the fourth quarter.'])).toEqual([
      ['in the fourth quarter', '2025-10/2025-12'],
    ]);
  });
});

describe('"last year’s" quarter with a curly apostrophe', () => {
  it('is last year’s quarter, read as one expression', () => {
    expect(read(['For last year’s second quarter, the ferry line posted a small loss.'])).toEqual([
      ['last year’s second quarter', '2024-04/2024-06'],
    ]);
  });
});

describe('a subject then "to" and a verb: the headline future', () => {
  it('reads the coming day in a headline or a note after a colon', () => {
    expect(read(['Velmora ferry chief to visit Orlen on Thursday.'])).toEqual([
      ['on Thursday', '2025-06-12'],
    ]);
    expect(
      read([
        'Times after the hill stage (Velmora unless stated): Note: 40 riders to finish the stage on Thursday.',
      ]),
    ).toEqual([['on Thursday', '2025-06-12']]);
  });

  it('leaves "to" after a participle or a preposition to the tense around it', () => {
    expect(read(['Speaking to reporters on Sunday, the mayor praised the crews.'])).toEqual([
      ['on Sunday', '2025-06-08'],
    ]);
    expect(read(['In talking to reporters on Sunday, the mayor praised the crews.'])).toEqual([
      ['on Sunday', '2025-06-08'],
    ]);
  });
});

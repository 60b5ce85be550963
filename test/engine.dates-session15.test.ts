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

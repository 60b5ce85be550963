import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { withCapitalMonthYearsTitled } from '../src/engine/dates/capital-month-year.js';
import { datesWhatFollows, measuredByFigure } from '../src/engine/dates/measured-month.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-09-16';

function read(sentences: string[], published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a month before the figure or event it dates is the month', () => {
  it('reads an ambiguous month before a figure or an event noun', () => {
    expect(read(['Orlen posted a wider June ferry trade deficit, the harbour board said.'])).toEqual([
      ['June', '2025-06'],
    ]);
    expect(read(['Velmora lifted its forecast after strong August and September sales.'])).toEqual([
      ['August', '2025-08'],
      ['September', '2025-09'],
    ]);
    expect(read(["Kessia's April regional primary will test the mayor."], '2026-02-03')).toEqual([
      ['April', '2026-04'],
    ]);
  });

  it('reads a possessive month after a lower-case word', () => {
    expect(read(['Harbour tolls rose 2.1 percent, above June’s 1.8 percent.'])).toEqual([
      ['June', '2025-06'],
    ]);
  });

  it('keeps a figure month past even when the clause says "expected"', () => {
    expect(read(['Bonds slid on lower than expected June grain output in Velmora.'], '2025-08-27')).toEqual([
      ['June', '2025-06'],
    ]);
    expect(measuredByFigure(' mill output data were revised')).toBe(true);
    expect(measuredByFigure(' primary in the south')).toBe(false);
  });

  it('leaves names alone', () => {
    expect(read(['April Tessaly, a spokeswoman for the ferry line, declined to comment.'])).toEqual([]);
    expect(read(['Doran June said the harbour would reopen.'])).toEqual([]);
    expect(datesWhatFollows('Councillor Doran ', '’s office was closed')).toBe(false);
    expect(datesWhatFollows('above ', '’s 1.8 percent')).toBe(true);
    expect(datesWhatFollows('the Orla ', ' trade plan', 'May')).toBe(false);
    expect(datesWhatFollows('weak ', ' trade figures', 'May')).toBe(true);
  });
});

describe('a stretch counted forward in a sentence that narrates the past has no publication value', () => {
  it('leaves "over the next six months" unresolved when told in the past', () => {
    expect(
      read(['The ferryman said the captain rang the harbour twice a week over the next six months.']),
    ).toEqual([['the next six months', null]]);
    expect(read(['Across the next three months, the toll was raised twice.'])).toEqual([
      ['the next three months', null],
    ]);
  });

  it('counts from publication when the sentence looks ahead or is in the present', () => {
    expect(read(['The ferry line will add crossings over the next two months.'])).toEqual([
      ['the next two months', '2025-09-16/2025-11-16'],
    ]);
    expect(read(['Harbour fees, the board said, are set to rise over the next two years.'])).toEqual([
      ['the next two years', '2025/2027'],
    ]);
  });
});

describe('a capitals month before a year is the month', () => {
  it('reads the month and year in a capitals table or listing', () => {
    expect(read(['KESSIA HARBOUR BOND 6.5 PCT SEPT 2031 NOTES PRICED AT PAR'])).toEqual([
      ['SEPT 2031', '2031-09'],
    ]);
    expect(read(['FERRY TRAFFIC BY MONTH: AUGUST 2024 1,204 CROSSINGS'])).toEqual([
      ['AUGUST 2024', '2024-08'],
    ]);
    expect(read(['ACCOUNTS OF THE VELMORA PORT TRUST AT 31 DECEMBER 2024 (24 / C 118)'])).toEqual([
      ['31 DECEMBER 2024', '2024-12-31'],
    ]);
  });

  it('keeps the modal, amounts and decimals out', () => {
    expect(withCapitalMonthYearsTitled('FARES MAY 2000 PCT')).toBe('FARES MAY 2000 PCT');
    expect(withCapitalMonthYearsTitled('TOLLS MAY RISE IN 2026')).toBe('TOLLS MAY RISE IN 2026');
    expect(read(['Share of the vote 12.0 4.4 APRIL 2024 ferry party'])).toEqual([['APRIL 2024', '2024-04']]);
  });
});

describe('a month and day with a two-digit year after a slash', () => {
  it('reads the year, in the century nearest publication', () => {
    expect(read(['Velmora composite index record close — 4,120.50 (Mar 14/24)'])).toEqual([
      ['Mar 14/24', '2024-03-14'],
    ]);
    expect(read(['Kessia harbour index record close — 912.3 (Nov 2/89)'])).toEqual([
      ['Nov 2/89', '1989-11-02'],
    ]);
  });

  it('leaves a month and day without one alone', () => {
    expect(read(['The ferry index closed at a high on March 14.'], '2025-09-16')).toEqual([
      ['on March 14', '2025-03-14'],
    ]);
  });
});

describe('a day set, labelled or borne is not read a year back', () => {
  const AUGUST = '2025-08-28';

  it('reads a day set as the date for something as the coming one', () => {
    expect(
      read(['The premier signed a decree fixing November 9 as the date for the harbour vote.'], AUGUST),
    ).toEqual([['November 9', '2025-11-09']]);
    expect(
      read(['Ferry Co Pay date Oct 14 Record date Sept 30 NOTE — results in Velmora dollars.'], AUGUST),
    ).toEqual([
      ['Oct 14', '2025-10-14'],
      ['Sept 30', '2025-09-30'],
    ]);
  });

  it('reads the date a paper bears as the nearest', () => {
    expect(
      read(['These are the leading stories in the evening daily Kessia Post, dated Aug 29.'], AUGUST),
    ).toEqual([['Aug 29', '2025-08-29']]);
  });

  it('keeps a past month-day past without such words', () => {
    expect(read(['The premier signed a decree on November 9.'], AUGUST)).toEqual([
      ['on November 9', '2024-11-09'],
    ]);
  });
});

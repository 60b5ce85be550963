import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { frontsItsSentence } from '../src/engine/dates/fronted-date.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday early in September unless told otherwise. */
const SEPTEMBER = '2025-09-09';

function read(sentences: string[], published = SEPTEMBER) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a date at the head of its sentence dates the past verb that follows', () => {
  it('reads a fronted month just ahead, told in the past, as last year’s', () => {
    expect(read(['In October, the harbour board proposed a levy on ferry tickets.'])).toEqual([
      ['In October', '2024-10'],
    ]);
    expect(read(['But in late October, the mayor of Velmora vetoed the levy.'])).toEqual([
      ['in late October', '2024-10'],
    ]);
  });

  it('reads a fronted month-day just ahead, told in the past, as last year’s', () => {
    expect(read(['On Sept. 20, the dockers of Port Alden walked out.'])).toEqual([
      ['On Sept. 20', '2024-09-20'],
    ]);
  });

  it('reads a fronted named day just ahead, told in the past, as last year’s', () => {
    expect(read(['On Christmas Day, the ferry to Velmora ran aground.'], '2025-12-10')).toEqual([
      ['On Christmas Day', '2024-12-25'],
    ]);
  });

  it('keeps the coming month or day when the clause is not past, or when a verb stands before it', () => {
    expect(read(['In October, the harbour board will propose a levy.'])).toEqual([['In October', '2025-10']]);
    expect(read(['On Sept. 20, the dockers of Port Alden vote on the deal.'])).toEqual([
      ['On Sept. 20', '2025-09-20'],
    ]);
    expect(read(['The harbour board agreed to meet in October.'])).toEqual([['in October', '2025-10']]);
  });

  it('knows a fronted date by what stands before it', () => {
    expect(frontsItsSentence('In ')).toBe(true);
    expect(frontsItsSentence('Then on ')).toBe(true);
    expect(frontsItsSentence('“By ')).toBe(true);
    expect(frontsItsSentence('The board met in ')).toBe(false);
    expect(frontsItsSentence('agreed to meet on ')).toBe(false);
  });
});

describe('a date before a verb of decision with "to" dates the deciding', () => {
  it('reads a weekday, a month or a season before "voted to" or "agreed to" as past', () => {
    expect(read(['On Tuesday, the harbour board voted to close the old pier.'], '2025-09-10')).toEqual([
      ['On Tuesday', '2025-09-09'],
    ]);
    expect(read(['In March, the Velmora council agreed to sell the ferry line.'])).toEqual([
      ['In March', '2025-03'],
    ]);
    expect(read(['In the spring, the dockers’ union decided to strike.'])).toEqual([
      ['In the spring', '2025-03/2025-05'],
    ]);
  });

  it('still reads a date after the verb as the doing, ahead', () => {
    expect(read(['The harbour board agreed to pay the dockers on Friday.'], '2025-09-10')).toEqual([
      ['on Friday', '2025-09-12'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { sentenceDoc } from './helpers/docs.js';

/**
 * Session 20, dates as the article means them (ADR 018). Invented sentences; published on a
 * Tuesday early in September 2025 unless told otherwise.
 */
const SEPTEMBER = '2025-09-09';

function read(sentences: string[], published = SEPTEMBER) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a day written again without its year (repeated-day.ts)', () => {
  it('takes the year of the full date given earlier', () => {
    expect(
      read([
        'The Harwick ferry inquiry first sat on March 14, 2021, in a school gymnasium.',
        'Notes that Councillor Brant Odell wrote on March 14 were later lost.',
      ]),
    ).toEqual([
      ['on March 14, 2021', '2021-03-14'],
      ['on March 14', '2021-03-14'],
    ]);
  });

  it('leaves a yearless day alone when it lies ahead or recurs', () => {
    expect(
      read(['The Velmora charter was sealed on Oct. 2, 1911.', 'The town will hold its parade on Oct. 2.']),
    ).toEqual([
      ['on Oct. 2, 1911', '1911-10-02'],
      ['on Oct. 2', '2025-10-02'],
    ]);
    expect(
      read([
        'The Velmora mill burned on Feb. 6, 1988.',
        'Residents marked the anniversary on Feb. 6 with a bell.',
      ]),
    ).toEqual([
      ['on Feb. 6, 1988', '1988-02-06'],
      ['on Feb. 6', '2025-02-06'],
    ]);
  });

  it('leaves a different day of the same year alone', () => {
    expect(
      read(['The Alden pier closed on May 3, 2019.', 'Its owner, Pell Marrow, sold the boats on May 20.']),
    ).toEqual([
      ['on May 3, 2019', '2019-05-03'],
      ['on May 20', '2025-05-20'],
    ]);
  });
});

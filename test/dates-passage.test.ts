import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { prepareDoc } from '../src/engine/pipeline.js';

/** Invented passages about an earlier year, published on a Wednesday in July 2025. */
const PUBLISHED = '2025-07-16';

function readingOf(text: string, expression: string): string | null | undefined {
  const doc = prepareDoc({ text, title: '', published: PUBLISHED });
  return extractDates(doc).find((d) => d.text === expression)?.value;
}

describe('a month-day told in the past within a paragraph set in an earlier year ("In 2019, ...")', () => {
  it('takes the year the paragraph set, not the publication year', () => {
    expect(
      readingOf(
        'In 2019, the Pellan harbour board met only twice. On March 3, it voted against the ferry levy.',
        'On March 3',
      ),
    ).toBe('2019-03-03');
  });

  it('keeps that year through a run of past-tense sentences ("Back in 2018, ...")', () => {
    expect(
      readingOf(
        'Back in 2018, the Caddow quay was still closed. Dockers struck for a week. By Aug. 2, the owners had given in.',
        'By Aug. 2',
      ),
    ).toBe('2018-08-02');
  });

  it('runs forward from a setting that names part of the year ("In the autumn of 2020, ... By Jan. 9")', () => {
    expect(
      readingOf(
        'In the autumn of 2020, the Dunmere mill ran three shifts. By Jan. 9, it had closed two of them.',
        'By Jan. 9',
      ),
    ).toBe('2021-01-09');
  });
});

describe('a bare month told in the past in the sentence that sets an earlier year', () => {
  it('takes that year ("In 2018, the ferry line cut fares beginning in April")', () => {
    expect(
      readingOf('In 2018, the Harrow ferry line cut its winter fares beginning in April.', 'in April'),
    ).toBe('2018-04');
  });
});

import { describe, expect, it } from 'vitest';
import { withDateRange } from '../src/qa/date-range.js';
import { articleToAsk } from './helpers/qa-article.js';

/** A date answer that is one end of a span answers with the span; invented sentences. */
describe('withDateRange', () => {
  it('takes the later end after "to", "through" or a dash', () => {
    expect(withDateRange('March 3', 'The count ran March 3 to March 9 in every ward.')).toBe(
      'March 3 to March 9',
    );
    expect(withDateRange('1991', 'She chaired the board from 1991 through 1998.')).toBe('1991 through 1998');
    expect(withDateRange('Tuesday', 'Voters were polled Tuesday-Friday.')).toBe('Tuesday-Friday');
  });

  it('takes the earlier end, and "between ... and"', () => {
    expect(withDateRange('1998', 'She chaired the board from 1991 through 1998.')).toBe('1991 through 1998');
    expect(withDateRange('2004', 'He ran the port between 2004 and 2009, aides said.')).toBe('2004 and 2009');
  });

  it('drops the resolved value of a single end', () => {
    expect(withDateRange('Monday (Mon 4 May 2026)', 'The fair runs Monday through Thursday.')).toBe(
      'Monday through Thursday',
    );
  });

  it('leaves a date written twice, and a date that is no end of a span', () => {
    expect(withDateRange('2011', 'She has led it since 2011; her aunt did from 1990 to 2011.')).toBe('2011');
    expect(withDateRange('Friday', 'The vote on Friday to close the mill passed.')).toBe('Friday');
  });
});

describe('"when" answered with a span', () => {
  it('answers with both ends of the span the text writes', async () => {
    const { ask, close } = await articleToAsk(
      'Ferry poll.\n\nThe poll of 800 riders was taken Feb. 2 to Feb. 6, give or take 4 points.\n\nMost riders backed the new timetable.',
    );
    const r = await ask('When was the poll taken?');
    await close();
    expect(r.answer).toBe('Feb. 2 to Feb. 6');
  });
});

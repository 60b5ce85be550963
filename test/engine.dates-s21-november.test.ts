import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { sentenceDoc } from './helpers/docs.js';

/**
 * Session 21, dates as the article means them (ADR 018): the November of an election year.
 * Invented sentences; published in March 2028, an election year, unless told otherwise. Each case
 * pairs a coming-vote November (read as last November without the rule) with one the rule leaves.
 */
const MARCH = '2028-03-14';

function read(sentences: string[], published = MARCH) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

const COMING_VOTE = 'A big turnout among caucus voters often brings no victory in November.';

describe('a bare November in an election year (election-november.ts)', () => {
  it('is the coming vote when the clause has no tense of its own', () => {
    expect(
      read([COMING_VOTE, 'Still, the senator strides toward November with a weakened opponent.']),
    ).toEqual([
      ['in November', '2028-11'],
      ['November', '2028-11'],
    ]);
  });

  it('keeps last November when the clause is told in the past', () => {
    expect(read([COMING_VOTE, 'The Brell campaign hired its pollster in November.'])).toEqual([
      ['in November', '2028-11'],
      ['in November', '2027-11'],
    ]);
    expect(
      read([COMING_VOTE, 'His rallies, all in November, drew campaign crowds of a few hundred.']),
    ).toEqual([
      ['in November', '2028-11'],
      ['in November', '2027-11'],
    ]);
  });

  it('keeps last November after "from": a change counted from then', () => {
    expect(
      read([COMING_VOTE, 'Her lead among primary voters, six points up from November, worries rivals.']),
    ).toEqual([
      ['in November', '2028-11'],
      ['from November', '2027-11'],
    ]);
  });

  it('reads an odd year as before: no general election in its November', () => {
    expect(read([COMING_VOTE], '2027-03-14')).toEqual([['in November', '2026-11']]);
    expect(read([COMING_VOTE])).toEqual([['in November', '2028-11']]);
  });
});

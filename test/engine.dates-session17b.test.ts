import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { namesABroadcast } from '../src/engine/dates/broadcast-title.js';
import { datesAComingVote } from '../src/engine/dates/coming-vote-day.js';
import { weekdayIsHabitual } from '../src/engine/dates/generic-weekday.js';
import { splitSentences } from '../src/engine/sentences.js';
import { sentenceDoc } from './helpers/docs.js';

describe('a dotted month abbreviation does not end the sentence', () => {
  it('keeps "Mar. 9" in one sentence, like the other months', () => {
    expect(splitSentences('The ferry vote moved to Mar. 9, the harbour board said. Tolls stay.')).toEqual([
      'The ferry vote moved to Mar. 9, the harbour board said.',
      'Tolls stay.',
    ]);
    for (const month of ['Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'])
      expect(splitSentences(`Tolls rise on ${month} 4 in Velmora.`)).toHaveLength(1);
  });

  it('still ends a sentence at "Mar." before a sentence opener', () => {
    expect(splitSentences('The quay reopens in Mar. The tolls stay.')).toHaveLength(2);
  });
});

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-09-16';

function read(sentences: string[], published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a weekday before a plural part of the day is a habit, not a day', () => {
  it('reads no date in "on Thursday evenings"', () => {
    expect(read(['The ferry quiz airs on Thursday evenings, the harbour board said.'])).toEqual([]);
    expect(read(['Dockers spend their Sunday mornings mending nets.'])).toEqual([]);
    expect(weekdayIsHabitual('on Friday nights', 9)).toBe(true);
  });

  it('still reads the singular', () => {
    expect(read(['The ferry quiz will air on Thursday evening.'])).toEqual([
      ['on Thursday evening', '2025-09-18'],
    ]);
  });
});

describe('a capitalised day word after a broadcaster is a programme', () => {
  it('reads no day in "told CBS This Morning"', () => {
    expect(read(['The harbour master told CBS This Morning that tolls would rise.'])).toEqual([]);
    expect(read(['Asked on “NBC Tonight,” the mayor said nothing.'])).toEqual([]);
    expect(namesABroadcast('a guest on ABC’s “', 'This Morning')).toBe(true);
  });

  it('still reads the day written in lower case', () => {
    expect(read(['The harbour master told CBS this morning that tolls would rise.'])).toEqual([
      ['this morning', TUESDAY],
    ]);
    expect(namesABroadcast('told CBS ', 'this morning')).toBe(false);
  });
});

describe('a weekday dating a vote, in a clause not past, is the coming one', () => {
  // Published on a Thursday; "Tuesday" is two days back or five ahead.
  const THURSDAY = '2025-09-18';

  it('reads the coming Tuesday for a vote still ahead', () => {
    expect(read(['“We can win on Tuesday,” the harbour candidate said.'], THURSDAY)).toEqual([
      ['on Tuesday', '2025-09-23'],
    ]);
    expect(read(['Her seat is at stake in the ferry district primary on Tuesday.'], THURSDAY)).toEqual([
      ['on Tuesday', '2025-09-23'],
    ]);
  });

  it('leaves a vote told in the past, or an outcome noun, as before', () => {
    expect(read(['She won the ferry district primary on Tuesday.'], THURSDAY)).toEqual([
      ['on Tuesday', '2025-09-16'],
    ]);
    expect(datesAComingVote('a lift from the win ', '', 'modal')).toBe(false);
    expect(datesAComingVote('a shot to win the quay on ', '', 'modal')).toBe(true);
    expect(datesAComingVote('momentum in ', '’s primary in Orla', 'present')).toBe(true);
    expect(datesAComingVote('a party primary on ', '', 'past')).toBe(false);
  });
});

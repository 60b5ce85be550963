import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { sentenceDoc } from './helpers/docs.js';

/**
 * Session 19, dates round 2: calendar facts (ADR 018). Invented sentences; published on a Tuesday
 * early in September 2025 unless told otherwise.
 */
const SEPTEMBER = '2025-09-09';

function read(sentences: string[], published = SEPTEMBER) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value, d.granularity]);
}

describe('US holidays named by date or by weekday', () => {
  it('reads "July Fourth" as the day, not the month', () => {
    expect(read(['The town of Velmora held a parade on July Fourth.'])).toEqual([
      ['on July Fourth', '2025-07-04', 'day'],
    ]);
  });

  it('reads Independence Day as July 4, unless a country is named before it', () => {
    expect(read(['Fireworks lit the harbour at Port Alden on Independence Day.'])).toEqual([
      ['on Independence Day', '2025-07-04', 'day'],
    ]);
    expect(read(['Brelland’s Independence Day parade was cancelled.'])).toEqual([]);
    expect(read(['The American Independence Day parade in Velmora was cancelled.'])).toEqual([
      ['Independence Day', '2025-07-04', 'day'],
    ]);
  });

  it('reads Mother’s Day and Father’s Day as the second Sunday of May and third Sunday of June', () => {
    expect(read(['Florists in Harwick ran out of roses before Mother’s Day.'])).toEqual([
      ['Mother’s Day', '2025-05-11', 'day'],
    ]);
    expect(read(["The mayor of Harwick grilled burgers on Father's Day."])).toEqual([
      ["on Father's Day", '2025-06-15', 'day'],
    ]);
  });

  it('leaves a holiday’s name that opens a quotation (a title) unread', () => {
    expect(read(['The studio said the film “Independence Day” sold well in Velmora.'])).toEqual([]);
  });
});

describe('a day told by its place next to a holiday', () => {
  it('reads "the day after" and "the day before" a holiday as that day', () => {
    expect(read(['Shops in Velmora opened early the day after Thanksgiving.'], '2025-12-10')).toEqual([
      ['the day after Thanksgiving', '2025-11-28', 'day'],
    ]);
    expect(read(['The ferry to Port Alden sank the day before Christmas.'], '2025-12-30')).toEqual([
      ['the day before Christmas', '2025-12-24', 'day'],
    ]);
  });

  it('reads "the eve of" a holiday as the day before it', () => {
    expect(read(['The dockers walked out on the eve of Labor Day.'])).toEqual([
      ['on the eve of Labor Day', '2025-08-31', 'day'],
    ]);
  });

  it('needs a determiner: "every day after Christmas" is no one day', () => {
    expect(read(['Every day after Christmas she walked the pier.'], '2025-12-30')).toEqual([
      ['Christmas', '2025-12-25', 'day'],
    ]);
  });
});

describe('a holiday’s weekend', () => {
  it('reads the weekend of a Monday holiday as the week of the Saturday before it', () => {
    // Labor Day 2025 is Monday Sept. 1; its weekend opens on Saturday Aug. 30 (ISO week 35).
    expect(read(['Three swimmers drowned off Port Alden over Labor Day weekend.'])).toEqual([
      ['Labor Day weekend', '2025-W35', 'week'],
    ]);
  });

  it('reads Thanksgiving and New Year’s weekends as the week of the nearest Saturday', () => {
    expect(read(['Traffic was heavy over the Thanksgiving holiday weekend.'], '2025-12-10')).toEqual([
      ['Thanksgiving holiday weekend', '2025-W48', 'week'],
    ]);
    // New Year's Day 2025 is a Wednesday; the nearest Saturday is Jan. 4 (ISO week 1).
    expect(read(['Police in Harwick made arrests over New Year’s weekend.'], '2025-01-20')).toEqual([
      ['New Year’s weekend', '2025-W01', 'week'],
    ]);
  });

  it('leaves "a Memorial Day weekend" (some year’s) unread', () => {
    expect(read(['They married on a Memorial Day weekend in Velmora.'])).toEqual([]);
  });
});

describe('"the weekend before last"', () => {
  it('is the weekend before last weekend', () => {
    // Published Tuesday Sept. 9: last weekend is Sept. 6-7 (W36), the one before it W35.
    expect(read(['The storm hit the coast of Harwick the weekend before last.'])).toEqual([
      ['the weekend before last', '2025-W35', 'week'],
    ]);
    expect(read(['The storm hit the coast of Harwick last weekend.'])).toEqual([
      ['last weekend', '2025-W36', 'week'],
    ]);
  });
});

describe('"since" before a vote named by its day', () => {
  it('counts from the last such vote, not the coming one', () => {
    expect(read(['Turnout in Harwick has fallen since the Nov. 5 election.'], '2025-05-14')).toEqual([
      ['since the Nov. 5', '2024-11-05', 'day'],
    ]);
    expect(read(['Turnout in Harwick will matter in the Nov. 5 election.'], '2025-05-14')).toEqual([
      ['in the Nov. 5', '2025-11-05', 'day'],
    ]);
  });
});

describe('a weekday told by its place next to a holiday', () => {
  it('is the first such weekday after it, or the last one before it', () => {
    // Thanksgiving 2024 was Thursday Nov. 28; Labor Day 2025 Monday Sept. 1.
    expect(read(['The Velmora council voted the Monday after Thanksgiving.'])).toEqual([
      ['the Monday after Thanksgiving', '2024-12-02', 'day'],
    ]);
    expect(read(['The dockers of Port Alden met the Friday before Labor Day.'])).toEqual([
      ['the Friday before Labor Day', '2025-08-29', 'day'],
    ]);
  });
});

describe('"the week, month or year before last"', () => {
  it('is the unit two back from the one under way', () => {
    expect(read(['The week before last, rain flooded the pier at Harwick.'])).toEqual([
      ['The week before last', '2025-W35', 'week'],
    ]);
    expect(read(['Ferry fares in Velmora rose the month before last.'])).toEqual([
      ['the month before last', '2025-07', 'month'],
    ]);
    expect(read(['The harbour board was formed the year before last.'])).toEqual([
      ['the year before last', '2023', 'year'],
    ]);
  });

  it('leaves "before last year’s ..." to the unit after "last"', () => {
    expect(read(['The board met the week before last year’s vote.'])).toEqual([
      ['last year', '2024', 'year'],
    ]);
  });
});

describe('a count of days before or after a holiday', () => {
  it('is the day that many days from it; "the two days after" is a stretch, left to the holiday', () => {
    expect(read(['The ferry to Velmora sank two days after Christmas.'], '2025-12-30')).toEqual([
      ['two days after Christmas', '2025-12-27', 'day'],
    ]);
    expect(read(['Sales in Harwick rose in the two days after Christmas.'], '2025-12-30')).toEqual([
      ['Christmas', '2025-12-25', 'day'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-06-10';

function read(sentences: string[], text: string, published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).filter((d) => d.text === text);
}

function dayRead(sentences: string[], text: string, published = TUESDAY): string | null | undefined {
  return read(sentences, text, published)[0]?.value;
}

describe('a day named after "for": what something is for lies ahead', () => {
  it('reads the coming day even under a past verb', () => {
    const told = ['Two defenders withdrew from the team picked for Saturday’s match against Velmora Rovers.'];
    expect(dayRead(told, 'Saturday')).toBe('2025-06-14');
  });

  it('reads the coming day when the nearest one lies behind', () => {
    // Published on a Tuesday: last Saturday is three days back, the next one four days ahead.
    const told = ['The twenty-man squad that will travel to Port Alden for Saturday’s qualifier was named.'];
    expect(dayRead(told, 'Saturday')).toBe('2025-06-14');
  });

  it('keeps a cause in the past: blame, credit or a happening', () => {
    expect(dayRead(['A rebel group claimed responsibility for Sunday’s raid on the depot.'], 'Sunday')).toBe(
      '2025-06-08',
    );
    expect(dayRead(['The mayor apologised for Sunday’s remarks about the tram strike.'], 'Sunday')).toBe(
      '2025-06-08',
    );
    expect(dayRead(['Nobody has been charged over Sunday’s blast at the quay.'], 'Sunday')).toBe(
      '2025-06-08',
    );
  });

  it('leaves a modified unit to its modifier ("this weekend")', () => {
    const told = ['The host wrote the opening sketch for this weekend’s revue.'];
    expect(dayRead(told, 'this weekend', '2025-06-08')).toBe('2025-W23');
  });
});

describe('a half of something other than the year', () => {
  it('is no half-year: the month after it is read instead', () => {
    const told = ['Ferries to Orlen will resume in the latter half of July.'];
    const dates = extractDates(sentenceDoc(told, { published: '2025-03-03' }));
    expect(dates.map((d) => d.text)).toEqual(['July']);
    expect(dates[0]?.value).toBe('2025-07');
  });

  it('is no half-year before a century or a season', () => {
    const century = ['Velmoran mills spread over the second half of that century.'];
    expect(extractDates(sentenceDoc(century, { published: TUESDAY }))).toEqual([]);
    const season = ['Kessia Rovers faded in the second half of their season.'];
    expect(read(season, 'in the second half')).toEqual([]);
  });

  it('still reads a half of the year', () => {
    const told = ['Orlen port fees will climb over the second half of next year.'];
    expect(dayRead(told, 'the second half of next year', '2025-08-04')).toBe('2026-07/2026-12');
    expect(dayRead(['Port revenue rose in the first half.'], 'in the first half', '2025-08-04')).toBe(
      '2025-01/2025-06',
    );
  });
});

describe('Super Tuesday', () => {
  it('is the first Tuesday of March of the nearest election year', () => {
    expect(dayRead(['Rivals rallied in Kessia ahead of Super Tuesday.'], 'Super Tuesday', '2015-11-20')).toBe(
      '2016-03-01',
    );
    expect(dayRead(['Her Super Tuesday wins gave her a lead.'], 'Super Tuesday', '2016-03-02')).toBe(
      '2016-03-01',
    );
    expect(dayRead(['Super Tuesday looms for the field.'], 'Super Tuesday', '2019-12-01')).toBe('2020-03-03');
  });

  it('leaves later rounds, a named year and old cycles unread', () => {
    const told = ['She won the 1988 Super Tuesday; Super Tuesday 2 and a mini Super Tuesday followed.'];
    expect(read(told, 'Super Tuesday', '2016-05-02')).toEqual([]);
    expect(read(['Super Tuesday looms for the field.'], 'Super Tuesday', '2007-12-01')).toEqual([]);
  });
});

describe('a party convention named by its month', () => {
  it('is the coming one within half a year, however the clause is told', () => {
    const told = ['Aides floated a coup at the Velmoran Party convention in July that would crown her.'];
    expect(dayRead(told, 'in July', '2026-04-12')).toBe('2026-07');
    const city = ['Rebels vowed to fight on until their Velmoran Party convention in Port Alden in July.'];
    expect(dayRead(city, 'in July', '2026-04-12')).toBe('2026-07');
  });

  it('leaves other conventions to the tense', () => {
    expect(dayRead(['Delegates met at a union convention in May.'], 'in May', '2026-03-12')).toBe('2025-05');
  });
});

describe('a weekday ending the subject before a modal', () => {
  it('is the nearest such day, not the one the modal looks ahead to', () => {
    // Published on a Thursday: Tuesday's wins lie two days back.
    const wins = ['Her wins in Kessia and Orlen on Tuesday will only speed that shift.'];
    expect(dayRead(wins, 'on Tuesday', '2026-04-30')).toBe('2026-04-28');
    // Published on a Sunday: the Saturday just past.
    const birthday = ['Aldo Brenn wrote that Saturday would have marked his mentor’s birthday.'];
    expect(dayRead(birthday, 'Saturday', '2026-02-08')).toBe('2026-02-07');
  });

  it('keeps a weekday the modal governs', () => {
    expect(dayRead(['The board will vote on Tuesday.'], 'on Tuesday', '2026-04-30')).toBe('2026-05-05');
  });
});

describe('a day word that is all a quotation holds', () => {
  it('is a programme title inside a sentence', () => {
    expect(read(['Aldo Brenn joins the cast of “Today.”'], 'Today')).toEqual([]);
    expect(read(['The new “Today” anchor starts in June.'], 'Today')).toEqual([]);
    expect(read(['He spoke on Velmora TV’s “This Morning,” a talk show.'], 'This Morning')).toEqual([]);
  });

  it('stays a date in quoted speech', () => {
    expect(dayRead(['She said: “Today we start again.”'], 'Today')).toBe(TUESDAY);
    expect(dayRead(['“Today,” she said, “the harbour opens again.”'], 'Today')).toBe(TUESDAY);
    expect(dayRead(['“Today’s ruling is a start,” the union said.'], 'Today')).toBe(TUESDAY);
  });
});

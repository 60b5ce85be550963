import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import type { DateMention } from '../src/engine/schema.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday in February. */
const FEBRUARY = '2026-02-17';

function datesOf(sentences: string[], published: string | null = FEBRUARY): DateMention[] {
  return extractDates(sentenceDoc(sentences, { published }));
}

function valueIn(found: DateMention[], text: string): string | null | undefined {
  return found.find((d) => d.text === text)?.value;
}

describe('a bare month in a sentence about a vote still to come', () => {
  it('a modal clause about winning names the coming November, though last November is nearer', () => {
    const found = datesOf(['Party elders say their nominee must carry Orlen in November, Ressa Olund said.']);
    expect(valueIn(found, 'in November')).toBe('2026-11');
  });

  it('a present-tense clause about the ballot looks ahead too', () => {
    const found = datesOf(['Tarvel Democrats are trying hard to beat the governor’s ticket in November.']);
    expect(valueIn(found, 'in November')).toBe('2026-11');
  });

  it('a vote told in the past keeps the month just past', () => {
    const found = datesOf(['Ressa Olund won the mayoral vote in November.']);
    expect(valueIn(found, 'in November')).toBe('2025-11');
  });

  it('a figure dated by its month, with no tense of its own, keeps the nearest month', () => {
    const found = datesOf(['Olund’s rating with voters is 41 percent, against 38 in January.']);
    expect(valueIn(found, 'in January')).toBe('2026-01');
  });

  it('without talk of a vote, a present-tense month keeps the nearest reading', () => {
    const found = datesOf(['The Brisk Valley ferry runs a reduced timetable in November.']);
    expect(valueIn(found, 'in November')).toBe('2025-11');
  });
});

describe('"Sept. 11" with no year names the 2001 attacks', () => {
  it('before "attacks" it is the 2001 day, whatever the publication month', () => {
    const found = datesOf(['Senator Halvard Brisk recalled the Sept. 11 attacks in his speech.']);
    expect(valueIn(found, 'the Sept. 11')).toBe('2001-09-11');
  });

  it('alone, far from the calendar day, it is the 2001 day too', () => {
    const found = datesOf(['Many Orlen families moved away after Sept. 11 as the war began.']);
    expect(valueIn(found, 'Sept. 11')).toBe('2001-09-11');
  });

  it('near the calendar day, a bare "Sept. 11" with a noun after is a day of this year', () => {
    const found = datesOf(['The Tarvel council set a Sept. 11 deadline for the bids.'], '2026-08-20');
    expect(valueIn(found, 'Sept. 11')).toBe('2026-09-11');
  });

  it('written with an ordinal it is a calendar day, read by the tense as any other', () => {
    const found = datesOf(['The ferry sank on September 11th near Orlen.']);
    expect(valueIn(found, 'on September 11th')).toBe('2025-09-11');
  });

  it('other days are not names of events', () => {
    const found = datesOf(['The Brisk Valley mill closed on Sept. 12.']);
    expect(valueIn(found, 'on Sept. 12')).toBe('2025-09-12');
  });
});

describe('a month right after a happening is the last such month', () => {
  it('"the harbour fire in June" in a present-tense sentence written in February is last June', () => {
    const found = datesOf(['Insurance is a raw issue in Orlen after the harbour fire in June.']);
    expect(valueIn(found, 'in June')).toBe('2025-06');
  });

  it('the same month after an ordinary noun keeps the present-tense reading, the nearest', () => {
    const found = datesOf(['Insurance is a raw issue in Orlen before the harbour fair in June.']);
    expect(valueIn(found, 'in June')).toBe('2026-06');
  });
});

describe('a dotted month abbreviation run into its day', () => {
  it('"Oct.14, 2019" is the day, not the month alone', () => {
    const found = datesOf(['The Orlen quay reopened on Oct.14, 2019 after repairs.']);
    expect(valueIn(found, 'on Oct.14, 2019')).toBe('2019-10-14');
  });
});

describe('months counted from the start or end of a named year', () => {
  it('"the last three months of 2025" is October to December, not three months back from publication', () => {
    const found = datesOf([
      'The Orlen ferry line carried 40,000 riders across the last three months of 2025.',
    ]);
    expect(valueIn(found, 'the last three months')).toBe('2025-10/2025-12');
    // The year stays a date of its own, as TimeML marks it.
    expect(valueIn(found, '2025')).toBe('2025');
  });

  it('"the last two months of the year", written in January before they came, is the year just ended', () => {
    const found = datesOf(['Tarvel exports fell in the last two months of the year.'], '2026-01-12');
    expect(valueIn(found, 'in the last two months')).toBe('2025-11/2025-12');
  });

  it('"the first nine months of 2025" is left to the year, the date TimeML marks', () => {
    const found = datesOf(['Tarvel exports fell in the first nine months of 2025.']);
    expect(valueIn(found, '2025')).toBe('2025');
  });

  it('"the last three months" with no year still counts back from publication', () => {
    const found = datesOf(['Tarvel exports fell over the last three months.']);
    expect(valueIn(found, 'the last three months')).toBe('2025-11-17/2026-02-17');
  });
});

describe('a month right after a poll is the month it was taken', () => {
  it('"a survey in January finds ... will" is last January, not the next', () => {
    const found = datesOf(
      ['A Tarvel Courier survey in January finds most voters will back the levy.'],
      '2026-02-25',
    );
    expect(valueIn(found, 'in January')).toBe('2026-01');
  });

  it('"at the polls in November" is the vote, not a poll', () => {
    const found = datesOf(['Ressa Olund vowed to beat the mayor at the polls in November.']);
    expect(valueIn(found, 'in November')).not.toBe('2025-11');
  });
});

describe('the future written with a curly apostrophe', () => {
  it('"We’ll meet on Friday", written on a Wednesday, is the coming Friday as with a straight one', () => {
    const curly = datesOf(['“We’ll meet the Tarvel growers on Friday,” Olund said.'], '2026-02-18');
    const straight = datesOf(['"We\'ll meet the Tarvel growers on Friday," Olund said.'], '2026-02-18');
    expect(valueIn(curly, 'on Friday')).toBe('2026-02-20');
    expect(valueIn(straight, 'on Friday')).toBe('2026-02-20');
  });

  it('"won’t" is a future, not the past "won"', () => {
    const found = datesOf(['The Orlen levy won’t pass in the council vote Tuesday.'], '2026-02-18');
    expect(valueIn(found, 'Tuesday')).toBe('2026-02-24');
  });

  it('"hasn’t ... in eight weeks" in a sentence that looks ahead is a duration, not a date', () => {
    const found = datesOf(['The ferry they’ll refit hasn’t sailed in eight weeks.']);
    expect(valueIn(found, 'in eight weeks')).toBeUndefined();
  });
});

describe('a count on from an event, told in the past, that would land after publication', () => {
  it('is the publication day: the narration has caught up with the time of writing', () => {
    const found = datesOf([
      'The Brisk Valley ferry line will reopen on March 30.',
      'Forty days later, the quay at Brisk Valley was still shut.',
    ]);
    expect(valueIn(found, 'Forty days later')).toBe(FEBRUARY);
  });

  it('is the publication year when counted in years', () => {
    const found = datesOf([
      'Orlen will host the regatta in 2029.',
      'Three years later, the club reopened its boathouse.',
    ]);
    expect(valueIn(found, 'Three years later')).toBe('2026');
  });

  it('a count told in the future keeps its day ahead', () => {
    const found = datesOf([
      'The Brisk Valley ferry line will reopen on March 30.',
      'Two weeks later, the summer timetable will start.',
    ]);
    expect(valueIn(found, 'Two weeks later')).toBe('2026-04-13');
  });

  it('a past count that stays before publication keeps its day', () => {
    const found = datesOf(['The old ferry sank on Jan. 5.', 'Ten days later, divers found its bell.']);
    expect(valueIn(found, 'Ten days later')).toBe('2026-01-15');
  });
});

describe('a week told as a whole since the last dated day', () => {
  it('stops a count of days from that older day', () => {
    const found = datesOf([
      'On Monday the Orlen council met in closed session.',
      'Two weeks ago the mayor opened the Brisk Valley bridge, the same night her rival conceded.',
    ]);
    expect(found.find((d) => d.text === 'the same night')?.value).toBeNull();
  });

  it('"last week" stops it too', () => {
    const found = datesOf([
      'On Monday the Orlen council met in closed session.',
      'Last week the ferry crews struck.',
      'The day before, the owners had offered a raise.',
    ]);
    expect(found.find((d) => d.text === 'The day before')?.value).toBeNull();
  });

  it('with no week between, the count goes on from the day', () => {
    const found = datesOf([
      'On Monday the Orlen council met in closed session.',
      'The next day, the mayor resigned.',
    ]);
    expect(valueIn(found, 'The next day')).toBe('2026-02-17');
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import type { DateMention } from '../src/engine/schema.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences, for date classes found on training text; published on a Wednesday in July. */
const JULY_WEDNESDAY = '2025-07-16';

function datesOf(sentences: string[], published: string | null = JULY_WEDNESDAY): DateMention[] {
  return extractDates(sentenceDoc(sentences, { published }));
}

function readingOf(
  sentence: string,
  text: string,
  published: string = JULY_WEDNESDAY,
): string | null | undefined {
  return datesOf([sentence], published).find((d) => d.text === text)?.value;
}

describe('a month naming an event ("the November vote")', () => {
  it('is the coming one when its month is less than half a year ahead, even told in the past', () => {
    expect(readingOf('Judges in Pellan delayed the November vote on the Harrow dam.', 'November')).toBe(
      '2025-11',
    );
  });

  it('is the one just past when its month is half a year or more ahead', () => {
    expect(readingOf('Orla Venn spoke at the February rally in Dunmere.', 'February')).toBe('2025-02');
  });

  it('counts from a day already past after "since"', () => {
    expect(readingOf('Turnout has grown since the October vote in Caddow.', 'October')).toBe('2024-10');
  });
});

describe('"this coming week" and "this past week"', () => {
  it('"this coming week" is next week', () => {
    expect(readingOf('The Ferrow board meets this coming week.', 'this coming week')).toBe('2025-W30');
  });

  it('"this past week" told midweek is last week', () => {
    expect(readingOf('Tolvane shares slid this past week.', 'this past week')).toBe('2025-W28');
  });

  it('"this past week" told at the weekend is the week now ending', () => {
    expect(readingOf('Tolvane shares slid this past week.', 'this past week', '2025-07-20')).toBe('2025-W29');
  });
});

describe('"earlier in the week", "later in the month"', () => {
  it('is the unit the article is written in', () => {
    expect(readingOf('Later in the month, the Brannock ferry will resume.', 'Later in the month')).toBe(
      '2025-07',
    );
    expect(readingOf('Earlier in the week, Cadell Mills cut prices.', 'Earlier in the week')).toBe(
      '2025-W29',
    );
  });

  it('told on a Monday, "earlier in the week" is the week just ended', () => {
    expect(
      readingOf('Earlier in the week, Cadell Mills cut prices.', 'Earlier in the week', '2025-07-14'),
    ).toBe('2025-W28');
  });
});

describe('a pair of months with the year written once, after the second', () => {
  it('gives the first month that year', () => {
    expect(readingOf('Brenwick mills shut between March and June 2019.', 'March')).toBe('2019-03');
  });

  it('gives the year before to a first month later in the calendar than the second', () => {
    expect(readingOf('Sales at Orrel fell from November to February 2021.', 'from November')).toBe('2020-11');
  });
});

describe('a weekday inside a name is no date', () => {
  it('drops "Saturday Night Live", a "Sunday league" and Sheffield Wednesday', () => {
    const found = datesOf([
      'Dara Quill hosted "Saturday Night Live" for a second time.',
      'Ashby won its Sunday league match by four wickets.',
      'Tomlin signed for Sheffield Wednesday in a record deal.',
      'Orla Venn told “Fox News Sunday” that the dam must go.',
    ]);
    expect(found).toEqual([]);
  });

  it('keeps a day told beside a channel ("on Fox News Tuesday night")', () => {
    expect(readingOf('Orla Venn spoke on Fox News Tuesday night.', 'Tuesday night')).toBe('2025-07-15');
  });
});

describe('a capitalised "Now" ending a name', () => {
  it('is no date after a capitalised word', () => {
    const found = datesOf([
      'The group Ferrow Valley Now sued the county.',
      'The band played "All Right Now" twice.',
    ]);
    expect(found).toEqual([]);
  });

  it('stays the present after a headline verb or at the start of a sentence', () => {
    expect(readingOf('Brann Is Now Leading In Caddow', 'Now')).toBe(JULY_WEDNESDAY);
    expect(readingOf('Now the mill is closed.', 'Now')).toBe(JULY_WEDNESDAY);
  });
});

describe('a bare two-digit decade in a sentence about figures', () => {
  it('is a range of numbers, not of years', () => {
    expect(datesOf(['Her approval rating slid into the mid-30s.'])).toEqual([]);
  });

  it('stays a decade elsewhere', () => {
    expect(readingOf('Orla Venn grew up in the 70s.', 'in the 70s')).toBe('1970/1979');
  });
});

describe('a capitalised unit after a possessive or an opening quote', () => {
  it('is a programme title, not the week', () => {
    expect(datesOf(["Dara Quill told KTVN's This Week that the Harrow dam must go."])).toEqual([]);
    expect(datesOf(['Quill hosts the sketch show “Next Week Live” from Dunmere.'])).toEqual([]);
  });

  it('a headline that says when keeps its date', () => {
    expect(readingOf('Harrow Dam Vote Scheduled For Next Week', 'Next Week')).toBe('2025-W30');
  });
});

describe('a weekday naming an event ("the Tuesday primary")', () => {
  it('is the nearest such day when nothing past governs it', () => {
    // Published on a Monday: the coming Tuesday, not last week's.
    expect(
      readingOf('Vell told reporters: “We can win Caddow’s Tuesday primary.”', 'Tuesday', '2025-07-14'),
    ).toBe('2025-07-15');
  });

  it('is the past one when a past verb follows', () => {
    expect(readingOf('At a Friday rally in Dunmere, Orla Venn promised lower fares.', 'Friday')).toBe(
      '2025-07-11',
    );
  });

  it('a verb looking ahead keeps it ahead', () => {
    expect(
      readingOf(
        'Brann is expected to file before the Sunday deadline that it missed once.',
        'Sunday',
        '2025-07-18',
      ),
    ).toBe('2025-07-20');
  });
});

describe('a month in a clause with a modal or an infinitive but no tense of its own', () => {
  it('is the coming one when less than half a year ahead, under a past frame', () => {
    expect(readingOf('Orla Venn said that the council must decide in October.', 'in October')).toBe(
      '2025-10',
    );
    expect(readingOf('Vell boomed: “Let’s beat them in November.”', 'in November')).toBe('2025-11');
  });

  it('stays past without one ("stepped down as chair, treasurer and clerk in October")', () => {
    expect(readingOf('Brann stepped down as chair, treasurer and clerk in October.', 'in October')).toBe(
      '2024-10',
    );
  });
});

describe('a half told in a match report', () => {
  it('is the game’s half, not the year’s', () => {
    expect(datesOf(['Tomlin scored twice in the second half as Dunmere won the match.'])).toEqual([]);
  });

  it('a company’s half stays the year’s', () => {
    expect(
      readingOf('Orrel said first-half profit rose as sales of its game consoles grew.', 'first-half'),
    ).toBe('2025-01/2025-06');
  });
});

describe('"the last week of the race"', () => {
  it('is the final unit of what follows, not a stretch up to publication', () => {
    expect(datesOf(['Vell gained ground in the last week of the race.'])).toEqual([]);
    expect(datesOf(['Orla Venn spoke on the last day of the Dunmere fair.'])).toEqual([]);
  });

  it('"the past week" alone stays a stretch up to publication', () => {
    expect(readingOf('Vell gained ground in the past week.', 'in the past week')).toBe(
      '2025-07-09/2025-07-16',
    );
  });
});

describe('a vote named by its day ("the Nov. 4 election")', () => {
  it('is the coming one less than half a year ahead, even told in the past', () => {
    expect(readingOf('Vell said the ads were meant to sway the Nov. 4 election.', 'the Nov. 4')).toBe(
      '2025-11-04',
    );
    expect(readingOf('Orla Venn won Caddow’s June 3 primary.', 'June 3', '2025-06-10')).toBe('2025-06-03');
  });

  it('is so with the vote named before its day', () => {
    expect(readingOf('Parties in Caddow clashed ahead of local elections on Nov. 20.', 'on Nov. 20')).toBe(
      '2025-11-20',
    );
  });

  it('a day naming something else keeps the tense reading', () => {
    expect(readingOf('Vell gave a Nov. 4 speech to the Caddow guild.', 'Nov. 4')).toBe('2024-11-04');
  });
});

describe('a date set in capitals (headlines, schedules, gazette titles)', () => {
  it('reads a capitals month and day, with the weekday before it', () => {
    expect(readingOf('LEAGUE FIXTURES FOR SATURDAY, JULY 19TH', 'SATURDAY, JULY 19TH')).toBe('2025-07-19');
  });

  it('reads a capitals full date with its year', () => {
    expect(readingOf('NOTICES OF THE BOARD OF MARCH 4, 2024.', 'MARCH 4, 2024')).toBe('2024-03-04');
  });

  it('leaves a capitals "MAY" before a figure as the modal', () => {
    expect(readingOf('FERROW SHARES MAY 5 PCT LOWER', 'MAY 5')).toBeUndefined();
  });
});

describe('two months joined by a hyphen ("January-June profit")', () => {
  it('is one range, the latest ending by publication when no year is written', () => {
    expect(readingOf('Ferrow Mills said its March-June profit fell.', 'March-June')).toBe('2025-03/2025-06');
  });

  it('takes a year written after it', () => {
    expect(readingOf('Exports rose in Feb-May 2023, the ministry said.', 'in Feb-May 2023')).toBe(
      '2023-02/2023-05',
    );
  });

  it('is the nearest one when the clause looks ahead', () => {
    expect(readingOf('Ferrow Mills will report its October-December sales.', 'October-December')).toBe(
      '2025-10/2025-12',
    );
  });
});

describe('a stretch of days across a month\'s end ("Sept 25 - Oct 10")', () => {
  it('is one range from the first day to the last', () => {
    expect(readingOf('Pellan Polls surveyed voters from June 28-July 3.', 'from June 28-July 3')).toBe(
      '2025-06-28/2025-07-03',
    );
  });

  it('runs into the next year when the last month comes earlier in the calendar', () => {
    expect(readingOf('Deliveries are set for Dec 20 - Jan 6, 2026.', 'Dec 20 - Jan 6, 2026')).toBe(
      '2025-12-20/2026-01-06',
    );
  });
});

describe('a weekday after "ahead of" and the event it dates ("ahead of the vote on Saturday")', () => {
  it('is the coming one', () => {
    expect(readingOf('Ferrow shares slipped ahead of the bank survey due out on Monday.', 'on Monday')).toBe(
      '2025-07-21',
    );
  });

  it('still yields to a comma between cue and day', () => {
    expect(readingOf('Ahead of the vote, Orla Venn met the mayor on Monday.', 'on Monday')).toBe(
      '2025-07-14',
    );
  });
});

describe('an event moved to a new day ("postponed until Friday")', () => {
  it('a weekday is the coming one, though the clause is told in the past', () => {
    expect(readingOf('The Harrow final was postponed until Monday.', 'until Monday')).toBe('2025-07-21');
  });

  it('a month-day is the coming one, however far ahead', () => {
    expect(readingOf('Part of the fine was suspended until March 1.', 'until March 1')).toBe('2026-03-01');
  });
});

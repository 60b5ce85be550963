import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import type { DateMention } from '../src/engine/schema.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Wednesday. */
const WEDNESDAY = '2025-10-15';

function datesOf(sentences: string[], published: string | null = WEDNESDAY): DateMention[] {
  return extractDates(sentenceDoc(sentences, { published }));
}

function valueIn(found: DateMention[], text: string): string | null | undefined {
  return found.find((d) => d.text === text)?.value;
}

describe('"N days earlier" counted back from the event being told', () => {
  it('looks back from the last dated event, as "N days later" looks on from it', () => {
    const found = datesOf([
      'The Varnholt council approved the budget on March 12, 2024.',
      'Two days earlier, residents had marched to the town hall.',
    ]);
    expect(valueIn(found, 'Two days earlier')).toBe('2024-03-10');
  });

  it('a month earlier than a month named just before is the month before it', () => {
    const found = datesOf(['Fewer yachts moored on the Lomar coast in July than a month earlier.']);
    expect(valueIn(found, 'a month earlier')).toBe('2025-06');
  });

  it('a figure compared with "a year earlier" is a results comparison, read from publication', () => {
    const found = datesOf([
      'Orrin Mills opened its first Delt plant in 2019.',
      'Its profit margin reached 12 percent, against 9 percent a year earlier.',
    ]);
    expect(valueIn(found, 'a year earlier')).toBe('2024');
  });

  it('with no event dated before it, it keeps its reading from publication', () => {
    const found = datesOf(['A year earlier, the Brisk Valley mill had closed.']);
    expect(valueIn(found, 'A year earlier')).toBe('2024');
  });

  it('an event dated ahead of publication is not counted back from', () => {
    const found = datesOf([
      'Supporters gathered ahead of next Tuesday’s vote in Oslin.',
      'A day earlier, four marchers were detained.',
    ]);
    expect(valueIn(found, 'A day earlier')).toBe('2025-10-14');
  });
});

describe('a month placed in the year of the event told', () => {
  it('"October of that year" and "August the same year" take the last dated year, not the publication year', () => {
    const found = datesOf([
      'The Pellow canal opened in 2011 and flooded in October of that year.',
      'In August the same year, the toll was lifted.',
    ]);
    expect(valueIn(found, 'in October of that year')).toBe('2011-10');
    expect(valueIn(found, 'In August the same year')).toBe('2011-08');
  });

  it('"that November" after a dated year, and a day "of the following year"', () => {
    const found = datesOf([
      'Mayor Edda Voss won the Tarrow primary in 1998 but lost that November.',
      'She returned to office on May 3 of the following year.',
    ]);
    expect(valueIn(found, 'that November')).toBe('1998-11');
    expect(valueIn(found, 'on May 3 of the following year')).toBe('1999-05-03');
  });

  it('with no year dated before it, "that March" keeps the month reading and "of that year" stays unresolved', () => {
    expect(valueIn(datesOf(['The Quell bridge closed that March.']), 'that March')).toBeUndefined();
    expect(valueIn(datesOf(['The Quell bridge closed that March.']), 'March')).toBe('2025-03');
    expect(valueIn(datesOf(['The bridge closed in June of that year.']), 'in June of that year')).toBeNull();
  });
});

describe('a yearly day a few weeks ahead, told in the past', () => {
  const DEC_22 = '2025-12-22';

  it('is the coming one: "the week before Christmas" two days before it', () => {
    const found = datesOf(['The Harlow choir sang twice in the busy week before Christmas.'], DEC_22);
    expect(valueIn(found, 'Christmas')).toBe('2025-12-25');
  });

  it('but a past verb right before it dates what happened, a year back', () => {
    const found = datesOf(['The old ferryman of Dunmere died on Christmas Day.'], DEC_22);
    expect(valueIn(found, 'on Christmas Day')).toBe('2024-12-25');
  });

  it('and one far ahead still follows the past tense', () => {
    const found = datesOf(['The Harlow choir sang at Christmas.'], '2025-06-10');
    expect(valueIn(found, 'at Christmas') ?? valueIn(found, 'Christmas')).toBe('2024-12-25');
  });
});

describe('the verb that governs a date decides its tense', () => {
  const AUG_20 = '2025-08-20';

  it('the cue nearest the date, not the clause’s first ("called for a strike over a levy due to be fixed in September")', () => {
    const found = datesOf(
      ['The Tamsin growers called for a strike over a levy due to be fixed in September.'],
      AUG_20,
    );
    expect(valueIn(found, 'in September')).toBe('2025-09');
  });

  it('and a past verb nearest the day dates it even after a promise ("vowed to ... and thanked voters Monday")', () => {
    const found = datesOf(['Mayor Ilse Brandt vowed to stay and thanked voters Monday.']);
    expect(valueIn(found, 'Monday')).toBe('2025-10-13');
  });

  it('a plan told in the past ("was due to sail on Saturday") is the nearest such day, either side of publication', () => {
    const sentence = 'The minister was due to sail for Norland on Saturday.';
    expect(valueIn(datesOf([sentence], '2025-10-17'), 'on Saturday')).toBe('2025-10-18');
    expect(valueIn(datesOf([sentence], '2025-10-19'), 'on Saturday')).toBe('2025-10-18');
  });

  it('"need", a compound like "club-hosted" and "put" after a modal are no past', () => {
    expect(
      valueIn(datesOf(['The council will need the new funds in November.'], AUG_20), 'in November'),
    ).toBe('2025-11');
    expect(valueIn(datesOf(['Fans will travel to the club-hosted final on Saturday.']), 'on Saturday')).toBe(
      '2025-10-18',
    );
    expect(
      valueIn(datesOf(['Lawmakers will put the Arlo measure to a vote on Thursday.']), 'on Thursday'),
    ).toBe('2025-10-16');
  });

  it('an -ed word after a preposition is an adjective ("notices about rigged ballots close to Election Day")', () => {
    const found = datesOf(
      ['The club would print notices about rigged ballots close to Election Day.'],
      AUG_20,
    );
    expect(valueIn(found, 'Election Day')).toBe('2025-11-04');
  });
});

describe('a possessive day ("Tuesday’s primary") is the nearest such day unless a verb says which', () => {
  it('a coming event named by its day is ahead, with no verb to say otherwise', () => {
    // Published on Monday.
    const found = datesOf(
      ['Going into Tuesday’s Orlin regatta, the skipper is staying quiet.'],
      '2025-10-13',
    );
    expect(valueIn(found, 'Tuesday')).toBe('2025-10-14');
  });

  it('a past verb that governs it, or one after it, puts it behind ("won Thursday’s debate", "Saturday’s call was")', () => {
    expect(
      valueIn(datesOf(['Voters asked who won Thursday’s Orlin debate.'], '2025-10-13'), 'Thursday'),
    ).toBe('2025-10-09');
    expect(
      valueIn(datesOf(['In Saturday’s call, the Orlin mayor was blunt.'], '2025-10-13'), 'In Saturday'),
    ).toBe('2025-10-11');
  });

  it('a future before or after it does not put it ahead ("would appeal Monday’s ruling", "will shape")', () => {
    const found = datesOf(['Monday’s ruling on the Orlin dam will shape the town for years.'], '2025-10-14');
    expect(valueIn(found, 'Monday')).toBe('2025-10-13');
    expect(
      valueIn(datesOf(['The Orlin council would appeal Monday’s ruling.'], '2025-10-15'), 'Monday'),
    ).toBe('2025-10-13');
  });
});

describe('a timetable in the simple present looks ahead', () => {
  it('"ends Sept. 30", "flies home on Tuesday"', () => {
    expect(
      valueIn(
        datesOf(['The Orlin ferry season, which ends Sept. 30, opened with record crowds.'], '2025-01-20'),
        'Sept. 30',
      ),
    ).toBe('2025-09-30');
    // Published on a Sunday.
    expect(
      valueIn(
        datesOf(['Keeper Dara Venn, who flies home on Tuesday, saved two penalties.'], '2025-10-12'),
        'on Tuesday',
      ),
    ).toBe('2025-10-14');
  });
});

describe('a date beside reported speech dates the report', () => {
  // Published on a Thursday.
  const THURSDAY = '2025-10-16';

  it('a fronted date takes the reporting verb after it, not the modal it reports ("On Tuesday, the firm said it would ...")', () => {
    const found = datesOf(['On Tuesday, the Orlin Ferry Company said it would cut two routes.'], THURSDAY);
    expect(valueIn(found, 'On Tuesday')).toBe('2025-10-14');
  });

  it('a date right after a reporting verb dates the report ("saying on Wednesday she would visit ...")', () => {
    const found = datesOf(
      ['Mayor Edda Voss weighed in, saying on Wednesday she would visit the docks.'],
      THURSDAY,
    );
    expect(valueIn(found, 'on Wednesday')).toBe('2025-10-15');
  });
});

describe('a condition looks ahead', () => {
  it('"promised a new harbour if she takes office in January" is the coming January', () => {
    const found = datesOf(
      ['Candidate Rhea Molt promised a new harbour if she takes office in January.'],
      '2025-08-01',
    );
    expect(valueIn(found, 'in January')).toBe('2026-01');
  });

  it('but a condition told in the past keeps its own tense', () => {
    const found = datesOf(
      ['Rhea Molt said she would quit if the council had voted in January.'],
      '2025-08-01',
    );
    expect(valueIn(found, 'in January')).toBe('2025-01');
  });
});

describe('a paper or a programme called Today is no date', () => {
  it('"USA Today", "NBC’s Today", "the Today show"; the day itself still is', () => {
    expect(datesOf(['Coach Ines Barta gave an interview to USA Today about the final.'])).toEqual([]);
    expect(datesOf(['The mayor told NBC’s “Today” that the Orlin bridge would reopen.'])).toEqual([]);
    expect(datesOf(['The chef cooked a pie on the Today show.'])).toEqual([]);
    expect(valueIn(datesOf(['Today the Orlin bridge reopened.']), 'Today')).toBe(WEDNESDAY);
  });
});

describe('"the following N months" counts from the last dated event', () => {
  it('is a stretch from that event; with none before it, unresolved', () => {
    const found = datesOf([
      'The Orlin canal reopened on March 3, 2021, and carried record traffic over the following two months.',
    ]);
    expect(valueIn(found, 'the following two months')).toBe('2021-03-03/2021-05-03');
    expect(
      valueIn(datesOf(['Traffic rose over the following two months.']), 'the following two months'),
    ).toBeNull();
  });
});

describe('a passive "planned" is a plan', () => {
  it('"a vote was planned in Orlin Wednesday" is the nearest Wednesday', () => {
    // Published on a Tuesday.
    const found = datesOf(['A vote was planned in Orlin Wednesday.'], '2025-10-14');
    expect(valueIn(found, 'Wednesday')).toBe('2025-10-15');
  });
});

describe('"later in the day" and fixture headings', () => {
  it('"later in the day" is the day being told, else the publication day', () => {
    const told = datesOf(['The Orlin council met on Monday.', 'Later in the day, the mayor resigned.']);
    expect(valueIn(told, 'Later in the day')).toBe('2025-10-13');
    expect(valueIn(datesOf(['The final heat will be rowed later in the day.']), 'later in the day')).toBe(
      WEDNESDAY,
    );
  });

  it('"Playing Sunday:" heads a list of coming fixtures; "Played Sunday:" of past ones', () => {
    // Published on a Saturday.
    expect(valueIn(datesOf(['Playing Sunday:'], '2025-10-18'), 'Sunday')).toBe('2025-10-19');
    expect(valueIn(datesOf(['Played Sunday:'], '2025-10-18'), 'Sunday')).toBe('2025-10-12');
  });
});

describe('a possibility ("may", "might", "could" before a verb) looks ahead', () => {
  it('"the ruling could come Friday" is the coming one; a perfect, "could not" and "could be found" keep the past', () => {
    const found = datesOf([
      'The Brevik tribunal said its ruling could come Friday.',
      'The Velm ferry crew may have sighted the wreck on Monday.',
      'The Orrin club’s treasurer could not be reached Tuesday.',
      'Both ledgers could be found in a locker opened Sunday.',
    ]);
    expect(valueIn(found, 'Friday')).toBe('2025-10-17');
    expect(valueIn(found, 'on Monday')).toBe('2025-10-13');
    expect(valueIn(found, 'Tuesday')).toBe('2025-10-14');
    expect(valueIn(found, 'Sunday')).toBe('2025-10-12');
  });

  it('"turnout may slip in March" is the coming March, but a past verb after the modal still governs', () => {
    const found = datesOf([
      'Organisers warned that turnout at the Dallow regatta may slip in March.',
      'Fears that the Sarn mill might close prompted a walkout on Monday.',
    ]);
    expect(valueIn(found, 'in March')).toBe('2026-03');
    expect(valueIn(found, 'on Monday')).toBe('2025-10-13');
  });
});

describe('a bare season with nothing past of its own', () => {
  it('"likely to sow in the fall", written in spring, is the coming fall; one told in the past stays behind', () => {
    // Published in April.
    const found = datesOf(
      [
        'The Tarvel growers bought seed that they are likely to sow in the fall.',
        'The Tarvel dam was finished in the fall.',
        'Throughout the summer, the Lesk mill workers struck.',
      ],
      '2025-04-10',
    );
    expect(valueIn(found, 'in the fall')).toBe('2025-09/2025-11');
    expect(found.filter((d) => d.text === 'in the fall').map((d) => d.value)).toEqual([
      '2025-09/2025-11',
      '2024-09/2024-11',
    ]);
    expect(valueIn(found, 'Throughout the summer')).toBe('2024-06/2024-08');
  });
});

describe('a day named for a vote is awaited', () => {
  it('"with Election Day ahead", written in February, is the coming November one; "turnout fell on Election Day" the last', () => {
    const found = datesOf(
      [
        'With Election Day ahead, the Harwick campaign is hiring canvassers.',
        'In Marlow County, turnout fell on Election Day.',
      ],
      '2026-02-12',
    );
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Election Day', '2026-11-03'],
      ['on Election Day', '2025-11-04'],
    ]);
  });
});

describe('an event named by a possessive month', () => {
  it('"called November’s runoff", written in August, is the coming November; "October’s harvest", written in November, the last', () => {
    expect(
      valueIn(datesOf(['Mayor Tavin called November’s runoff a test of nerve.'], '2025-08-20'), 'November'),
    ).toBe('2025-11');
    expect(
      valueIn(datesOf(['October’s harvest in the Brenn orchards beat forecasts.'], '2025-11-20'), 'October'),
    ).toBe('2025-10');
  });
});

describe('a forecast looks ahead', () => {
  it('"said the mayor is likely to win Tuesday" is the coming Tuesday, as "will win" is', () => {
    const found = datesOf([
      'Pollsters in Ostry said Mayor Quell is likely to win Tuesday.',
      'The Harn council is poised to approve the budget in March.',
    ]);
    expect(valueIn(found, 'Tuesday')).toBe('2025-10-21');
    expect(valueIn(found, 'in March')).toBe('2026-03');
  });
});

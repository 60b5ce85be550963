import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { articleDate } from '../src/engine/dates/dateline.js';
import { LiteralSet } from '../src/engine/dates/literals.js';
import type { Doc } from '../src/engine/doc.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { DateMention } from '../src/engine/schema.js';
import { sentenceDoc } from './helpers/docs.js';

/** Published on a Friday, like the seed article. */
const FRIDAY = '2024-05-17';

function docOf(sentences: string[], published: string | null = FRIDAY): Doc {
  return sentenceDoc(sentences, { published });
}

function datesIn(sentence: string, published: string | null = FRIDAY): DateMention[] {
  return extractDates(docOf([sentence], published));
}

function only(sentence: string, published: string | null = FRIDAY): DateMention {
  const found = datesIn(sentence, published);
  expect(found.map((d) => d.text)).toHaveLength(1);
  return found[0] as DateMention;
}

describe('seed article (published Friday 2024-05-17)', () => {
  const text = readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8');
  const parsed = parseArticle({ text, published: FRIDAY });
  const byText = (t: string) => parsed.dates.find((d) => d.text === t && !d.caption);

  it.each([
    ['since January', '2024-01', 'month', 'round of discussions'],
    ['this week', '2024-W20', 'week', 'talks'],
    ['on Friday', '2024-05-17', 'day', 'told Axios and Walla'],
    ['last month', '2024-04', 'month', 'strikes in Israel'],
    ['on Monday', '2024-05-13', 'day', 'briefing'],
  ])(
    '"%s" resolves to %s in the sentence that says it, with its event',
    (phrase, value, granularity, event) => {
      const d = byText(phrase);
      expect(d).toBeDefined();
      expect(d?.value).toBe(value);
      expect(d?.granularity).toBe(granularity);
      expect(parsed.sentences[d?.sentence ?? -1]).toContain(phrase);
      expect(d?.event).toContain(event);
    },
  );
});

describe('relative expressions resolve against the publication day', () => {
  it.each([
    ['The vote was held yesterday.', '2024-05-16', 'day'],
    ['The results are due today.', '2024-05-17', 'day'],
    ['The president speaks tonight.', '2024-05-17', 'day'],
    ['The court rules tomorrow.', '2024-05-18', 'day'],
    ['Sales fell last year.', '2023', 'year'],
    ['The plant opens next year.', '2025', 'year'],
    ['The fire started two weeks ago.', '2024-W18', 'week'],
    ['She moved to Lisbon three years ago.', '2021', 'year'],
    ['Inflation eased earlier this month.', '2024-05', 'month'],
    ['The law takes effect later this year.', '2024', 'year'],
    ['Rents rose last month.', '2024-04', 'month'],
    ['Prices jumped this week.', '2024-W20', 'week'],
  ])('%s → %s', (sentence, value, granularity) => {
    const d = only(sentence);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe(granularity);
  });

  it('"the past two weeks" is a range ending on the publication day', () => {
    const d = only('Protests have spread over the past two weeks.');
    expect(d.value).toBe('2024-05-03/2024-05-17');
    expect(d.granularity).toBe('range');
  });

  it('a bare weekday in a past-tense clause is the one before publication', () => {
    expect(only('The minister resigned on Monday.').value).toBe('2024-05-13');
  });

  it('a weekday in a future-tense clause is the next one', () => {
    expect(only('The minister will visit Paris on Monday.').value).toBe('2024-05-20');
    expect(only('The talks are scheduled to resume on Wednesday.').value).toBe('2024-05-22');
  });

  it('in reported speech, a future verb after "said" dates what will happen, not the saying', () => {
    expect(only('He said the government would declare a state of emergency on Thursday.').value).toBe(
      '2024-05-23',
    );
    expect(only('Officials said the bridge will reopen on Monday.').value).toBe('2024-05-20');
    expect(only('She said on Monday that talks had failed.').value).toBe('2024-05-13');
  });

  it('a possessive weekday names an event already known, here the past one (the nearest)', () => {
    expect(only("Lawyers said they would appeal Wednesday's ruling.").value).toBe('2024-05-15');
  });

  it('"next Friday" published on a Friday skips the publication day', () => {
    expect(only('The report comes out next Friday.').value).toBe('2024-05-24');
  });

  it('"since January" is the most recent January not after publication', () => {
    expect(only('It was the first meeting since January.').value).toBe('2024-01');
    expect(only('It was the first meeting since January.', '2024-01-10').value).toBe('2024-01');
    expect(only('It was the first meeting since June.').value).toBe('2023-06');
  });

  it('a bare month in a past-tense clause is the latest one', () => {
    expect(only('Exports collapsed in March.').value).toBe('2024-03');
    expect(only('Exports collapsed in August.').value).toBe('2023-08');
  });

  it('a month-day without a year takes the publication year when near', () => {
    expect(only('The company reported results on March 5.').value).toBe('2024-03-05');
    expect(only('The dividend is payable June 3.').value).toBe('2024-06-03');
  });

  it('quarters, seasons and halves resolve to month ranges', () => {
    expect(only('Revenue rose in Q3.')).toMatchObject({ value: '2023-07/2023-09', granularity: 'quarter' });
    expect(only('The company expects profit in the third quarter of 2024.').value).toBe('2024-07/2024-09');
    expect(only('The stadium will open this summer.')).toMatchObject({
      value: '2024-06/2024-08',
      granularity: 'season',
    });
    expect(only('Growth slowed in the first half of 2024.')).toMatchObject({
      value: '2024-01/2024-06',
      granularity: 'range',
    });
  });
});

describe('absolute expressions', () => {
  it.each([
    ['The treaty was signed on 5 March 2020.', '2020-03-05', 'day'],
    ['The treaty was signed on March 5, 2020.', '2020-03-05', 'day'],
    ['The filing is dated 2024-05-01.', '2024-05-01', 'day'],
    ['The form was signed 5/17/2024.', '2024-05-17', 'day'],
    ['The firm was founded in 2019.', '2019', 'year'],
    ['Revenue doubled in fiscal 1990.', '1990', 'year'],
    ['He joined in July 1997.', '1997-07', 'month'],
    ['Crime fell sharply in the 1990s.', '1990/1999', 'decade'],
  ])('%s → %s', (sentence, value, granularity) => {
    const d = only(sentence);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe(granularity);
  });
});

describe('unknown publication date', () => {
  it('leaves relative expressions unresolved rather than using today', () => {
    const found = datesIn('Rents rose last month and fell on Monday.', null);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['last month', null],
      ['on Monday', null],
    ]);
  });

  it('still resolves absolute dates', () => {
    expect(only('The treaty was signed on March 5, 2020.', null).value).toBe('2020-03-05');
  });
});

describe('things that are not dates', () => {
  it.each([
    'Prices may rise further, analysts said.',
    'About 2,000 people attended the rally.',
    'The meeting starts at 10 a.m. sharp.',
    'Thousands joined a march through the capital.',
    'Some 1500 troops were deployed to the border.',
  ])('%s has no date', (sentence) => {
    expect(datesIn(sentence)).toEqual([]);
  });
});

describe('events', () => {
  it('names the clause around the date without the date itself', () => {
    const d = only('Police arrested two suspects in Leeds on Tuesday, officials said.');
    expect(d.event).toContain('Police arrested two suspects');
    expect(d.event).not.toContain('Tuesday');
  });
});

describe('a month and day without a year take the year the tense calls for', () => {
  it('"since Oct. 7" in a May article is last October, however far back', () => {
    expect(only('The ceasefire has held since Oct. 7, officials said.').value).toBe('2023-10-07');
  });

  it('a past-tense clause puts a far month-day in the past; a future one puts it ahead', () => {
    expect(only('The rebels attacked the border post on Oct. 7.').value).toBe('2023-10-07');
    expect(only('The two leaders will meet on Dec. 2 in Paris.').value).toBe('2024-12-02');
  });

  it('a month-day naming a happening ("the June 2 blast") is the last such day, even just ahead', () => {
    // Published on May 20: the next June 2 lies less than a fortnight ahead, but a blast is named after it.
    expect(
      only('Crews are still repairing the Lormont quay after the June 2 blast.', '2024-05-20').value,
    ).toBe('2023-06-02');
  });

  it('with no tense cue at all, a far month-day is the past one', () => {
    expect(only('Shares near the record high set on Nov. 20 in heavy trading.').value).toBe('2023-11-20');
  });

  it('a decision to act dates the act: "agreed to pay ... on Dec. 1" lies ahead', () => {
    expect(only('The company agreed to pay the fine on Dec. 1.').value).toBe('2024-12-01');
  });

  it('a month-day right after a past verb is the past one, even a few weeks ahead of publication', () => {
    expect(only('The firm reported on Jan. 28 that its profits fell.', '2024-12-05').value).toBe(
      '2024-01-28',
    );
    // Not right after the verb: a deadline the clause sets keeps the near date ahead.
    expect(only('The offer was extended to Jan. 28 by the board.', '2024-12-05').value).toBe('2025-01-28');
  });

  it('an -ed adjective after a determiner is no past verb: "the reduced fee is payable Dec. 1" is ahead', () => {
    expect(only('The reduced fee is payable Dec. 1 to members.', '2024-10-20').value).toBe('2024-12-01');
  });
});

describe('the tense of news writing: timetables, passives and clock times', () => {
  // Published Wednesday 2024-03-20.
  const SPRING = '2024-03-20';

  it.each([
    ['The retrial begins Sept. 9 in Leeds.', '2024-09-09'],
    ['Negotiations resume Oct. 2, the union said.', '2024-10-02'],
    ['The new parking rules take effect Jan. 1.', '2025-01-01'],
    ['The county fair opens on June 14.', '2024-06-14'],
  ])('a timetable in the simple present lies ahead: "%s" is %s', (sentence, value) => {
    expect(only(sentence, SPRING).value).toBe(value);
  });

  it('a plural subject with a base-form timetable verb looks ahead to the weekday', () => {
    expect(only('The two mayors meet Monday in Dover.', SPRING).value).toBe('2024-03-25');
  });

  it('hosting, holding and voting on a weekday are timetables too', () => {
    expect(only('The mayor hosts the summit on Monday.', SPRING).value).toBe('2024-03-25');
    expect(only('Members vote on the merger on Tuesday.', SPRING).value).toBe('2024-03-26');
  });

  it('a noun that looks like a base form is no timetable: "the head coach was naming"', () => {
    expect(only('The Rams head coach was naming his squad on Monday.', SPRING).value).toBe('2024-03-18');
  });

  it('a base form governed by an earlier past verb stays in the past', () => {
    expect(only('The general let the march begin as planned Saturday.', SPRING).value).toBe('2024-03-16');
  });

  it('an irregular participle after "is" is a passive, not a past: "is heard in May" is this May', () => {
    expect(only('The appeal is heard in May at the high court.', SPRING).value).toBe('2024-05');
    expect(only('The summit is held on Aug. 12 each year.', SPRING).value).toBe('2024-08-12');
  });

  it('a past whose form is its present ("hit", "cut") dates a month already past', () => {
    expect(only('The storm hit the coast in late August.', SPRING).value).toBe('2023-08');
  });

  it('"effective Feb. 1" is the nearest Feb. 1, though the appointment is told in the past', () => {
    expect(only('Ms Quill was named chair, effective Feb. 1.', '2023-10-26').value).toBe('2024-02-01');
    expect(only('The raise, effective Jan. 1, was paid late.', '2024-01-25').value).toBe('2024-01-01');
  });

  it('next month in a past-tense clause lies ahead unless the past verb takes it ("fell in March")', () => {
    expect(only('The league voted to take in two new clubs in early March.', '2024-02-10').value).toBe(
      '2024-03',
    );
    expect(only('The vote was set for March.', '2024-02-10').value).toBe('2024-03');
    expect(only('Sales fell in March.', '2024-02-10').value).toBe('2023-03');
    // Two months ahead is too far: told in the past, it is last year's.
    expect(only('The league announced changes for April.', '2024-02-10').value).toBe('2023-04');
    // But a plan told in the past ("was set for") is the nearest April, whichever side it lies.
    expect(only('The vote was set for April.', '2024-02-10').value).toBe('2024-04');
  });

  it("a date whose clause and neighbours carry no tense takes the sentence's", () => {
    // "In March" and the clause after it say nothing; the main verb, further on, does.
    expect(only('In March, two days after the parade, a van hit the barrier.', '2024-10-20').value).toBe(
      '2024-03',
    );
    expect(
      only('In March, two days after the parade, the council will inspect the barrier.', '2024-05-20').value,
    ).toBe('2025-03');
  });

  it('a weekday before the verb that reports a future dates the report, which is past', () => {
    // Published on a Friday: the programme went out the day before, not next Thursday.
    const found = only('Thursday on Radio Nine’s “Evening Hour,” Ada Brell said the Marle ticket would win.');
    expect(found.value).toBe('2024-05-16');
  });

  it('a weekday right after a word for something said dates the saying, not what it says will happen', () => {
    // Published on a Wednesday: the announcement was last Friday, whatever it said would come.
    const found = only(
      '“The ferry will stay,” the mayor said, just before the governor’s announcement Friday that she would run.',
      '2024-05-15',
    );
    expect(found.value).toBe('2024-05-10');
  });

  it('a clock time between a deadline word and the weekday does not hide the deadline', () => {
    // Published on a Monday: the deadline is the next day, not last week's Tuesday the past verb suggests.
    expect(only('The council gave tenants until 8 a.m. Tuesday to respond.', '2024-03-18').value).toBe(
      '2024-03-19',
    );
    expect(only('The deadline was moved to noon Friday.', SPRING).value).toBe('2024-03-15');
    expect(only('Bids are open until 10am Thursday.', SPRING).value).toBe('2024-03-21');
  });
});

describe('a month or month-day with "last/this/next year" takes the year it names', () => {
  it.each([
    ['The mill shut in March last year.', 'in March last year', '2023-03', 'month'],
    ['Prices peaked in June of last year.', 'in June of last year', '2023-06', 'month'],
    ['Exports fell in February this year.', 'in February this year', '2024-02', 'month'],
    ['The bridge will open in October next year.', 'in October next year', '2025-10', 'month'],
    ['The raid on Oct. 7 last year shocked the valley.', 'on Oct. 7 last year', '2023-10-07', 'day'],
    ['She was sworn in on 4 July last year.', 'on 4 July last year', '2023-07-04', 'day'],
    ['The ballot is set for Sept. 30 next year.', 'Sept. 30 next year', '2025-09-30', 'day'],
  ])('"%s" reads "%s" as %s', (sentence, text, value, granularity) => {
    const d = only(sentence);
    expect([d.text, d.value, d.granularity]).toEqual([text, value, granularity]);
  });

  it('even where the tense alone would pick the other year (a past month still ahead in the calendar)', () => {
    // Published in April: "in November" told in the past would be last November anyway, but "in
    // January" would be this January; "last year" says otherwise.
    expect(only('The plant was sold in January last year.', '2015-04-01').value).toBe('2014-01');
  });
});

describe('weekdays and counts that lie ahead', () => {
  it.each([
    ['The funeral is Saturday.', '2024-05-18'],
    ['The funeral is on Saturday.', '2024-05-18'],
    ['Kick-off is at 3pm on Saturday.', '2024-05-18'],
    ['The ballot is set for Tuesday.', '2024-05-21'],
  ])('a copula right before the weekday makes a timetable: "%s" is %s', (sentence, value) => {
    expect(only(sentence).value).toBe(value);
  });

  it('an arrangement in the present progressive lies ahead: "her team are playing on Friday"', () => {
    expect(only('Her team are playing on Friday evening.').value).toBe('2024-05-17');
    expect(only('The band is touring on Sunday.').value).toBe('2024-05-19');
  });

  it('"planned for", "expect ... to" and a deadline in a clause that looks ahead lie ahead', () => {
    const WEDNESDAY = '2024-05-15';
    expect(only('The rally, planned for Saturday, was cancelled.', WEDNESDAY).value).toBe('2024-05-18');
    expect(only('Officials expect the bill to pass Thursday.', WEDNESDAY).value).toBe('2024-05-16');
    expect(only('Doctors hope to discharge him by Sunday.', WEDNESDAY).value).toBe('2024-05-19');
    // A deadline with no look ahead stays the nearest day.
    expect(only('The offer ran until Sunday.', WEDNESDAY).value).toBe('2024-05-12');
  });

  it('a verb between the copula and the weekday leaves it in the past', () => {
    expect(only('He is accused of an assault on Saturday.').value).toBe('2024-05-11');
  });

  it('"this Sunday" is the coming one unless told in the past', () => {
    expect(only('The quiz airs this Sunday.').value).toBe('2024-05-19');
    expect(only('The quiz aired this Sunday.').value).toBe('2024-05-12');
  });

  it('what will happen "in the fourth quarter" lies ahead; results "for" a quarter come after it', () => {
    expect(only('Sales will rise in the fourth quarter.').value).toBe('2024-10/2024-12');
    expect(only('Sales rose in the fourth quarter.').value).toBe('2023-10/2023-12');
    expect(only('The firm will report results for the first quarter.').value).toBe('2024-01/2024-03');
  });

  it('"ahead of Saturday\'s final" awaits the coming Saturday', () => {
    expect(only("The coach spoke ahead of Saturday's final.").value).toBe('2024-05-18');
    expect(only("Wednesday's ruling was appealed.").value).toBe('2024-05-15');
    // Published on a Monday: traders who squared up ahead of the weekend await the coming one.
    expect(only('Traders sold shares ahead of the weekend.', '2024-05-13').value).toBe('2024-W20');
    expect(only('Traders sold shares over the weekend.', '2024-05-13').value).toBe('2024-W19');
  });

  it.each([
    ['The van was seen on the 3rd.', 'on the 3rd', '2024-05-03'],
    ['He arrived on the 23rd.', 'on the 23rd', '2024-04-23'],
    ['The hearing is on the 28th.', 'on the 28th', '2024-05-28'],
    ['He will leave on the 2nd.', 'on the 2nd', '2024-06-02'],
    ['The rent is due by the 5th of next month.', 'by the 5th of next month', '2024-06-05'],
  ])('a day of the month alone: "%s" reads %s as %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value]).toEqual([text, value]);
  });

  it('an ordinal before a noun is no day: "the 3rd floor", "the 14th hole"', () => {
    expect(datesIn('She lives on the 3rd floor.')).toEqual([]);
    expect(datesIn('He sank a putt on the 14th hole.')).toEqual([]);
  });

  it.each([
    ['The ferry will resume in 10 days.', 'in 10 days', '2024-05-27'],
    ['The vote is in two weeks.', 'in two weeks', '2024-W22'],
    ["The depot will close in three months' time.", "in three months' time", '2024-08'],
  ])('"%s": %s counted forward from publication is %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value]).toEqual([text, value]);
  });

  it('"in two weeks" told in the past is how long something took, and "in N years of" is a stretch', () => {
    expect(datesIn('In 10 days, the rebels lost half their ground.')).toEqual([]);
    expect(datesIn('The club will fold in two years of losses.')).toEqual([]);
  });
});

describe('spans of days and dates given in pairs', () => {
  it.each([
    ['The regatta ran March 5-7.', 'March 5-7', '2024-03-05/2024-03-07'],
    ['The fair ran June 3 to 9, 2019.', 'June 3 to 9, 2019', '2019-06-03/2019-06-09'],
    ['Voting took place on 4-5 May.', 'on 4-5 May', '2024-05-04/2024-05-05'],
    ['Hearings will be held 10 to 12 June.', '10 to 12 June', '2024-06-10/2024-06-12'],
  ])('"%s" is one span of days, "%s" = %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value, d.granularity]).toEqual([text, value, 'range']);
  });

  it.each([
    ['The review covers 2019-2023.', '2019-2023', '2019/2023'],
    ['He scored 30 goals in the 2022-23 season.', '2022-23', '2022/2023'],
    ['Prices fell in 1990–91.', 'in 1990–91', '1990/1991'],
  ])('"%s": the years %s are the span %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value, d.granularity]).toEqual([text, value, 'range']);
  });

  it('a year and a later-looking number that is no span stays unread as a range', () => {
    expect(datesIn('Dial 2019-2000 for tickets.').filter((d) => d.granularity === 'range')).toEqual([]);
  });

  it('ISO order with slashes and "March the 5th" are full dates', () => {
    expect(only('The deal closed on 2024/03/05.').value).toBe('2024-03-05');
    expect(only('The deal closed on March the 5th.').value).toBe('2024-03-05');
  });

  const pairs = (sentence: string) => datesIn(sentence).map((d) => `${d.text}=${d.value}`);

  it('a bare second day is in the first date\'s month: "on May 3 and 4"', () => {
    expect(pairs('Vigils were held on May 3 and 4.')).toEqual(['on May 3=2024-05-03', '4=2024-05-04']);
  });

  it('a number after "and" that counts something is no day', () => {
    expect(pairs('On May 3 and 12 sheep were lost.')).toEqual(['On May 3=2024-05-03']);
  });

  it('the second of a pair is the first such date after the first, across a year end', () => {
    expect(pairs('Floods hit the delta from Dec. 28 to Jan. 3.')).toEqual([
      'from Dec. 28=2023-12-28',
      'Jan. 3=2024-01-03',
    ]);
    expect(pairs('Sales slumped from October to February.')).toEqual([
      'from October=2023-10',
      'February=2024-02',
    ]);
  });

  it('a year given once with the first date holds for the second', () => {
    expect(pairs('The survey ran from March 2019 to June.')).toEqual([
      'from March 2019=2019-03',
      'June=2019-06',
    ]);
  });
});

describe('centuries and months used as modifiers', () => {
  it.each([
    ['The 12th century chapel draws visitors.', 'The 12th century', '1100/1199'],
    ['She collects 18th-century clocks.', '18th-century', '1700/1799'],
    ['Trade boomed in the nineteenth century.', 'in the nineteenth century', '1800/1899'],
  ])('"%s": %s is the years %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value, d.granularity]).toEqual([text, value, 'range']);
  });

  it('a month name between a determiner and a noun is the month: "the March vote"', () => {
    expect(only('The March vote lets them join.').value).toBe('2024-03');
    expect(only('Their May summit was cancelled.', '2024-11-02').value).toBe('2024-05');
  });

  it('an undotted month abbreviation alone is a name unless a cue word comes before it', () => {
    expect(datesIn('The envoy Jan Brodsky said the plan failed.')).toEqual([]);
    expect(only('Sales rose in Oct and fell after.').value).toBe('2023-10');
  });

  it('a month name that is a person or a verb stays unread', () => {
    expect(datesIn('The April Fields trust paid for it.')).toEqual([]);
    expect(datesIn('Protesters may march on the capital.')).toEqual([]);
  });

  it('a deadline before a modifier month keeps it near: "until a June review" lies ahead', () => {
    expect(only('The inquiry is paused until a June review.', '2015-04-01').value).toBe('2015-06');
  });
});

describe('"this" with a month or season means the one of the publication year', () => {
  it("a month seven months ahead is still this year's, not the one five months back", () => {
    expect(only('The general election is due this September.', '1998-02-05').value).toBe('1998-09');
  });

  it("a season already over this year is that one, not next year's", () => {
    expect(only('The new ferry line started running this summer.', '2023-10-15').value).toBe(
      '2023-06/2023-08',
    );
  });

  it('a season under way is the current one, even when it began last year', () => {
    expect(only('Heating bills have soared this winter.', '2024-02-10').value).toBe('2023-12/2024-02');
  });

  it("a clause that looks ahead from after this year's occurrence means the next one", () => {
    expect(only('The park will reopen this spring.', '2024-12-10').value).toBe('2025-03/2025-05');
    expect(only('The rules will take effect this January.', '2024-12-10').value).toBe('2025-01');
  });
});

describe('dates anchored to an earlier event', () => {
  const story = docOf([
    'Rebels seized the airport on March 3, 2023.',
    'The following day, government troops surrounded the city.',
    'The next morning the border reopened.',
    'Two weeks later, talks began in Geneva.',
    'A few days later the rebels withdrew.',
  ]);
  const dates = extractDates(story);
  const value = (text: string) => dates.find((d) => d.text === text)?.value;

  it('"the following day" and "the next morning" count from the last dated event, not publication', () => {
    expect(value('The following day')).toBe('2023-03-04');
    expect(value('The next morning')).toBe('2023-03-05');
  });

  it('"two weeks later" is fourteen days after the last event; "a few days later" a short range after that', () => {
    expect(value('Two weeks later')).toBe('2023-03-19');
    expect(value('A few days later')).toBe('2023-03-21/2023-03-24');
  });

  it('"the following year" and "later that year" need only a year, and an event earlier in the same sentence counts', () => {
    const found = datesIn('The firm moved to Leeds in 2019, and the following year it opened a plant.');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['in 2019', '2019'],
      ['the following year', '2020'],
    ]);
  });

  it('with nothing dated before it, an anchored date stays unresolved', () => {
    const found = datesIn('The following day, troops surrounded the city.');
    expect(found.map((d) => [d.text, d.value, d.granularity])).toEqual([['The following day', null, 'day']]);
  });

  it('"the next week" keeps its publication-relative reading', () => {
    expect(only('Prices will rise in the next week.').value).toBe('2024-05-17/2024-05-24');
  });

  it('"the next year" told in the past is the year after the event; "the previous year" stays publication-relative', () => {
    const found = extractDates(
      docOf([
        'The band formed in 2009.',
        'The next year, it released its first album.',
        'Sales fell from the previous year.',
      ]),
    );
    const value = (text: string) => found.find((d) => d.text.endsWith(text))?.value;
    expect(value('The next year')).toBe('2010');
    expect(value('the previous year')).toBe('2023');
  });

  it('"the following Monday" is the first Monday after the event; "the previous Friday" the last one before it', () => {
    const valueAfter = (sentence: string, text: string) =>
      extractDates(docOf(['The ferry left port on Wednesday, Feb. 7, 2024.', sentence])).find(
        (d) => d.text === text,
      )?.value;
    expect(valueAfter('It docked the following Monday.', 'the following Monday')).toBe('2024-02-12');
    expect(valueAfter('Its crew had signed up the previous Friday.', 'the previous Friday')).toBe(
      '2024-02-02',
    );
  });

  it('with nothing dated before it, "the following Monday" counts from publication', () => {
    expect(only('Nobody knew who would win until the following Monday.').value).toBe('2024-05-20');
  });

  it('a weekday set beside an anchored day names that day: "the following morning on Wednesday"', () => {
    const found = extractDates(
      docOf([
        'The pair were stopped at the port on June 4, 2024.',
        'The following morning on Wednesday, they were charged.',
      ]),
    );
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['on June 4, 2024', '2024-06-04'],
      ['The following morning', '2024-06-05'],
      ['on Wednesday', '2024-06-05'],
    ]);
  });

  it('"the day after" on its own counts from the event; with a noun after it, it is not read', () => {
    const found = extractDates(
      docOf(['The bridge closed on Sept. 9, 2023.', 'The day after, engineers found a crack.']),
    );
    expect(found.find((d) => d.text === 'The day after')?.value).toBe('2023-09-10');
    expect(datesIn('Tickets went on sale the day after the final.')).toEqual([]);
  });

  it('a day counted after a month dated since the last day is not counted from that older day', () => {
    const found = extractDates(
      docOf([
        'The Tarrow harbour board voted to close the pier on Tuesday.',
        'In March, its chairman had warned against the plan.',
        'The next day, two of its members resigned.',
        'Four days later, the pier was fenced off.',
      ]),
    );
    const value = (text: string) => found.find((d) => d.text === text)?.value;
    expect(value('In March')).toBe('2024-03');
    expect(value('The next day')).toBeNull();
    expect(value('Four days later')).toBeNull();
  });

  it('a "today" inside a quote is the speaker\'s day, not the event "the next day" counts from', () => {
    const found = extractDates(
      docOf([
        'The Ostrel mill burned on Thursday, March 7, 2024.',
        '“Today, we start again,” its owner told a rally in Vannby.',
        'The next day, workers cleared the site.',
      ]),
    );
    expect(found.find((d) => d.text === 'The next day')?.value).toBe('2024-03-08');
  });

  it('"the following spring" and "that summer" are seasons counted from the event', () => {
    const found = extractDates(
      docOf([
        'The mill shut in 2016.',
        'That summer its workers marched.',
        'It reopened the following spring.',
      ]),
    );
    const value = (text: string) => found.find((d) => d.text === text)?.value;
    expect(value('That summer')).toBe('2016-06/2016-08');
    expect(value('the following spring')).toBe('2017-03/2017-05');
  });
});

describe('named days, period ends and counted seasons', () => {
  it.each([
    ['He will be home by Christmas Day.', 'by Christmas Day', '2024-12-25'],
    ['Fireworks were set off on New Year’s Eve.', 'on New Year’s Eve', '2023-12-31'],
    ['The parade will take place on the Fourth of July.', 'on the Fourth of July', '2024-07-04'],
    ['Sales fell after last Thanksgiving.', 'last Thanksgiving', '2023-11-23'],
    ['The church was full on Easter Sunday.', 'on Easter Sunday', '2024-03-31'],
    ['The strike began on Christmas Eve 2019.', 'on Christmas Eve 2019', '2019-12-24'],
  ])('"%s" → %s = %s', (sentence, text, value) => {
    const d = only(sentence);
    expect([d.text, d.value, d.granularity]).toEqual([text, value, 'day']);
  });

  it.each([
    ['Shops were packed on Black Friday.', '2023-11-24'],
    ['Bargain hunters waited for Cyber Monday.', '2023-11-27'],
    ['Towns marked Juneteenth with parades.', '2023-06-19'],
    ['The pope led prayers on Palm Sunday.', '2024-03-24'],
  ])('"%s" names the day %s (the last one, told in the past)', (sentence, value) => {
    expect(only(sentence).value).toBe(value);
  });

  it('a weekday inside a name is no day of this week: "Super Tuesday", "Bloody Sunday"', () => {
    // Super Tuesday is read as the primaries' day (super-tuesday.ts), never as this week's Tuesday.
    expect(datesIn('Turnout in Kessia rose sharply on Super Tuesday.').map((d) => d.value)).toEqual([
      '2024-03-05',
    ]);
    expect(datesIn('The march marked Bloody Sunday.')).toEqual([]);
  });

  it('a named day that only names a stretch or a thing ("the Christmas holidays") is not dated', () => {
    expect(datesIn('Shops hired extra staff for the Christmas shopping season.')).toEqual([]);
  });

  it('"the end of the year" is the year, "the end of the month" the month', () => {
    expect(only('The plant will close by the end of the year.').value).toBe('2024');
    expect(only('Rents are due at the end of the month.').value).toBe('2024-05');
  });

  it('"the start of the year" is the publication year, "the end of the week" its week', () => {
    expect(only('Prices rose at the start of the year.').value).toBe('2024');
    const week = only('The report is due by the end of the week.');
    expect([week.value, week.granularity]).toEqual(['2024-W20', 'week']);
  });

  it('"two summers ago" is the summer before last, as a season', () => {
    const d = only('The drought began two summers ago.');
    expect([d.value, d.granularity]).toEqual(['2022-06/2022-08', 'season']);
  });
});

describe("the article's own date, from its dateline or byline", () => {
  it.each([
    ['Storm hits coast\nPosted Mar 25, 2024\nThe storm arrived on Monday.', '2024-03-25'],
    ['Ferry sinks\nSaturday, 17 March 2007\n\nThe ferry sank yesterday.', '2007-03-17'],
    [
      'By Staff Reporter\nPUBLISHED: 10:02 EST, 5 March 2015 | UPDATED: 12:33 EST, 6 March 2015\n\nText.',
      '2015-03-05',
    ],
    ['By Jane Doe | March 5, 2024\nThe council met.', '2024-03-05'],
    ['WASHINGTON, March 5, 2024 (Reuters) - The Senate voted on Tuesday to pass the bill.', '2024-03-05'],
    ['UPDATED: 12:33 EST, 6 March 2015\nThe minister resigned.', '2015-03-06'],
    ['Dam bursts\nMarch 5, 2024 / 6:01 AM / Updated 2 hours ago\nThe dam burst.', '2024-03-05'],
    ['Dam bursts\nJane Doe\nTue 5 Mar 2024 14.02 GMT\nThe dam burst.', '2024-03-05'],
    ['Dam bursts\nJane Doe | Daily Planet | March 5, 2024 4:52 PM\nThe dam burst.', '2024-03-05'],
    ['Dam bursts\nWritten by Jane Doe on March 5, 2024\nThe dam burst.', '2024-03-05'],
    ['Dam bursts\nMarch 5, 2024 at 10:43 a.m. | Updated March 6, 2024\nThe dam burst.', '2024-03-05'],
    ['CAIRO (AP) — March 5, 2024 — The dam burst on Monday.', '2024-03-05'],
    ['DENVER, Colo. (Reuters) - Dec. 5, 2024 - The dam burst on Monday.', '2024-12-05'],
  ])('reads %j as %s', (text, date) => {
    expect(articleDate(text)).toBe(date);
  });

  it('ignores a date inside story text and a dateline without a year', () => {
    expect(
      articleDate('The council met on March 5, 2024 to discuss the budget and voted to raise taxes.'),
    ).toBeNull();
    expect(articleDate('BRUSSELS, February 10 - NATO said on Wednesday it would expand.')).toBeNull();
  });

  it('given no publication date, parseArticle takes the byline date, marks it inferred, and resolves relative dates', () => {
    const parsed = parseArticle({
      text: 'Ferry sinks\nSaturday, 17 March 2007\n\nThe ferry sank in the harbour yesterday, the coastguard said.',
    });
    expect(parsed.published).toBe('2007-03-17');
    expect(parsed.publishedInferred).toBe(true);
    expect(parsed.dates.find((d) => d.text === 'yesterday')?.value).toBe('2007-03-16');
  });

  it('given a publication date, parseArticle keeps it and does not mark it inferred', () => {
    const parsed = parseArticle({
      text: 'Ferry sinks\nSaturday, 17 March 2007\n\nThe ferry sank in the harbour yesterday.',
      published: '2007-03-18',
    });
    expect([parsed.published, parsed.publishedInferred]).toEqual(['2007-03-18', false]);
  });
});

describe('the one-pass literal search the date rules are filtered by', () => {
  it('given overlapping, one-character and sentence-final literals, finds exactly those includes() finds', () => {
    const words = ['this ', 'this morn', 'the day', 'ago', '5', '/', 'dec', 'q1', 'later', 'year-'];
    const set = new LiteralSet();
    const ids = words.map((w) => set.idOf(w));
    const lower = 'this morning, 5 years ago, the company said its q1 figures were out later'.toLowerCase();
    const present = set.scan(lower);
    expect(ids.map((id) => present[id] === 1)).toEqual(words.map((w) => lower.includes(w)));
    expect(words.filter((_, i) => present[ids[i]!] === 1)).toEqual([
      'this ',
      'this morn',
      'ago',
      '5',
      'q1',
      'later',
    ]);
  });

  it('given literals that end inside longer ones or restart within them, finds exactly those includes() finds', () => {
    // "ago" ends inside "years ago", "rs a" lies within it, "yeyears" must restart the match part
    // way through, and a character past ASCII ("é") breaks a literal off.
    const words = ['years ago', 'ago', 'rs a', 'ears', 'yey', 'go t', 'cafe', 'fe o'];
    const set = new LiteralSet();
    const ids = words.map((w) => set.idOf(w));
    for (const lower of [
      'yeyears ago today',
      'two years agog',
      'the café opened',
      'ye ars ago',
      'a cafe opened',
    ]) {
      const present = set.scan(lower);
      expect(words.filter((_, i) => present[ids[i]!] === 1)).toEqual(words.filter((w) => lower.includes(w)));
    }
  });

  it('given text in any case, finds exactly those its lower case holds, without lowering it first', () => {
    // A capital reads as its lower case; KELVIN SIGN lowers to "k" and CAPITAL I WITH DOT to "i"
    // plus a combining dot, which breaks a literal off; other letters past ASCII break it too.
    const words = ['dec', 'week', 'ago', 'ki', 'ik', 'i', 'q1', 'later'];
    const set = new LiteralSet();
    const ids = words.map((w) => set.idOf(w));
    for (const text of [
      'Two WEEKS Ago, in DEC, Q1 ran LATER',
      'The \u212Aiosk opened',
      'an \u0130kram fair, \u0130\u0130 and \u212A\u0130',
      '\u00C9tienne left Dec. 3',
      'Weeks AGO',
    ]) {
      const lower = text.toLowerCase();
      const present = set.scan(text);
      expect(words.filter((_, i) => present[ids[i]!] === 1)).toEqual(words.filter((w) => lower.includes(w)));
    }
  });

  it('given a literal that is not lower case, refuses it rather than never finding it', () => {
    expect(() => new LiteralSet().idOf('Dec')).toThrow();
  });
});

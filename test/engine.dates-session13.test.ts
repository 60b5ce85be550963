import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { articleDate } from '../src/engine/dates/dateline.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented articles; each carries its date only in its dateline. */
describe('a dateline whose place runs straight into the date', () => {
  it.each([
    ['Tram fares frozen\n\nVELMORA 2025-06-12 The city froze tram fares on Thursday.', '2025-06-12'],
    ['Tram fares frozen\n\nPORT ALDEN, Kessia 2025-06-12 The city froze fares.', '2025-06-12'],
    ['Tram fares frozen\n\nOrla Fenwick VELMORA 2025-06-12 The city froze fares.', '2025-06-12'],
    ['Tram fares frozen\n\n[UPDATED 09:10 GMT] VELMORA 2025-06-12 The city froze fares.', '2025-06-12'],
  ])('reads %j as %s', (text, date) => {
    expect(articleDate(text)).toBe(date);
  });

  it('needs a place in capitals: a date after ordinary prose is an event', () => {
    expect(
      articleDate('Tram fares frozen\n\nThe council said 2025-06-12 would be the last day of old fares.'),
    ).toBeNull();
    expect(articleDate('Tram fares frozen\n\nFares in Velmora 2025-06-12 rose by a tenth.')).toBeNull();
  });

  it('dates the article, so its weekdays resolve', () => {
    const parsed = parseArticle({
      text: 'Tram fares frozen\n\nVELMORA 2025-06-12 The city council froze tram fares on Thursday after a vote on Tuesday.',
    });
    expect(parsed.published).toBe('2025-06-12');
    expect(parsed.publishedInferred).toBe(true);
    expect(parsed.dates.find((d) => d.text === 'on Tuesday')?.value).toBe('2025-06-10');
  });
});

/** Invented sentences; published on a Wednesday morning. */
const WEDNESDAY = '2025-06-11';

function dayValue(sentences: string[], text: string, published = WEDNESDAY): string | null | undefined {
  return extractDates(sentenceDoc(sentences, { published })).find((d) => d.text === text)?.value;
}

describe('a quoted "tonight" from last night', () => {
  it('is the night just told when the last dated day is the day before publication', () => {
    const told = [
      'Ilse Varga won the harbour district on Tuesday night.',
      '“Our win tonight is only a start,” she said.',
    ];
    expect(dayValue(told, 'tonight')).toBe('2025-06-10');
  });

  it('stays the publication day outside a quotation, or after an older day', () => {
    expect(
      dayValue(
        ['Ilse Varga won the harbour district on Tuesday night.', 'She speaks again tonight.'],
        'tonight',
      ),
    ).toBe('2025-06-11');
    expect(
      dayValue(
        ['Ilse Varga won the harbour district on Sunday night.', '“We celebrate tonight,” she said.'],
        'tonight',
      ),
    ).toBe('2025-06-11');
  });
});

describe('a date after a verb of urging or deciding and its infinitive', () => {
  it('dates the act asked for, the nearest such day, not the last one', () => {
    // Published on a Friday: the coming Monday is nearer than the last.
    expect(
      dayValue(
        ['On Friday the union urged its dockers to reopen the quay on Monday.'],
        'on Monday',
        '2025-06-13',
      ),
    ).toBe('2025-06-16');
    expect(dayValue(['At the rally the mayor urged them to vote Thursday.'], 'Thursday')).toBe('2025-06-12');
  });

  it('leaves a past verb without such an infinitive in the past', () => {
    expect(dayValue(['The dockers returned to work on Monday.'], 'on Monday', '2025-06-13')).toBe(
      '2025-06-09',
    );
    expect(dayValue(['The mayor travelled to Velmora to speak on Monday.'], 'on Monday')).toBe('2025-06-09');
  });
});

describe('a month naming a futures contract or a delivery', () => {
  it('is the coming one, however the sentence is told', () => {
    // Published in late August: last December is nearer than the next, but contracts lie ahead.
    expect(
      dayValue(
        ['December wheat futures were trading at 4.10 late in the session.'],
        'December',
        '2025-08-22',
      ),
    ).toBe('2025-12');
    expect(
      dayValue(
        ['The mill bought 30,000 tonnes of barley, all for October shipment.'],
        'October',
        '2025-08-22',
      ),
    ).toBe('2025-10');
  });

  it('leaves a month told of what happened alone', () => {
    expect(
      dayValue(['Wheat exports fell in December, the ministry said.'], 'in December', '2025-08-22'),
    ).toBe('2024-12');
  });
});

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
    const found = datesOf([
      'Ferry bookings on the Lomar coast fell 4 percent in July, compared to a month earlier.',
    ]);
    expect(valueIn(found, 'a month earlier')).toBe('2025-06');
  });

  it('a figure compared with "a year earlier" is a results comparison, read from publication', () => {
    const found = datesOf([
      'Orrin Mills opened its first Delt plant in 2019.',
      'Its profit rose to $5 million, or 9 cents a share, from $3 million, or 6 cents a share, a year earlier.',
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

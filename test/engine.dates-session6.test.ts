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
    const found = datesOf(['Party elders want a candidate who can win in November, Ressa Olund said.']);
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
    const found = datesOf(['Olund’s support among voters is up from 37 percent in January.']);
    expect(valueIn(found, 'in January')).toBe('2026-01');
  });

  it('without talk of a vote, a present-tense month keeps the nearest reading', () => {
    const found = datesOf(['The Brisk Valley ferry runs a reduced timetable in November.']);
    expect(valueIn(found, 'in November')).toBe('2025-11');
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { institutionFronts } from '../src/engine/entities/institution-fronts.js';
import type { SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { prepareDoc } from '../src/engine/pipeline.js';
import { isFurniture } from '../src/engine/text/boilerplate.js';

// Session 19, speed: work skipped or reordered where it cannot change the answer. Each test shows
// the answer the skipped work still gives where it matters. Sentences and names are invented.

const PUBLISHED = '2025-07-16';
function readingOf(text: string, expression: string): string | null | undefined {
  const doc = prepareDoc({ text, title: '', published: PUBLISHED });
  return extractDates(doc).find((d) => d.text === expression)?.value;
}

describe('a past setting asks for present cues only while one is carried or set', () => {
  it('given a carried setting, a sentence naming the present still ends it', () => {
    expect(
      readingOf(
        'In 2019, the Pellan ferry board met twice. It now meets monthly. On March 3, it voted on fares.',
        'On March 3',
      ),
    ).toBe('2025-03-03');
  });

  it('given a sentence that sets a year and names the present, the setting is not carried', () => {
    expect(
      readingOf(
        'In 2019, the Pellan quay closed and today it is a car park. On March 3, it reopened.',
        'On March 3',
      ),
    ).toBe('2025-03-03');
  });

  it('given no present cue, the setting is still carried', () => {
    expect(
      readingOf('In 2019, the Pellan ferry board met twice. On March 3, it voted on fares.', 'On March 3'),
    ).toBe('2019-03-03');
  });
});

describe('a date-stamp line is tested on its first token before the month search', () => {
  it('given stamps and credited stamps, they are furniture (a capitalised first word counts beside a year)', () => {
    expect(isFurniture('Mara Quill | Harbour Times | March 5, 2024')).toBe(true);
    expect(isFurniture('Posted 5 March 2024, 09:15 GMT')).toBe(true);
    expect(isFurniture('(Updated 5 March 2024)')).toBe(true);
    expect(isFurniture('Ørsta Daily | 5 March 2024')).toBe(true);
  });

  it('given prose holding a number or a date, it is not', () => {
    expect(isFurniture('Tolsey council set its 2024 budget in March.')).toBe(false);
    expect(isFurniture('Mara Quill said 40 people came.')).toBe(false);
    expect(isFurniture('ørsta fell 5 March 2024')).toBe(false);
  });
});

describe('institution fronts read capitals by character code', () => {
  const sentence = (text: string) =>
    ({
      caseless: false,
      tokens: text.split(' ').map((word) => ({ text: word })),
    }) as unknown as SentenceMentions;

  it('given a front past ASCII ("Ålesund University"), it is found; a word after a capital is not a front', () => {
    const fronts = institutionFronts([
      sentence('a poll by Ålesund University found'),
      sentence('the Élan Brewing Company said'),
      sentence('listeners of Tom Voss Morning Radio wrote'),
    ]);
    expect([...fronts].sort()).toEqual(['Élan', 'Ålesund'].sort());
  });
});

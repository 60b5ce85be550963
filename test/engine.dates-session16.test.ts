import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { endsAPhoneNumber } from '../src/engine/dates/phone-number.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-06-10';

function read(sentences: string[], published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a wire desk telephone number is no year', () => {
  it('drops the last group of a phone number ending the sentence', () => {
    expect(read(['Ferry fares in Orlen rose by a tenth. — Orlen Harbour Desk +1 415 555 1920'])).toEqual([]);
    expect(read(['Grain barges left Velmora on time. — Velmora desk 44-7 5550 1872'])).toEqual([]);
    expect(read(['The tender closed early (Kessia markets desk 212 555 1764)'])).toEqual([]);
  });

  it('keeps years in a row of years, after words, or with more text after them', () => {
    expect(read(['Ferry revenue, in millions, for the years 2024 2023 2022'])).toEqual([
      ['2024', '2024'],
      ['2023', '2023'],
      ['2022', '2022'],
    ]);
    expect(read(['The ferry line opened in 1920 and closed in 1961.'])).toEqual([
      ['in 1920', '1920'],
      ['in 1961', '1961'],
    ]);
    expect(endsAPhoneNumber('Desk 555 1920 ', 'was a good year.')).toBe(false);
    expect(endsAPhoneNumber('figures for 2024 ', '')).toBe(false);
    expect(endsAPhoneNumber('Desk +1 415 555 ', '')).toBe(true);
  });
});

describe('a vote outcome told by a verb not in the past names the coming month', () => {
  const MAY = '2026-05-12';

  it('reads the coming November after "win", "electing" or "competitive" under a past clause', () => {
    expect(read(['Turnout has risen among the renters her party must win in November.'], MAY)).toEqual([
      ['in November', '2026-11'],
    ]);
    expect(
      read(
        ['The caucus result sent word that even rivals saw the value of electing a mayor in November.'],
        MAY,
      ),
    ).toEqual([['in November', '2026-11']]);
  });

  it('keeps the month past for a vote already decided or a noun of outcome', () => {
    expect(read(['The ferry union backed Aldren after she won in November.'], MAY)).toEqual([
      ['in November', '2025-11'],
    ]);
    expect(read(['The club sacked its coach after a heavy defeat at home in June.'], '2026-08-20')).toEqual([
      ['in June', '2026-06'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { endsAProgrammeTitle } from '../src/engine/dates/broadcast-title.js';
import { sentenceDoc } from './helpers/docs.js';

/** Invented sentences; published on a Tuesday unless told otherwise. */
const TUESDAY = '2025-09-16';

function read(sentences: string[], published = TUESDAY) {
  return extractDates(sentenceDoc(sentences, { published })).map((d) => [d.text, d.value]);
}

describe('a capitalised day word ending a programme title is no date', () => {
  it('reads no day in a quoted title that ends with the day word', () => {
    expect(read(['The comic hosts the weekly satire “Harbour Lights Tonight,” which airs late.'])).toEqual(
      [],
    );
    expect(read(['She recalled the cancellation of her talk show “Velmora Tonight.”'])).toEqual([]);
  });

  it('reads no day in "the Velmora Tonight Show"', () => {
    expect(read(['The mayor sang a sea shanty on the Velmora Tonight Show with a ferry captain.'])).toEqual(
      [],
    );
    expect(endsAProgrammeTitle('on the Velmora Tonight Show with', 15, 22)).toBe(true);
  });

  it('takes ” as the opening mark of a broadcaster’s title, as some papers set it', () => {
    expect(read(['The harbour master told ABC’s ”This Week” that tolls would rise.'])).toEqual([]);
    expect(read(['Later on ”This Week,” the mayor said nothing.'])).toEqual([]);
  });

  it('still reads the day in speech and in running text', () => {
    expect(read(['“Not Tonight,” the mayor said of the vote.'])).toEqual([['Tonight', TUESDAY]]);
    expect(read(['The council said ”this week we vote” and left.'])).toEqual([['this week', '2025-W38']]);
    expect(read(['The ferry show opens tonight in Velmora.'])).toEqual([['tonight', TUESDAY]]);
  });
});

describe('a holiday named in a greeting or for a thing of the season is no date', () => {
  const DECEMBER = '2025-12-10';

  it('reads no day in "Merry Christmas" or "Happy Thanksgiving"', () => {
    expect(read(['The ferry captain waved and shouted “Merry Christmas.”'], DECEMBER)).toEqual([]);
    expect(read(['The mayor wished the crews a Happy Thanksgiving.'], DECEMBER)).toEqual([]);
  });

  it('reads no day in a Christmas ad, present or party', () => {
    expect(read(['The harbour board runs a Christmas ad on the quay screens.'], DECEMBER)).toEqual([]);
    expect(read(['The new ferry was our Christmas present to Velmora.'], DECEMBER)).toEqual([]);
    expect(read(['Dockers danced at the harbour office Christmas party last week.'], DECEMBER)).toEqual([
      ['last week', '2025-W49'],
    ]);
  });

  it('still reads the day itself and a New Year’s party, held on its eve', () => {
    expect(read(['The ferry will not sail on Christmas Day.'], DECEMBER)).toEqual([
      ['on Christmas Day', '2025-12-25'],
    ]);
    expect(read(['The quay closes after Christmas.'], DECEMBER)).toEqual([['Christmas', '2025-12-25']]);
    expect(read(['Crowds filled the quay for the New Year’s party.'], DECEMBER).length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { askedOrdinal, missesAskedOrdinal } from '../src/qa/ordinal-when.js';
import { articleToAsk } from './helpers/qa-article.js';

/** "When did X last/first <verb>?" needs a sentence that marks the occasion; invented text. */
describe('the ordinal a when question asks about', () => {
  it('reads "last" and "first" used as adverbs, and "for the first time"', () => {
    expect(askedOrdinal('When did the mayor last visit the plant?')).toBe('last');
    expect(askedOrdinal('When was Ana Ruiz first elected to the council?')).toBe('first');
    expect(askedOrdinal('When did the band play Kellport for the first time?')).toBe('first');
  });

  it('ignores an ordinal adjective of a noun', () => {
    expect(askedOrdinal('When was the first ferry launched?')).toBeNull();
    expect(askedOrdinal("When was the mayor's last election?")).toBeNull();
    expect(askedOrdinal('When was Ruiz first mate?')).toBeNull();
    expect(askedOrdinal('When did the court bring first-degree charges?')).toBeNull();
  });

  it('holds a date whose sentence says the ordinal outside the date itself', () => {
    const q = 'When did the mayor last visit the plant?';
    expect(missesAskedOrdinal('2009', 'The mayor last visited the plant in 2009.', q)).toBe(false);
    expect(missesAskedOrdinal('since 2009', 'The mayor has not visited the plant since 2009.', q)).toBe(
      false,
    );
    expect(missesAskedOrdinal('last week', 'The mayor visited the plant last week.', q)).toBe(true);
  });
});

const PLANT =
  'Mayor opens new wing at Kellport bottling plant.\n\n' +
  'Mayor Ana Ruiz cut the ribbon at the Kellport bottling plant on Friday.\n\n' +
  'Ruiz spoke with the plant manager, Tom Vale, in March about the expansion, a spokesman said.\n\n' +
  'The plant employs 240 people and ships to six countries.';

describe('a when question about the last or first occasion', () => {
  it('declines a date from a sentence that dates some occasion, not the last one', async () => {
    const { ask, close } = await articleToAsk(PLANT);
    const r = await ask('When did Ruiz last speak with Tom Vale?');
    await close();
    expect(r.answer).toBeNull();
  });

  it('still answers from a sentence that says "first"', async () => {
    const { ask, close } = await articleToAsk(
      'Ruiz wins second term in Kellport.\n\n' +
        'Ana Ruiz was first elected mayor of Kellport in 2014.\n\n' +
        'She won again on Tuesday with 61 percent of the vote.',
    );
    const r = await ask('When was Ruiz first elected mayor?');
    await close();
    expect(r.answer).toMatch(/2014/);
  });
});

import { describe, expect, it } from 'vitest';
import { sentenceCandidates } from '../src/qa/candidates.js';
import { reasonClauses } from '../src/qa/reason.js';
import { tagSentence } from '../src/qa/tags.js';
import { findName } from '../src/qa/text.js';
import type { ParsedArticle } from '../src/engine/schema.js';
import { sentencesArticle } from './helpers/articles.js';

/**
 * Candidate answer phrases read from one sentence: entities placed from the parse, people joined
 * as written, numbers with their units, dates as written, noun phrases and reason clauses.
 * Sentences are invented, news-like; the parse is built by hand so each case is exact.
 */

const article = (sentence: string, extra: Partial<ParsedArticle> = {}) => sentencesArticle([sentence], extra);

const texts = (parsed: ParsedArticle, reason = false) =>
  sentenceCandidates(parsed, 0, { reason }).candidates.map((c) => `${c.kind}:${c.text}`);

const person = (name: string) => ({
  name,
  aliases: [],
  roles: [],
  mentions: 1,
  gender: null,
  firstSentence: 0,
});

describe('tagging', () => {
  it('keeps dotted initials, hashtags and hyphenated numbers whole, and tags them', () => {
    const tags = tagSentence('The U.S. envoy made a seven-minute call about #portstrike at 1.30pm.');
    const of = (t: string) => tags.find((x) => x.text === t)?.cls;
    expect(of('U.S.')).toBe('name');
    expect(of('seven-minute')).toBe('num');
    expect(of('#portstrike')).toBe('name');
    expect(of('1.30pm')).toBe('num');
    expect(of('the')).toBeUndefined();
    expect(of('The')).toBe('det');
  });
});

describe('tagging initials and abbreviated titles', () => {
  it('keeps a single initial and a title with their periods, as one name run with the name', () => {
    const tags = tagSentence('The dam was designed by Lena K. Varga and blessed by St. Brendan.');
    const of = (t: string) => tags.find((x) => x.text === t)?.cls;
    expect(of('K.')).toBe('name');
    expect(of('St.')).toBe('name');
    expect(tags.some((x) => x.text === '.' && x.start < 50)).toBe(false);
    const parsed = article('The dam was designed by Lena K. Varga and blessed by St. Brendan.');
    expect(texts(parsed)).toEqual(expect.arrayContaining(['name:Lena K. Varga', 'name:St. Brendan']));
  });

  it('leaves a sentence-final capital letter and its period apart', () => {
    const tags = tagSentence('The team finished in group B.');
    expect(tags.map((t) => t.text)).toEqual(['The', 'team', 'finished', 'in', 'group', 'B', '.']);
  });
});

describe('sentenceCandidates', () => {
  it('joins two people named side by side as one answer, as written', () => {
    const parsed = article('The talks were led by Brett Holm and Dana Okafor of the trade ministry.', {
      people: [person('Brett Holm'), person('Dana Okafor')],
    });
    expect(texts(parsed)).toEqual(
      expect.arrayContaining([
        'people:Brett Holm and Dana Okafor',
        'person:Brett Holm',
        'person:Dana Okafor',
      ]),
    );
  });

  it('reads numbers with their units and ranges as one amount', () => {
    const parsed = article(
      'Wages rose 13 per cent, and between eight and 12 ships waited while 3,400 workers marched for a week.',
    );
    const found = texts(parsed);
    expect(found).toEqual(
      expect.arrayContaining([
        'number:13 per cent',
        'number:between eight and 12',
        'number:3,400 workers',
        'number:a week',
      ]),
    );
    // A piece of a range is not offered on its own.
    expect(found).not.toContain('number:12');
  });

  it('offers an amount with the word that bounds or rounds it, beside the bare amount', () => {
    const parsed = article(
      'The ferry carried over 400 passengers, nearly $2 million in cargo and up to 30% more fuel.',
    );
    const found = texts(parsed);
    expect(found).toEqual(
      expect.arrayContaining([
        'number:over 400',
        'number:over 400 passengers',
        'number:400 passengers',
        'number:nearly $2 million',
        'number:up to 30%',
        'number:30%',
      ]),
    );
    // A word that only stands before a number ("in 400") bounds nothing.
    expect(found.some((t) => t.startsWith('number:in '))).toBe(false);
  });

  it('reads time counted back and a year with its era as a date, not an amount', () => {
    const found = texts(article('The shells were laid down 20,000 years ago, long before 300 BC.'));
    expect(found).toContain('date:20,000 years ago');
    expect(found).toContain('date:300 BC');
    // The amount alone is still offered for "how long ago".
    expect(found).toContain('number:20,000 years');
    // A count of years with no "ago" stays an amount.
    expect(texts(article('The dig lasted 12 years.'))).not.toContain('date:12 years');
  });

  it('reads a temperature with its degree sign as one amount', () => {
    const parsed = article('The kiln runs at 900 °C for a day.');
    expect(texts(parsed)).toContain('number:900 °C');
  });

  it("offers the engine's date mention as written, not a piece of it", () => {
    const sentence = 'Police searched the house on June 3, 2019, and seized two laptops.';
    const parsed = article(sentence, {
      dates: [
        {
          text: 'on June 3, 2019',
          value: '2019-06-03',
          granularity: 'day',
          sentence: 0,
          event: 'searched',
          caption: false,
        },
      ],
    });
    const found = texts(parsed);
    expect(found).toContain('date:on June 3, 2019');
    expect(found).not.toContain('date:2019');
  });

  it('a run of capitalised words is a name candidate even when the engine found no entity there', () => {
    expect(texts(article('He now manages Gabala in Azerbaijan.'))).toEqual(
      expect.arrayContaining(['name:Gabala', 'name:Azerbaijan']),
    );
  });

  it('reason clauses are candidates only when a reason is asked for', () => {
    const parsed = article('The port closed because the cranes failed an inspection.');
    expect(texts(parsed, true)).toContain('clause:because the cranes failed an inspection');
    expect(texts(parsed, false).some((t) => t.startsWith('clause:'))).toBe(false);
  });
});

describe('reasonClauses', () => {
  it('finds a purpose infinitive but not the complement of "wanted to"', () => {
    const clauses = reasonClauses(
      'The minister flew to Oman to ease tensions, and she wanted to meet the envoy.',
    );
    const text = (c: { start: number; end: number }) =>
      'The minister flew to Oman to ease tensions, and she wanted to meet the envoy.'.slice(c.start, c.end);
    expect(clauses.map(text)).toContain('to ease tensions');
    expect(clauses.map(text)).not.toContain('to meet the envoy');
  });

  it('reads a stated aim ("the aim is to ...")', () => {
    const sentence = 'The aim is to cut queues at the border before the summer.';
    expect(reasonClauses(sentence).map((c) => sentence.slice(c.start, c.end))).toContain(
      'The aim is to cut queues at the border before the summer',
    );
  });
});

describe('candidates added for issue 12', () => {
  it('joins names coordinated with "and" into one name ("Brighton and Hove Albion Football Club")', () => {
    const parsed = article('Priya is a youth player with Brighton and Hove Albion Football Club in Sussex.');
    expect(texts(parsed)).toContain('name:Brighton and Hove Albion Football Club');
  });

  it('reads a range whose second number carries its unit ("20 to 30ft") as one amount', () => {
    const parsed = article('The hiker slid between 20 to 30ft down the gully.');
    expect(texts(parsed)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^number:between 20 to 30ft/)]),
    );
  });
});

describe('phrases wider and narrower than a chunk (session 6)', () => {
  it('offers a date without the preposition that attaches it', () => {
    const sentence = 'The ferry terminal was reopened in 2019 after repairs.';
    const parsed = article(sentence, {
      dates: [
        {
          text: 'in 2019',
          value: '2019',
          granularity: 'year',
          sentence: 0,
          event: 'reopened',
          caption: false,
        },
      ],
    });
    expect(texts(parsed)).toEqual(expect.arrayContaining(['date:in 2019', 'date:2019']));
  });

  it('attaches a prepositional phrase to the noun phrase before it, up to two', () => {
    const found = texts(
      article('The council borrowed money from regional lenders in the north to rebuild the pier.'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'phrase:money from regional lenders',
        'phrase:money from regional lenders in the north',
      ]),
    );
  });

  it('attaches no phrase to a name, and no time to a noun', () => {
    const found = texts(
      article('The skipper lived in Lisbon with his brother and sold the boat on Tuesday.'),
    );
    expect(found.some((t) => t.includes('Lisbon with'))).toBe(false);
    expect(found.some((t) => t.includes('boat on'))).toBe(false);
  });

  it('does not attach a phrase to a bare number', () => {
    const found = texts(article('Boats waited 12 at the harbour wall.'));
    expect(found.some((t) => t.startsWith('number:12 at') || t.startsWith('phrase:12 at'))).toBe(false);
  });

  it('joins a list written with commas and "and", but not two clauses joined by ", and"', () => {
    const found = texts(article('Farmers grow wheat, barley and oats near the river.'));
    expect(found).toContain('phrase:wheat, barley and oats');
    const clauses = texts(article('Crews cleared the road, and residents returned home.'));
    expect(clauses).not.toContain('phrase:the road, and residents');
  });

  it('offers a gerund with its object', () => {
    const found = texts(article('Officials prevented floods by closing the sluice gates.'));
    expect(found).toContain('phrase:closing the sluice gates');
  });
});

describe('findName', () => {
  it('finds a name only as whole words, past a first occurrence inside a longer word', () => {
    const sentence = 'Marshes flooded as Mr Marsh’s lawyer, hired by Marsh, spoke.';
    expect(findName(sentence, 'Marsh')).toBe(sentence.indexOf('Marsh’s'));
    expect(findName('Marshes flooded.', 'Marsh')).toBe(-1);
    expect(findName('The Al-Marsh group met.', 'Marsh')).toBe(7);
    expect(findName('Nothing here.', '  ')).toBe(-1);
  });
});

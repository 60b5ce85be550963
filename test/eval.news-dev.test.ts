import { describe, expect, it } from 'vitest';
import { NewsDevTally, pairPeople, roleMatches, rolesRight, speakerMatches } from '../eval/news-dev-score.js';
import type { Person, Quote } from '../src/engine/schema.js';

const person = (name: string, aliases: string[], roles: string[] = []): Person => ({
  name,
  aliases,
  roles,
  mentions: 1,
  gender: null,
  firstSentence: 0,
});

const quote = (text: string, speaker: string | null): Quote => ({
  text,
  speaker,
  role: null,
  sentence: 0,
  key: false,
  partial: false,
  basis: null,
});

describe('news-dev scoring: people', () => {
  it('pairs a predicted person by name or alias, ignoring case and quote-mark style', () => {
    const gold = [{ name: 'Liam O’Dowd', aliases: [], role: null }];
    expect(pairPeople([person("Liam O'Dowd", [])], gold).size).toBe(1);
    expect(
      pairPeople([person('O’DOWD', [])], [{ name: 'Liam O’Dowd', aliases: ['O’Dowd'], role: null }]).size,
    ).toBe(1);
    expect(pairPeople([person('Liam Dowd', [])], gold).size).toBe(0);
  });

  it('counts a person split in two once: the second entry is left over', () => {
    const gold = [{ name: 'Gary Hale', aliases: ['Hale'], role: null }];
    const pairs = pairPeople([person('Hale', []), person('Gary Hale', ['Hale'])], gold);
    expect(pairs.size).toBe(1);
    expect(pairs.get(gold[0]!)?.name).toBe('Gary Hale');
  });
});

describe('news-dev scoring: roles', () => {
  it('matches a role by its head noun, in any number, or by two-way word overlap', () => {
    expect(roleMatches('Riverton manager', 'manager of Riverton')).toBe(true);
    expect(roleMatches('coaches', 'Riverton coach')).toBe(true);
    expect(roleMatches('singer', 'actress and singer')).toBe(true);
  });

  it('does not match a different head or a long stretch that merely contains the words', () => {
    expect(roleMatches('Riverton chairman', 'Riverton coach')).toBe(false);
    expect(roleMatches('owner', 'co-owner of Millbrook City')).toBe(false);
    expect(roleMatches('former player for Hearts who later joined the coaching staff', 'Hearts coach')).toBe(
      false,
    );
  });

  it('wants no role where the gold has none', () => {
    expect(rolesRight([], null)).toBe(true);
    expect(rolesRight(['friend'], null)).toBe(false);
    expect(rolesRight(['friend', 'US envoy for Iran'], 'the US envoy for Iran')).toBe(true);
  });
});

describe('news-dev scoring: quotes and speakers', () => {
  const text =
    'Gary Hale is happy. “I would be delighted to take the job,” said Hale. A police spokesman said: “Inquiries are continuing at this stage.”';
  const gold = {
    people: [{ name: 'Gary Hale', aliases: ['Hale'], role: 'manager' }],
    quotes: [
      { text: 'I would be delighted to take the job', speaker: 'Gary Hale', basis: 'direct' },
      {
        text: 'Inquiries are continuing at this stage.',
        speaker: 'a police spokesman (unnamed)',
        basis: 'direct',
      },
    ],
  };

  it('accepts a speaker by alias, and any description for an unnamed one', () => {
    expect(speakerMatches('Hale', 'Gary Hale', gold.people, [])).toBe(true);
    expect(speakerMatches('Mr Hale', 'Gary Hale', gold.people, [person('Gary Hale', ['Mr Hale'])])).toBe(
      true,
    );
    expect(speakerMatches('Jim Dunn', 'Gary Hale', gold.people, [])).toBe(false);
    expect(speakerMatches('a police spokesman', 'a police spokesman (unnamed)', gold.people, [])).toBe(true);
    expect(speakerMatches(null, 'a police spokesman (unnamed)', gold.people, [])).toBe(false);
  });

  it('scores quote recall, precision and the speaker on the gold quotes found', () => {
    const tally = new NewsDevTally();
    tally.add(text, gold, {
      people: [person('Gary Hale', ['Hale'], ['manager'])],
      quotes: [
        quote('I would be delighted to take the job', 'Gary Hale'),
        quote('Inquiries are continuing at this stage.', null),
      ],
    });
    const { people, roles, quotes } = tally.scores();
    expect(people.f1).toBe(1);
    expect(roles.accuracy).toBe(1);
    expect(quotes.recall).toBe(1);
    expect(quotes.precision).toBe(1);
    expect(quotes.speakerAccuracy).toBe(0.5);
    expect(quotes.withSpeakerF1).toBe(0.5);
  });

  it('counts a gold quote no prediction overlaps as missed', () => {
    const tally = new NewsDevTally();
    tally.add(text, gold, { people: [], quotes: [quote('I would be delighted to take the job', 'Hale')] });
    const { people, quotes } = tally.scores();
    expect(people.recall).toBe(0);
    expect(quotes.recall).toBe(0.5);
    expect(quotes.speakerAccuracy).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 14, roles round 15 (issue 11): roles in other genres (courts, business, foreign news),
// counted on training text (CoNLL eng.train, PolNeAR train), checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a preposed appositive whose body name holds a preposition', () => {
  it('given "the director of the Norland Bureau of Trade, X,", the whole phrase is the role', () => {
    const roles = rolesIn(
      [
        'On Monday, the director of the Norland Bureau of Trade, Jo Lindqvist, said exports fell.',
        'The head of the Dorvik Union for Families, Lin Pratteby, said rents rose.',
      ],
      [person('Jo Lindqvist'), person('Lin Pratteby')],
    );
    expect(roles['Jo Lindqvist']).toEqual(['the director of the Norland Bureau of Trade']);
    expect(roles['Lin Pratteby']).toEqual(['The head of the Dorvik Union for Families']);
  });

  it('given "the commander of Norland troops in Dorvik, X,", the place stays in the role', () => {
    const roles = rolesIn(
      ['The commander of Norland troops in Dorvik, Ken Amesbury, said the truce held.'],
      [person('Ken Amesbury')],
    );
    expect(roles['Ken Amesbury']).toEqual(['The commander of Norland troops in Dorvik']);
  });

  it('given a person noun before the preposition, the phrase is the role head’s own', () => {
    const roles = rolesIn(
      [
        'The Norland Assistant Minister for Harbour Affairs, Sami Oduya, said the ferry would run.',
        'Another Vance supporter in Dorvik, Tyra Pellman, said she would vote.',
      ],
      [person('Sami Oduya'), person('Tyra Pellman')],
    );
    expect(roles['Sami Oduya']).toEqual(['The Norland Assistant Minister for Harbour Affairs']);
    expect(roles['Tyra Pellman']).toEqual(['Another Vance supporter in Dorvik']);
  });

  it('given a lower-case phrase before the body, nothing changes: no person noun, no role', () => {
    const roles = rolesIn(
      ['After the collapse of the Norland Bank of Trade, Jo Lindqvist said exports fell.'],
      [person('Jo Lindqvist')],
    );
    expect(roles['Jo Lindqvist']).toEqual([]);
  });
});

describe('roles: two fields joined by "and" inside a role’s phrase', () => {
  it('given "vice president for sales and marketing" or "two mining and shipping firms", the pair stays', () => {
    const roles = rolesIn(
      [
        'Ana Pellworth, a vice president for sales and marketing, said the deal was done.',
        'Tomas Reddleby, the co-founder of two mining and shipping firms, agreed.',
      ],
      [person('Ana Pellworth'), person('Tomas Reddleby')],
    );
    expect(roles['Ana Pellworth']).toEqual(['a vice president for sales and marketing']);
    expect(roles['Tomas Reddleby']).toEqual(['the co-founder of two mining and shipping firms']);
  });

  it('given a verb, a quantifier or an article after "and", the role ends before it', () => {
    const roles = rolesIn(
      [
        'Ivo Marekson, an adviser to the mayor and runs a website, spoke.',
        'Lin Prattley, a member of the harbour committee and one of its founders, spoke.',
        'Jo Lindvall, a friend of the mayor and supported him in 1990, spoke.',
      ],
      [person('Ivo Marekson'), person('Lin Prattley'), person('Jo Lindvall')],
    );
    expect(roles['Ivo Marekson']).toEqual(['an adviser to the mayor']);
    expect(roles['Lin Prattley']).toEqual(['a member of the harbour committee']);
    expect(roles['Jo Lindvall']).toEqual(['a friend of the mayor']);
  });
});

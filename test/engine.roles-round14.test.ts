import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 14, roles round 14 (issue 11): role recall and a role's own "on" phrase, counted on
// training text (CoNLL eng.train, PolNeAR train), checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a field or post written with "on" after the head noun', () => {
  it('given "an expert on X" or "a judge on the appeals court", the phrase stays part of the role', () => {
    const roles = rolesIn(
      [
        'The tariff will hurt farmers, said Orla Penhallow, an expert on grain markets at Westmoor College.',
        'Two names are mentioned: Dov Kessary, a judge on the Norland appeals court, and others.',
        'The plan is dead, said Ravi Tunstall, a senior adviser on trade to the mayor.',
      ],
      [person('Orla Penhallow'), person('Dov Kessary'), person('Ravi Tunstall')],
    );
    // The workplace after the field stays too (round 17, workplace-phrase.ts).
    expect(roles['Orla Penhallow']).toEqual(['an expert on grain markets at Westmoor College']);
    expect(roles['Dov Kessary']).toEqual(['a judge on the Norland appeals court']);
    expect(roles['Ravi Tunstall']).toEqual(['a senior adviser on trade']);
  });

  it('given a person noun in -est ("guest"), it is no superlative: the phrase stays', () => {
    const roles = rolesIn(['Ivo Renn was a guest on Harbour Radio’s Evening Hour.'], [person('Ivo Renn')]);
    expect(roles['Ivo Renn']).toEqual(['a guest on Harbour Radio’s Evening Hour']);
  });

  it('given a time or a rank, "on" is no part of the role', () => {
    const roles = rolesIn(
      [
        'The talks failed, said Ravi Tunstall, a spokesman on Monday.',
        'Orla Penhallow, the only surgeon on stage, spoke last.',
      ],
      [person('Ravi Tunstall'), person('Orla Penhallow')],
    );
    expect(roles['Ravi Tunstall']).toEqual(['a spokesman']);
    expect(roles['Orla Penhallow']).toEqual(['the only surgeon']);
  });
});

describe('roles: a plural role before names joined by "or"', () => {
  it('given "front-runners A or B", each name holds the role', () => {
    const roles = rolesIn(
      ['Donors will not back front-runners Ivo Renn or Mara Fell this year.'],
      [person('Ivo Renn'), person('Mara Fell')],
    );
    expect(roles['Ivo Renn']).toEqual(['front-runner']);
    expect(roles['Mara Fell']).toEqual(['front-runner']);
  });
});

describe('roles: the object of a verb of choosing takes the post after "as"', () => {
  it('given "picked X as its nominee" or "hired Ms. X as her deputy", the post is the role', () => {
    const roles = rolesIn(
      [
        'The Norland party picked Ivo Renn as its nominee in March.',
        'The governor hired Ms. Mara Fell as her deputy in 2019.',
      ],
      [person('Ivo Renn'), person('Mara Fell', ['Ms. Fell'])],
    );
    expect(roles['Ivo Renn']).toEqual(['its nominee']);
    expect(roles['Mara Fell']).toEqual(['her deputy']);
  });

  it('given a verb of seeing or painting someone as something, no role', () => {
    const roles = rolesIn(['Many voters see Ivo Renn as the candidate of change.'], [person('Ivo Renn')]);
    expect(roles['Ivo Renn']).toEqual([]);
  });
});

describe('roles: an appositive before the name whose possessor has an honorific', () => {
  it('given "when Mr. X’s running mate, Y, spoke", Y holds the possessed role', () => {
    const roles = rolesIn(
      [
        'The mood changed when Mr. Vardell’s running mate, Ivo Renn, spoke in Westport.',
        'On radio, Ms. Fell’s campaign chairman, Dov Kessary, denied the report.',
      ],
      [
        person('Ivo Renn'),
        person('Ann Vardell', ['Mr. Vardell']),
        person('Dov Kessary'),
        person('Mara Fell', ['Ms. Fell']),
      ],
    );
    expect(roles['Ivo Renn']).toEqual(['Mr. Vardell’s running mate']);
    expect(roles['Dov Kessary']).toEqual(['Ms. Fell’s campaign chairman']);
  });
});

describe('roles: an appositive before the name opened by a possessor the walk does not reach', () => {
  it('given a year, an adverb or an unknown compound after the possessor, the phrase opens at it', () => {
    const roles = rolesIn(
      [
        'Holdouts include the party’s 2014 nominee, Ivo Renn, and two governors.',
        'As expected, the Norlands’ recently elected president, Mara Fell, is called a populist.',
        'The plan was drafted by the channel’s overseas affairs correspondent, Dov Kessary, last year.',
      ],
      [person('Ivo Renn'), person('Mara Fell'), person('Dov Kessary')],
    );
    expect(roles['Ivo Renn']).toEqual(['the party’s 2014 nominee']);
    expect(roles['Mara Fell']).toEqual(['the Norlands’ recently elected president']);
    expect(roles['Dov Kessary']).toEqual(['the channel’s overseas affairs correspondent']);
  });

  it('given a sentence-opening conjunction before the possessor, it is left out', () => {
    const roles = rolesIn(
      ['But Vardell’s usual bargaining partner, Ivo Renn, stayed away.'],
      [person('Ivo Renn'), person('Ann Vardell', ['Vardell'])],
    );
    expect(roles['Ivo Renn']).toEqual(['Vardell’s usual bargaining partner']);
  });
});

describe('roles: an appositive before a name written with its body or place', () => {
  it('given "the judge, X of the Norland District Court,", X holds the appositive', () => {
    const roles = rolesIn(
      [
        'Critics of the judge, Ivo Renn of the Norland District Court, were loud.',
        'Another pollster, Mara Fell of Westmoor College, said the race was close.',
      ],
      [person('Ivo Renn'), person('Mara Fell')],
    );
    expect(roles['Ivo Renn']).toEqual(['the judge']);
    expect(roles['Mara Fell']?.[0]).toBe('Another pollster');
  });
});

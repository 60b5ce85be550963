import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Round 10 of issue 11: classes counted on training text, checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a surname that qualifies a plural person noun', () => {
  it('given "liberal Vale aides" or "diehard Vale supporters", the word before the surname is no role of Vale\'s; before an -s verb with its object or goal it is', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke on Monday.',
        'The plan drew the ire of liberal Vale aides for weeks.',
        'Some diehard Vale supporters stayed home.',
        'Jon Marsh arrived.',
        'Envoy Marsh heads for Norland today.',
        'Senator Kell sponsors the bill.',
      ],
      [person('Ann Vale', ['Vale']), person('Jon Marsh', ['Marsh']), person('Ruth Kell', ['Kell'])],
    );
    expect(roles['Ann Vale']).toEqual([]);
    expect(roles['Jon Marsh']).toEqual(['Envoy']);
    expect(roles['Ruth Kell']).toEqual(['Senator']);
  });
});

describe('roles: coordinated titles before a name', () => {
  it('given "former Norland Gov. and party chairman X", the abbreviated first title is part of the role', () => {
    const roles = rolesIn(
      ['They met former Norland Gov. and party chairman Tom Reed on Monday.'],
      [person('Tom Reed')],
    );
    expect(roles['Tom Reed']).toEqual(['former Norland Gov. and party chairman']);
  });
});

describe('roles: an appositive that picks one of a kind', () => {
  it('given "One of his advisers, X," "one of the league\'s top lawyers, Y," or "another fraternity brother, Z,", each is one of that kind', () => {
    const roles = rolesIn(
      [
        'One of his advisers, Tom Reed, said the plan was dead.',
        "One of the league's top lawyers, Ida Marsh, said no.",
        'Another fraternity brother, Kai Dunne, said no.',
      ],
      [person('Tom Reed'), person('Ida Marsh'), person('Kai Dunne')],
    );
    expect(roles['Tom Reed']).toEqual(['adviser']);
    expect(roles['Ida Marsh']).toEqual(["the league's top lawyer"]);
    expect(roles['Kai Dunne']).toEqual(['Another fraternity brother']);
  });
});

describe('roles: a capitalised title whose body has its own "of" or "for" phrase', () => {
  it('given "Deputy Director of the Office of Fisheries X" or "Under Secretary of State for Coastal Affairs Y", the title is read whole', () => {
    const roles = rolesIn(
      [
        'Deputy Director of the Office of Fisheries Ida Marsh said no.',
        'They wrote to Under Secretary of State for Coastal Affairs Tom Reed on Monday.',
      ],
      [person('Ida Marsh'), person('Tom Reed')],
    );
    expect(roles['Ida Marsh']).toEqual(['Deputy Director of the Office of Fisheries']);
    expect(roles['Tom Reed']).toEqual(['Under Secretary of State for Coastal Affairs']);
  });
});

describe('roles: the object of an appointment verb with "as"', () => {
  it('given "Acme has named X as finance director" or "the board appointed Y as chairman", each holds that post', () => {
    const roles = rolesIn(
      [
        'Acme Foods said it has named Tom Reed as finance director.',
        'The board appointed Ida Marsh as chairman on Monday.',
      ],
      [person('Tom Reed'), person('Ida Marsh')],
    );
    expect(roles['Tom Reed']).toEqual(['finance director']);
    expect(roles['Ida Marsh']).toEqual(['chairman']);
  });
});

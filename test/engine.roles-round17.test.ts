import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 15, roles round 17 (issue 11): recall classes counted on training text, checked here on
// invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: an abbreviated title the entity stage took for a name of its own', () => {
  it('given a place and "Sen." found as a person, the title still goes to the name after its dot', () => {
    const roles = rolesIn(
      [
        'Former Norland Sen. Jim Fallow, who wrote the first report, kept pushing.',
        '“They have nothing to fear,” Sen. Carl Mondo said on Tuesday.',
      ],
      [person('Norland Sen', ['Sen']), person('Jim Fallow'), person('Carl Mondo')],
    );
    expect(roles['Jim Fallow']).toEqual(['Former Norland Sen.']);
    expect(roles['Carl Mondo']).toEqual(['Sen.']);
    expect(roles['Norland Sen']).toEqual([]);
  });

  it('given a name that only ends a sentence with a dot, it is still the person', () => {
    const roles = rolesIn(
      ['The ferry was late, said Ola Gen, a harbour pilot.', 'Residents blamed Ola Gen.'],
      [person('Ola Gen')],
    );
    expect(roles['Ola Gen']).toEqual(['a harbour pilot']);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 17 round 3, roles by reference: invented sentences for the classes counted on training text.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe("roles: a place-qualified description continues the sentence before's subject", () => {
  it('given "X beat Y ... . The <place> senator ...", X takes the description', () => {
    const roles = rolesIn(
      [
        'Marta Quell beat Oskar Brandt in the Harwick caucus on Monday night.',
        'The Norland senator hoped to carry the cities by a wide margin.',
      ],
      [person('Marta Quell', ['Quell']), person('Oskar Brandt', ['Brandt'])],
    );
    expect(roles['Marta Quell']).toEqual(['Norland senator']);
    expect(roles['Oskar Brandt']).toEqual([]);
  });
});

describe("roles: the speaker after a report is the sentence's subject", () => {
  it('given "<report about Y and Z>, X said. The <office> ...", X takes the description', () => {
    const roles = rolesIn(
      [
        'Senate Majority Leader Harald Lund opened the spring session on Tuesday.',
        'Oskar Brandt will never beat Tilda Voss in the spring, Lund said on Friday.',
        'The Norland Democratic leader would not say whom he favoured.',
      ],
      [person('Harald Lund', ['Lund']), person('Oskar Brandt', ['Brandt']), person('Tilda Voss', ['Voss'])],
    );
    expect(roles['Harald Lund']).toContain('Norland Democratic leader');
    expect(roles['Oskar Brandt']).toEqual([]);
  });
});

describe("roles: a description inside a name's relative clause is someone else", () => {
  it('given "X, who rang Y after the winner ...", X gets no role from it', () => {
    const roles = rolesIn(
      ['Tilda Voss, who rang Harald Lund as soon as the winner was announced, thanked her staff.'],
      [person('Tilda Voss', ['Voss']), person('Harald Lund', ['Lund'])],
    );
    expect(roles['Tilda Voss']).toEqual([]);
  });
});

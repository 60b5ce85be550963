import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 19, roles: invented sentences for the classes counted on training text (ADR 013).

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a later description with a lower-case qualifier beside a capitalised one', () => {
  it('given "The Labour presidential candidate blasted ..." after X, X is that candidate', () => {
    const roles = rolesIn(
      [
        'Ivor Penrith has a word for the tax plan: no.',
        'The Labour presidential candidate blasted the plan on Monday.',
      ],
      [person('Ivor Penrith', ['Penrith'])],
    );
    expect(roles['Ivor Penrith']).toEqual(['Labour presidential candidate']);
  });

  it('given "the Green party leader arrives", a noun qualifier is read as well', () => {
    const roles = rolesIn(
      ['Officials will meet Sela Marrow when the Green party leader arrives in Tolby next month.'],
      [person('Sela Marrow', ['Marrow'])],
    );
    expect(roles['Sela Marrow']).toEqual(['Green party leader']);
  });

  it('given a bare "the presidential candidate", with no capital, it gives no role', () => {
    const roles = rolesIn(
      [
        'Ivor Penrith has a word for the tax plan: no.',
        'The presidential candidate blasted the plan on Monday.',
      ],
      [person('Ivor Penrith', ['Penrith'])],
    );
    expect(roles['Ivor Penrith']).toEqual([]);
  });
});

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

describe('roles: a dotted abbreviation hyphened to a lower-case word is one compound', () => {
  it('given "X, a D.C.-based party strategist", X is that strategist', () => {
    const roles = rolesIn(
      ['“It was a mistake,” said Ivor Penrith, a D.C.-based party strategist.'],
      [person('Ivor Penrith', ['Penrith'])],
    );
    expect(roles['Ivor Penrith']).toEqual(['a D.C.-based party strategist']);
  });

  it('given "the president of the U.K.-based <Institute>", the body is not cut at the hyphen', () => {
    const roles = rolesIn(
      ['Sela Marrow, the president of the U.K.-based Tolby Institute, said rates would fall.'],
      [person('Sela Marrow', ['Marrow'])],
    );
    expect(roles['Sela Marrow']).toEqual(['the president of the U.K.-based Tolby Institute']);
  });
});

describe('roles: a second role after "and the" has its own phrase', () => {
  it('given "X, the niece of one mayor and the sister of another,", both phrases are kept', () => {
    const roles = rolesIn(
      ['Ivy Penrith, the niece of one Tolby mayor and the sister of another, is well liked.'],
      [person('Ivy Penrith', ['Penrith'])],
    );
    expect(roles['Ivy Penrith']).toEqual(['the niece of one Tolby mayor and the sister of another']);
  });

  it('given "X is a lawyer of note and the mayor of Tolby", the mayor keeps its place', () => {
    const roles = rolesIn(
      ['Sela Marrow is a lawyer of note and the mayor of Tolby.'],
      [person('Sela Marrow')],
    );
    expect(roles['Sela Marrow']).toEqual(['a lawyer of note and the mayor of Tolby']);
  });
});

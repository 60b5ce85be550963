import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 18, roles: invented sentences for the classes counted on training text (ADR 013).

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a possessive of time opens an appositive as an article does', () => {
  it('given "X, last year\'s champion,", X is last year\'s champion', () => {
    const roles = rolesIn(
      ['The Harwick open was won by Tomas Reede, last year’s champion, on Sunday.'],
      [person('Tomas Reede', ['Reede'])],
    );
    expect(roles['Tomas Reede']).toEqual(['last year’s champion']);
  });

  it('given "X, next season\'s club captain, was injured", X is next season\'s club captain', () => {
    const roles = rolesIn(
      ['Ola Brandvik, next season’s club captain, was injured in training.'],
      [person('Ola Brandvik', ['Brandvik'])],
    );
    expect(roles['Ola Brandvik']).toEqual(['next season’s club captain']);
  });

  it('given "X, last year, was injured", a time alone gives no role', () => {
    const roles = rolesIn(['Ola Brandvik, last year, was injured in training.'], [person('Ola Brandvik')]);
    expect(roles['Ola Brandvik']).toEqual([]);
  });
});

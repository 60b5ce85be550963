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

function gendered(name: string, aliases: string[], gender: 'male' | 'female'): Person {
  return { ...person(name, aliases), gender };
}

describe('roles: an honorific says which of two namesakes a shared surname names', () => {
  it('given Tom and Ann Vale, "Mrs. Vale" after "Mr. Vale" is Ann, and a bare "Vale" stays with the one named last', () => {
    const roles = rolesIn(
      [
        'Ann Vale and her husband, Tom Vale, arrived in Harwick on Monday.',
        'Mr. Vale spoke first.',
        'Mrs. Vale, the party’s nominee, spoke next.',
        'President Vale had campaigned for her.',
      ],
      [
        gendered('Ann Vale', ['Vale', 'Mrs. Vale'], 'female'),
        gendered('Tom Vale', ['Vale', 'Mr. Vale'], 'male'),
      ],
    );
    expect(roles['Ann Vale']).toEqual(['the party’s nominee']);
    expect(roles['Tom Vale']).toEqual(['her husband', 'President']);
  });
});

describe('roles: a name\'s possessive holds the post after "tenure as", "time as", "role as"', () => {
  it('given "during X\'s tenure as trade secretary", X was trade secretary', () => {
    const roles = rolesIn(
      ['The harbour deal was signed during Ada Quell’s tenure as trade secretary.'],
      [person('Ada Quell', ['Quell'])],
    );
    expect(roles['Ada Quell']).toEqual(['trade secretary']);
  });

  it('given "X\'s new role as acting head of Y, until ...", X is acting head of Y', () => {
    const roles = rolesIn(
      [
        'Mr. Lund’s new role as the acting head of Harbour News, until a successor is found, suits the board.',
      ],
      [person('Oskar Lund', ['Lund', 'Mr. Lund'])],
    );
    expect(roles['Oskar Lund']).toEqual(['the acting head of Harbour News']);
  });

  it('given "X\'s role as an adviser to the board continues to ...", the run into the verb gives no role', () => {
    const roles = rolesIn(
      ['Lund’s role as an adviser to the harbour board continues to draw criticism.'],
      [person('Oskar Lund', ['Lund'])],
    );
    expect(roles['Oskar Lund']).toEqual([]);
  });
});

describe('roles: a debut, a career or years "as" a post are that post held', () => {
  it('given "X led the side out on his debut as Norland captain", X is Norland captain', () => {
    const roles = rolesIn(
      ['Tomas Reede led the side out on his debut as Norland captain.'],
      [gendered('Tomas Reede', ['Reede'], 'male')],
    );
    expect(roles['Tomas Reede']).toEqual(['Norland captain']);
  });

  it('given "X left his career as a ferry pilot", X was a ferry pilot', () => {
    const roles = rolesIn(
      ['Oskar Lund left his career as a ferry pilot to run the bakery.'],
      [gendered('Oskar Lund', ['Lund'], 'male')],
    );
    expect(roles['Oskar Lund']).toEqual(['a ferry pilot']);
  });

  it('given "X\'s eight years as a councillor", X was a councillor', () => {
    const roles = rolesIn(
      ['Ada Quell’s eight years as a councillor have made her well known in the ward.'],
      [person('Ada Quell', ['Quell'])],
    );
    expect(roles['Ada Quell']).toEqual(['a councillor']);
  });
});

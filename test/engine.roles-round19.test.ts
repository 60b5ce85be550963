import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 16, roles round 19 (issue 11): classes counted on training text, checked here on
// invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a bare verb after a modal is no title before the name', () => {
  it('given "will <verb> X\'s ...", the verb is not read as a role of X', () => {
    const roles = rolesIn(
      ['Aides fear the whip will shepherd Tomas Reyna’s bill past the committee in March.'],
      [person('Tomas Reyna')],
    );
    expect(roles['Tomas Reyna']).toEqual([]);
  });

  it('given "could not <verb> X", the negated verb is not read as a role either', () => {
    const roles = rolesIn(
      ['The league said it could not referee Dalia Okoro again after the protest.'],
      [person('Dalia Okoro')],
    );
    expect(roles['Dalia Okoro']).toEqual([]);
  });

  it('given "expected to <verb> X\'s ...", the infinitive is not read as a role of X', () => {
    const roles = rolesIn(
      ['The forum is expected to host Mirela Dune’s two closest rivals next week.'],
      [person('Mirela Dune')],
    );
    expect(roles['Mirela Dune']).toEqual([]);
  });

  it('given "attempting to <verb> X", the infinitive is not read as a role of X', () => {
    const roles = rolesIn(
      ['The union accused the firm of attempting to coach Selma Ravik before her hearing.'],
      [person('Selma Ravik')],
    );
    expect(roles['Selma Ravik']).toEqual([]);
  });

  it('a title after "to" as a preposition is still read ("spoke to pastor X")', () => {
    const roles = rolesIn(
      ['The mayor spoke to pastor Linus Harbo about the shelter.'],
      [person('Linus Harbo')],
    );
    expect(roles['Linus Harbo']).toEqual(['pastor']);
  });

  it('a noun title after an article is still read ("the coach Ivo Brandt")', () => {
    const roles = rolesIn(['They will meet the coach Ivo Brandt on Friday.'], [person('Ivo Brandt')]);
    expect(roles['Ivo Brandt']?.length).toBeGreaterThan(0);
  });
});

describe('roles: "commanded by" names no office', () => {
  it('given "the respect commanded by X", X is no commander of it', () => {
    const roles = rolesIn(
      ['The sheer respect commanded by Petra Lindqvist kept the meeting short.'],
      [person('Petra Lindqvist')],
    );
    expect(roles['Petra Lindqvist']).toEqual([]);
  });

  it('an office participle such as "coached by" is still read', () => {
    const roles = rolesIn(['Harbourton, coached by Emil Sandberg, lost again.'], [person('Emil Sandberg')]);
    expect(roles['Emil Sandberg']).toEqual(['coach of Harbourton']);
  });
});

describe('roles: "the elder <surname>" tells a family apart, no role', () => {
  it('given "the elder X", X is given no "elder"', () => {
    const roles = rolesIn(
      ['The shipping line, run for decades by the elder Quaresma, was sold on Tuesday.'],
      [person('Quaresma')],
    );
    expect(roles.Quaresma).toEqual([]);
  });

  it('a church elder without the article keeps the title', () => {
    const roles = rolesIn(['Church elder Tobias Wren opened the hall.'], [person('Tobias Wren')]);
    expect(roles['Tobias Wren']?.length).toBeGreaterThan(0);
  });
});

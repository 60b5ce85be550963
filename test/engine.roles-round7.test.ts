import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Gender, Person } from '../src/engine/schema.js';

// Classes found on PolNeAR train text (US political news, round 7), checked here on invented
// sentences: an office stated in a clause of time whose subject is a pronoun.

function person(name: string, gender: Gender = null, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: an office in a pronoun clause of time', () => {
  it('"while she was secretary of state" gives the office to the woman named before', () => {
    const roles = rolesIn(
      [
        'Investigators questioned Dana Pell on Friday.',
        'They asked about a grant she approved while she was secretary of state.',
      ],
      [person('Dana Pell', 'female')],
    );
    expect(roles['Dana Pell']).toEqual(['secretary of state']);
  });

  it('a bare office after the verb is cut where the sentence goes on ("... secretary of state reached the committee")', () => {
    const roles = rolesIn(
      ['The memo that Dana Pell wrote while she was secretary of state reached the committee in May.'],
      [person('Dana Pell', 'female')],
    );
    expect(roles['Dana Pell']).toEqual(['secretary of state']);
  });

  it('"since he was the mayor of Westport" and "when she served as a Norland senator" are offices with their owner', () => {
    const roles = rolesIn(
      [
        'Omar Reyes has pushed the same plan since he was the mayor of Westport.',
        'Lena Hart lived in the capital when she served as a Norland senator.',
      ],
      [person('Omar Reyes', 'male'), person('Lena Hart', 'female')],
    );
    expect(roles['Omar Reyes']).toEqual(['the mayor of Westport']);
    expect(roles['Lena Hart']).toEqual(['a Norland senator']);
  });

  it('a time of life, a state, an action under way or "emerged as" is no office', () => {
    const roles = rolesIn(
      [
        'Lena Hart learned to sail when she was a young girl.',
        'Omar Reyes won the seat when he was the underdog.',
        'Ivo Sand met donors as he was becoming chairman of the party.',
        'Kai Moss raised money as he has emerged as a serious rival to the mayor.',
      ],
      [
        person('Lena Hart', 'female'),
        person('Omar Reyes', 'male'),
        person('Ivo Sand', 'male'),
        person('Kai Moss', 'male'),
      ],
    );
    expect(roles['Lena Hart']).toEqual([]);
    expect(roles['Omar Reyes']).toEqual([]);
    expect(roles['Ivo Sand']).toEqual([]);
    expect(roles['Kai Moss']).toEqual([]);
  });
});

describe('roles: the object of an office verb with a name in it', () => {
  it('"who leads Mr. Vale\'s council of advisers" reads past the possessor\'s name', () => {
    const roles = rolesIn(
      ['Ada Brook, who leads Mr. Vale’s Council of Economic Advisers, spoke first.'],
      [person('Ada Brook', 'female'), person('Tom Vale', 'male', ['Vale'])],
    );
    expect(roles['Ada Brook']).toEqual(['leader of Mr. Vale’s Council of Economic Advisers']);
  });

  it('"leads Mr. Vale in the polls" or "leads Norland Sen. Tom Vale by ten points" is a race, not an office', () => {
    const roles = rolesIn(
      ['Ada Brook leads Mr. Vale in the polls.', 'Ida Lusk now leads Norland Sen. Tom Vale by ten points.'],
      [person('Ada Brook', 'female'), person('Tom Vale', 'male', ['Vale']), person('Ida Lusk', 'female')],
    );
    expect(roles['Ada Brook']).toEqual([]);
    expect(roles['Ida Lusk']).toEqual([]);
  });
});

describe('roles: a capitalised plural title before a list of names', () => {
  it('"Senators A and B" gives each "Senator", as "Sens." gives "Sen."; "coaches A and B" each "coach" (round 11)', () => {
    const roles = rolesIn(
      [
        'The bill was drafted by Senators Ada Brook and Tom Vale last spring.',
        'The camp hired coaches Ida Lusk and Kai Moss in June.',
      ],
      [person('Ada Brook'), person('Tom Vale'), person('Ida Lusk'), person('Kai Moss')],
    );
    expect(roles['Ada Brook']).toEqual(['Senator']);
    expect(roles['Tom Vale']).toEqual(['Senator']);
    expect(roles['Ida Lusk']).toEqual(['coach']);
    expect(roles['Kai Moss']).toEqual(['coach']);
  });
});

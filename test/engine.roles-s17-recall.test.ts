import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 17, roles recall (issue 11): classes counted on training text, checked here on
// invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: "X, one of <people>," picks X out of a group', () => {
  it('gives the group noun in the singular, without its bare article', () => {
    const roles = rolesIn(
      ['Marla Penrose, one of the founders of the lighthouse trust, opposed the sale.'],
      [person('Marla Penrose')],
    );
    expect(roles['Marla Penrose']).toEqual(['founder of the lighthouse trust']);
  });

  it('keeps a possessor and drops a count', () => {
    const roles = rolesIn(
      [
        'Ida Kroll, one of the ferry company’s senior engineers, disagreed.',
        'Tobias Grell, one of two gunmen involved in the raid, was arrested on Sunday.',
      ],
      [person('Ida Kroll'), person('Tobias Grell')],
    );
    expect(roles['Ida Kroll']).toEqual(['the ferry company’s senior engineer']);
    expect(roles['Tobias Grell']).toEqual(['gunman']);
  });

  it('reads "who is one of" too, and no plural kin noun', () => {
    const roles = rolesIn(
      [
        'Pia Lund, who is one of three deputy mayors, chaired the hearing.',
        'Ola Berg, one of the Berg children, waved from the quay.',
      ],
      [person('Pia Lund'), person('Ola Berg')],
    );
    expect(roles['Pia Lund']).toEqual(['deputy mayor']);
    expect(roles['Ola Berg']).toEqual([]);
  });
});

describe('roles: a plural abbreviated title reaches past what follows each name in its list', () => {
  it('passes a relative clause between commas after a party bracket', () => {
    const roles = rolesIn(
      ['Sens. Hal Bricker (D-Ohio), whose seat is open, and Amos Dunleavy (R-Texas) voted no.'],
      [person('Hal Bricker'), person('Amos Dunleavy')],
    );
    expect(roles['Amos Dunleavy']).toEqual(['Sen.']);
  });

  it('passes a generational suffix the name was found without', () => {
    const roles = rolesIn(
      ['Reps. Ned Stam III (D-Md.) and Ivo Karr (R-Pa.) left the hearing early.'],
      [person('Ned Stam'), person('Ivo Karr')],
    );
    expect(roles['Ivo Karr']).toEqual(['Rep.']);
  });
});

describe('roles: a predicate read past an appositive between commas', () => {
  it('gives the post the verb states after an appositive that names none', () => {
    const roles = rolesIn(
      ['Ola Berg, a Lutheran, was elected as mayor of Vexley last week.'],
      [person('Ola Berg')],
    );
    expect(roles['Ola Berg']).toEqual(['mayor of Vexley']);
  });

  it("adds it to the appositive's own role, but not a bare characterising noun", () => {
    const roles = rolesIn(
      [
        'Sam Fritz, the family patriarch, was a state senator from Norland.',
        'Pia Lund, the daughter of a ferryman, was the winner.',
      ],
      [person('Sam Fritz'), person('Pia Lund')],
    );
    expect(roles['Sam Fritz']).toEqual(['the family patriarch', 'a state senator from Norland']);
    expect(roles['Pia Lund']).toEqual(['the daughter of a ferryman']);
  });
});

describe('roles: a capitalised day word inside a name does not end the role', () => {
  it('keeps "Today" after a capitalised word as part of the body\'s name', () => {
    const roles = rolesIn(
      ['Ida Kroll, a law professor, is a columnist for Vexley Today in the capital.'],
      [person('Ida Kroll')],
    );
    expect(roles['Ida Kroll']).toContain('a columnist for Vexley Today');
  });
});

describe('roles: a capitalised person noun after a capitalised qualifier is a title', () => {
  it('reads "<Body> Counsel X" and "<Nationality> Journalist X" as titles', () => {
    const roles = rolesIn(
      [
        'Officials sent Harbour Board Counsel Neil Vance to the hearing.',
        'The ban was criticised by Norlandic Journalist Ada Brill on Friday.',
      ],
      [person('Neil Vance'), person('Ada Brill')],
    );
    expect(roles['Neil Vance']).toEqual(['Harbour Board Counsel']);
    expect(roles['Ada Brill']).toEqual(['Norlandic Journalist']);
  });
});

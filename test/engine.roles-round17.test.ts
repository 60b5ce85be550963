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

describe('roles: playing positions WordNet lacks as people, in a title’s place', () => {
  it('given "centre", "lock", "wing" or "libero" before a name, the position is the role', () => {
    const roles = rolesIn(
      [
        'WESTPORT 2024-05-17 Centre Japie Molder has been ruled out of the side for Saturday.',
        'In heavy rain, centre Alan Hunt scored twice.',
        'Lock Ian Jonas and wing Jeff Walson were named despite doubts.',
        'The club must do without libero Matti Sammel for a month.',
      ],
      [
        person('Japie Molder'),
        person('Alan Hunt'),
        person('Ian Jonas'),
        person('Jeff Walson'),
        person('Matti Sammel'),
      ],
    );
    expect(roles['Japie Molder']).toEqual(['Centre']);
    expect(roles['Alan Hunt']).toEqual(['centre']);
    expect(roles['Ian Jonas']).toEqual(['Lock']);
    expect(roles['Jeff Walson']).toEqual(['wing']);
    expect(roles['Matti Sammel']).toEqual(['libero']);
  });

  it('given the word after an article or as a place, no one gets it', () => {
    const roles = rolesIn(
      [
        'Visitors to the centre Ola Brand opened last year queued for hours.',
        'Mid-sentence, the Centre Ola Brand founded had closed.',
      ],
      [person('Ola Brand')],
    );
    expect(roles['Ola Brand']).toEqual([]);
  });
});

describe('roles: a post’s field, then where it is held with "at"', () => {
  it('given "<post> of <field> at <body>", the body stays in the role', () => {
    const roles = rolesIn(
      [
        'Ben Gall, head of research at Brio, said prices would rise.',
        '“It was a shock,” said Ida Rusk, a professor of economics at the University of Westport.',
        'Tom Vale, an expert on grain at the Norland Institute in Westport, agreed.',
      ],
      [person('Ben Gall'), person('Ida Rusk'), person('Tom Vale')],
    );
    expect(roles['Ben Gall']).toEqual(['head of research at Brio']);
    expect(roles['Ida Rusk']).toEqual(['a professor of economics at the University of Westport']);
    expect(roles['Tom Vale']).toEqual(['an expert on grain at the Norland Institute']);
  });

  it('given a second role after the workplace cut before its own phrase, or a role too long, the workplace closes it', () => {
    const roles = rolesIn(
      [
        '“It was a shock,” said Ida Rusk, a professor of economics at the University of Westport and the director of its Centre for Trade.',
        'Ken Ash, co-director of the Harbour and Safety Program at Norland University’s Centre for Civil Justice, said.',
        'Tom Vale, a fellow in law at the Centre for Peace and Trade in Westport, said.',
      ],
      [person('Ida Rusk'), person('Ken Ash'), person('Tom Vale')],
    );
    expect(roles['Ida Rusk']).toEqual(['a professor of economics at the University of Westport']);
    expect(roles['Ken Ash']).toEqual(['co-director of the Harbour and Safety Program']);
    expect(roles['Tom Vale']).toEqual(['a fellow in law at the Centre for Peace and Trade']);
  });

  it('given "at" something in lower case or a time, the role ends before it', () => {
    const roles = rolesIn(
      [
        'Ann Brill, the coach of the team at the meeting, left.',
        'Ola Brand, a member of the board at 9 a.m. on Monday, voted no.',
      ],
      [person('Ann Brill'), person('Ola Brand')],
    );
    expect(roles['Ann Brill']).toEqual(['the coach of the team']);
    expect(roles['Ola Brand']).toEqual(['a member of the board']);
  });
});

describe('roles: the field or paper before an editor, executive, secretary or officer', () => {
  it('given "chief financial officer X" or "magazine editor X", the compound is the role', () => {
    const roles = rolesIn(
      [
        'Brio chief financial officer Bruno Adel told reporters the plant would stay open.',
        'Readers cheered as magazine editor Tina Brawn spoke.',
        'Former education secretary Will Benett agreed.',
        'The deputy editorial page editor Ola Stevns wrote the piece.',
      ],
      [person('Bruno Adel'), person('Tina Brawn'), person('Will Benett'), person('Ola Stevns')],
    );
    expect(roles['Bruno Adel']).toEqual(['Brio chief financial officer']);
    expect(roles['Tina Brawn']).toEqual(['magazine editor']);
    expect(roles['Will Benett']).toEqual(['Former education secretary']);
    expect(roles['Ola Stevns']).toEqual(['deputy editorial page editor']);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import { sameOffice } from '../src/engine/entities/roles/office-kinds.js';
import type { Person } from '../src/engine/schema.js';

// Session 17, roles by reference (issue 11): classes counted on training text, checked here on
// invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: an "as" phrase opening the sentence is its subject\'s capacity', () => {
  it('given "As <role>, X ...", X holds the role', () => {
    const roles = rolesIn(
      ['As treasurer of the harbour trust, Odile Marsh cut the dredging budget by a third.'],
      [person('Odile Marsh')],
    );
    expect(roles['Odile Marsh']).toEqual(['treasurer of the harbour trust']);
  });

  it('given a possessor and a year after the role, X still holds it', () => {
    const roles = rolesIn(
      ['As Norland’s lone envoy in 1994, Piet Vanner kept the talks alive.'],
      [person('Piet Vanner')],
    );
    expect(roles['Piet Vanner']?.[0]).toMatch(/envoy$/);
  });

  it('given "As the <noun> <verb>, X ...", the clause of time gives X no role', () => {
    const roles = rolesIn(
      ['As the umpire waved his arms, Odile Marsh walked off the court.'],
      [person('Odile Marsh')],
    );
    expect(roles['Odile Marsh']).toEqual([]);
  });

  it('given a stage of life ("As a teenager, X"), X gets no role', () => {
    const roles = rolesIn(['As a teenager, Odile Marsh sold fish on the quay.'], [person('Odile Marsh')]);
    expect(roles['Odile Marsh']).toEqual([]);
  });
});

describe('roles: a description opening a sentence continues the subject before it', () => {
  it('given two people named, the subject of the sentence before takes the office', () => {
    const roles = rolesIn(
      [
        'On Monday, Greta Lind refused to say whether she backed Omar Tusk or Rafe Dorn.',
        'The deputy mayor said the choice was for the voters.',
      ],
      [person('Greta Lind'), person('Omar Tusk'), person('Rafe Dorn')],
    );
    expect(roles['Greta Lind']).toEqual(['deputy mayor']);
    expect(roles['Omar Tusk']).toEqual([]);
  });

  it('given a name before the description in its own sentence, no one takes it', () => {
    const roles = rolesIn(
      [
        'Greta Lind refused to say whether she backed Omar Tusk or Rafe Dorn.',
        'After Tusk spoke, the deputy mayor said the choice was for the voters.',
      ],
      [person('Greta Lind'), person('Omar Tusk', ['Tusk']), person('Rafe Dorn')],
    );
    expect(roles['Greta Lind']).toEqual([]);
  });

  it('given "Rep. X ... The <State> congressman", the representative takes the description', () => {
    const roles = rolesIn(
      [
        'Rep. Ivo Brandt has endorsed Sen. Lena Quist for governor.',
        'The Norland congressman also plans to campaign for her in the spring.',
      ],
      [person('Ivo Brandt'), person('Lena Quist')],
    );
    expect(roles['Ivo Brandt']).toEqual(['Rep.', 'Norland congressman']);
    expect(roles['Lena Quist']).toEqual(['Sen.']);
  });

  it('given an unroled person named beside the office holder, the description is left open', () => {
    const roles = rolesIn(
      ['Mayor Ivo Brandt met Lena Quist on Friday.', 'The Westland mayor thanked the town.'],
      [person('Ivo Brandt'), person('Lena Quist')],
    );
    expect(roles['Ivo Brandt']).toEqual(['Mayor']);
    expect(roles['Lena Quist']).toEqual([]);
  });

  it('reads "congressman" and "representative" as one office', () => {
    expect(sameOffice('representative', 'congressman')).toBe(true);
    expect(sameOffice('congresswoman', 'representative')).toBe(true);
    expect(sameOffice('senator', 'congressman')).toBe(false);
  });
});

describe('roles: the lead after a headline run into the text describes who the next sentence names', () => {
  it('given a headline, then "A <description> ...", then the name, the name takes the description', () => {
    const title = 'Quarry fire puts village on alert.';
    const people = [person('Tomas Reyna')];
    const sentences = [
      title,
      'A retired schoolteacher has been charged over the blaze that shut the village school.',
      'Tomas Reyna, 63, denied the charge when he appeared in court on Monday.',
    ];
    const out = readRoles(people, sentences, [title]);
    expect(out[0]?.roles).toEqual(['retired schoolteacher']);
  });

  it("skips a name that is a preposition's object and gives the description to the subject", () => {
    const title = 'Union chief warns of long strike.';
    const people = [person('Ivo Brandt'), person('Lena Quist')];
    const sentences = [
      title,
      'The head of the Norland Dockers Union is worried that the dispute could last into winter.',
      'In a talk with Ivo Brandt on his radio show, Lena Quist said members were ready to walk out.',
    ];
    const out = readRoles(people, sentences, [title]);
    expect(out[0]?.roles).toEqual([]);
    expect(out[1]?.roles).toEqual(['head of the Norland Dockers Union']);
  });

  it("reads no auxiliary as the lead's person noun", () => {
    const title = 'Ballots?';
    const people = [person('Ivo Brandt')];
    const sentences = [title, 'Towns have too few, the cities too many.', 'Ivo Brandt wants a recount.'];
    const out = readRoles(people, sentences, [title]);
    expect(out[0]?.roles).toEqual([]);
  });
});

describe('roles: a description qualified by a place refers back, never ahead', () => {
  it('gives the description to no one named only after it', () => {
    const roles = rolesIn(
      [
        'The Norland senator has spent years tacking small riders onto big bills.',
        'Few colleagues share his patience, said Ivo Brandt, Democrat of Norland, who followed him in the House.',
      ],
      [person('Ivo Brandt')],
    );
    expect(roles['Ivo Brandt']).not.toContain('Norland senator');
  });
});

describe("roles: a plural person noun after a description makes it a group's", () => {
  it('reads no group ("The Republican councillors seeking ...") as a description of one person', () => {
    const roles = rolesIn(
      ['Lena Quist opposed the bill.', 'The Republican councillors seeking the seat all voted for it.'],
      [person('Lena Quist')],
    );
    expect(roles['Lena Quist']).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 16, roles round 18 (issue 11): recall classes counted on training text, checked here on
// invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: an appositive after "of <place>" with no comma before it', () => {
  it('given "Sen. X of <state>, the ...", the appositive is the role too', () => {
    const roles = rolesIn(
      ['Sen. Orla Finch of Maine, the senior Republican on the energy panel, backed the plan.'],
      [person('Orla Finch')],
    );
    expect(roles['Orla Finch']).toEqual(['Sen.', 'the senior Republican on the energy panel']);
  });

  it('given a player "of <country>, the <seed>", the seeding is the role', () => {
    const roles = rolesIn(
      ['Top seed Ana Brill of Norland beat Kira Vell of Westmark, the ninth seed, in two sets.'],
      [person('Ana Brill'), person('Kira Vell')],
    );
    expect(roles['Kira Vell']).toEqual(['the ninth seed']);
  });

  it('given "of <place>" and then no appositive, nothing is read after the place', () => {
    const roles = rolesIn(['Tomas Reed of Harwick, Ohio, said the road was closed.'], [person('Tomas Reed')]);
    expect(roles['Tomas Reed']).toEqual([]);
  });
});

describe('roles: a description that introduces a name with "named" or "called"', () => {
  it('given "a <description> named X", the description is the role', () => {
    const roles = rolesIn(
      ['The crowd cheered for a 61-year-old ferry captain named Lio Varga, who spoke first.'],
      [person('Lio Varga')],
    );
    expect(roles['Lio Varga']).toEqual(['a 61-year-old ferry captain']);
  });

  it('given "called" as a verb after a definite subject, or "named X as", no role is read', () => {
    const roles = rolesIn(
      ['The mayor called Tom Bell on Monday.', 'A union named Jo Pike as its head on Friday.'],
      [person('Tom Bell'), person('Jo Pike')],
    );
    expect(roles['Tom Bell']).toEqual([]);
    expect(roles['Jo Pike']).not.toContain('A union');
  });
});

describe('roles: a description set before the name that the appositive walk stops short of', () => {
  it('given a participle, a second phrase or an "in" phrase in the description, it is the role', () => {
    const roles = rolesIn(
      [
        'On the stage stood the mayor and the endorsed Labour candidate for governor, Pia Lund.',
        'The ferry firm and Norland’s secretary of state for transport, Eda Holm, confirmed the delay.',
        'The poll gives her a wide lead over her nearest rival in the crowded field, Otto Brandvik.',
      ],
      [person('Pia Lund'), person('Eda Holm'), person('Otto Brandvik')],
    );
    expect(roles['Pia Lund']).toEqual(['the endorsed Labour candidate for governor']);
    expect(roles['Eda Holm']).toEqual(['Norland’s secretary of state for transport']);
    expect(roles['Otto Brandvik']).toEqual(['her nearest rival in the crowded field']);
  });

  it('given a participle clause in the description, the role stops before it', () => {
    const roles = rolesIn(
      ['Critics said the magistrate hearing the toll cases, the Kell-born Ivo Marsh, was biased.'],
      [person('Ivo Marsh')],
    );
    expect(roles['Ivo Marsh']).toEqual(['the magistrate']);
  });

  it('given a title before the name as well, the description before the title is a role too', () => {
    const roles = rolesIn(
      ['The army commander in the northern region, Col. Arlo Venn, said the road was open.'],
      [person('Arlo Venn')],
    );
    expect(roles['Arlo Venn']).toEqual(['Col.', 'The army commander in the northern region']);
  });

  it('given a plural head, an event noun in -ing, or a publication before the name, no role', () => {
    const roles = rolesIn(
      [
        'She thanked the authors of the budget report, Ada Voss, on Friday.',
        'Police tied the cell to a suicide bombing in the port, Ravi Kant.',
        'Tips went to a reporter at the region’s oldest weekly newspaper, Harbor Light.',
      ],
      [person('Ada Voss'), person('Ravi Kant'), person('Harbor Light')],
    );
    expect(roles['Ada Voss']).toEqual([]);
    expect(roles['Ravi Kant']).toEqual([]);
    expect(roles['Harbor Light']).toEqual([]);
  });
});

describe('roles: "superdelegate", a party convention role WordNet lacks', () => {
  it('given "X, a superdelegate from <state>,", the appositive is the role', () => {
    const roles = rolesIn(
      ['Ana Pell, a superdelegate from Norland, said she had not decided.'],
      [person('Ana Pell')],
    );
    expect(roles['Ana Pell']).toEqual(['a superdelegate from Norland']);
  });
});

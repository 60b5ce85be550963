import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 20, roles: a later definite description continues the subject before it (ADR 013).
// Invented sentences only.

function person(name: string, aliases: string[] = [], gender: Person['gender'] = null): Person {
  return { name, aliases, roles: [], mentions: 1, gender, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a description opening a sentence continues the subject before it', () => {
  it('gives "the Norland senator" to the subject before, though she has a role already', () => {
    const roles = rolesIn(
      [
        'Labour hopeful Ada Quist toured three mills in Dunmore on Friday.',
        'The Norland senator has struggled to win votes in the river towns.',
      ],
      [person('Ada Quist', ['Quist'])],
    );
    expect(roles['Ada Quist']).toEqual(['Labour hopeful', 'Norland senator']);
  });

  it('reads through a sentence that opens on "he"', () => {
    const roles = rolesIn(
      [
        'Mayor Tobin Ashby spoke to the harbour board about the new quay.',
        'He promised that the work would start in spring.',
        'The Westport mayor declined to say what it would cost.',
      ],
      [person('Tobin Ashby', ['Ashby'], 'male')],
    );
    expect(roles['Tobin Ashby']).toEqual(['Mayor', 'Westport mayor']);
  });

  it('gives a bare description too when no one else holds a role of its kind', () => {
    const roles = rolesIn(
      [
        'Tycoon Pell Harrow is taking questions in a church hall in Tolby.',
        'The billionaire developer began by talking about rents.',
      ],
      [person('Pell Harrow', ['Harrow'])],
    );
    expect(roles['Pell Harrow']).toEqual(['Tycoon', 'billionaire developer']);
  });

  it('gives nothing when the subject holds another public office', () => {
    const roles = rolesIn(
      [
        'Gov. Lena Brisk signed the bill in Tolby on Monday.',
        'The Norland senator has struggled to win votes in the river towns.',
      ],
      [person('Lena Brisk', ['Brisk'])],
    );
    expect(roles['Lena Brisk']).toEqual(['Gov.']);
  });

  it('gives nothing when the sentence before reports on someone it describes', () => {
    const roles = rolesIn(
      [
        'Spokesman Rufus Dane says the candidate has always kept a thrifty campaign.',
        'The former Norland governor has trailed in the polls since May.',
      ],
      [person('Rufus Dane', ['Dane'])],
    );
    expect(roles['Rufus Dane']).toEqual(['Spokesman']);
  });

  it('gives nothing when another person named holds an office of that kind', () => {
    const roles = rolesIn(
      [
        'Sen. Orla Venn met Hugo Marr at the depot.',
        'Hugo Marr is touring the north this week.',
        'The Norland senator began by talking about rents.',
      ],
      [person('Orla Venn', ['Venn']), person('Hugo Marr', ['Marr'])],
    );
    expect(roles['Hugo Marr']).toEqual([]);
  });

  it('gives nothing to a description that speaks, as often someone new', () => {
    const roles = rolesIn(
      [
        'Labour hopeful Ada Quist toured three mills in Dunmore on Friday.',
        'The Norland senator said the mills would close by spring.',
      ],
      [person('Ada Quist', ['Quist'])],
    );
    expect(roles['Ada Quist']).toEqual(['Labour hopeful']);
  });

  it('gives nothing when the subject before spoke about another person', () => {
    const roles = rolesIn(
      [
        'Chief Warden Lars Ebbe said the ferry pilot, Nina Vost, had quit.',
        'The minister later resigned as well.',
      ],
      [person('Lars Ebbe', ['Ebbe']), person('Nina Vost', ['Vost'])],
    );
    expect(roles['Lars Ebbe']).toEqual(['Chief Warden']);
  });
});

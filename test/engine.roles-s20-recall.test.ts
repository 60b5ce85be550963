import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 20, roles recall: an appositive's role ends where a reduced clause or an adverb after its
// head noun begins (roles/participles.ts, ADR 013). Invented sentences only.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, name: string): string[] {
  return readRoles([person(name)], [sentence])[0]?.roles ?? [];
}

describe('roles: a reduced clause or an adverb after the head noun ends the role', () => {
  it('cuts an -ing word that could qualify a noun when an article follows it', () => {
    const roles = rolesOf(
      'Marten Vosk, the harbour lawyer leading the search for a new pilot, declined to comment.',
      'Marten Vosk',
    );
    expect(roles).toEqual(['the harbour lawyer']);
  });

  it("cuts the same participle before a name's possessive", () => {
    const roles = rolesOf(
      "Marten Vosk, the harbour lawyer leading Mrs. Pell's search for a pilot, declined to comment.",
      'Marten Vosk',
    );
    expect(roles).toEqual(['the harbour lawyer']);
  });

  it('cuts a past participle followed by a second one or by a time', () => {
    expect(
      rolesOf(
        'Delia Fontane, the software executive detained and charged this month, was absent.',
        'Delia Fontane',
      ),
    ).toEqual(['the software executive']);
    expect(
      rolesOf('Delia Fontane, the software executive detained last week, was absent.', 'Delia Fontane'),
    ).toEqual(['the software executive']);
  });

  it('cuts an adverb of place or time before a preposition or the comma', () => {
    expect(rolesOf('In Dunmore, Tomas Reiner, the mayor there, has a small lead.', 'Tomas Reiner')).toEqual([
      'the mayor',
    ]);
    expect(
      rolesOf(
        'The rule is unclear, said Una Pell, a former navy lawyer now at the Harbor Institute.',
        'Una Pell',
      ),
    ).toEqual(['a former navy lawyer']);
  });

  it('keeps a participle that takes a noun as its object', () => {
    expect(rolesOf('Ola Brenn, a rebel chief turned minister, spoke first.', 'Ola Brenn')).toEqual([
      'a rebel chief turned minister',
    ]);
  });
});

describe("roles: a town's state after the comma is part of the role's place", () => {
  it('keeps a written-out state and an abbreviated one with its dot', () => {
    expect(rolesOf('Ada Rusk, a night nurse from Larkin, Texas, joined the queue.', 'Ada Rusk')).toEqual([
      'a night nurse from Larkin, Texas',
    ]);
    expect(rolesOf('The queue was long, said Ada Rusk, a pastor in Dover Flats, Del.', 'Ada Rusk')).toEqual([
      'a pastor in Dover Flats, Del.',
    ]);
  });

  it("stops before a state that opens the next person's title", () => {
    const people = [person('Ada Rusk'), person('Tom Vell')];
    const roles = readRoles(people, ['Ada Rusk, a nurse from Larkin, Texas Gov. Tom Vell said.']);
    expect(roles[0]?.roles).toEqual(['a nurse from Larkin']);
  });
});

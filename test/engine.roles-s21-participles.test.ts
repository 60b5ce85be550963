import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 21, roles: an irregular past participle ("known", "seen", "born") or a verb of
// considering ("considered", "deemed") after an appositive's head noun opens a reduced relative
// clause, which ends the role (roles/irregular-participles.ts, ADR 013). Invented sentences only.

function person(name: string): Person {
  return { name, aliases: [], roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, name: string): string[] {
  return readRoles([person(name)], [sentence])[0]?.roles ?? [];
}

describe('roles: a reduced clause opened by an irregular participle ends the appositive', () => {
  it('cuts "known for" and "best known for", which gave no role before', () => {
    expect(
      rolesOf('Lorna Pike, a ferry pilot known for her night crossings, said no.', 'Lorna Pike'),
    ).toEqual(['a ferry pilot']);
    expect(
      rolesOf('Lorna Pike, a ferry pilot best known for her night crossings, said no.', 'Lorna Pike'),
    ).toEqual(['a ferry pilot']);
  });

  it('cuts a verb of considering before its complement', () => {
    expect(
      rolesOf('Lorna Pike, a harbour judge considered one of the strictest, said no.', 'Lorna Pike'),
    ).toEqual(['a harbour judge']);
    expect(rolesOf('Lorna Pike, a council appointee deemed a moderate, said no.', 'Lorna Pike')).toEqual([
      'a council appointee',
    ]);
  });

  it('cuts "seen as" and "born in" before what follows', () => {
    expect(rolesOf('Lorna Pike, a ferry pilot seen as a rival, said no.', 'Lorna Pike')).toEqual([
      'a ferry pilot',
    ]);
    expect(rolesOf('Lorna Pike, a ferry pilot born in Westhaven, said no.', 'Lorna Pike')).toEqual([
      'a ferry pilot',
    ]);
  });
});

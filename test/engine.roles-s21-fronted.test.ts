import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 21, roles: an indefinite noun phrase opening the sentence, a comma and then the name as
// the clause's subject is a fronted appositive ("A former nurse, X has run the clinic ...";
// roles/fronted-appositive.ts, ADR 013). Invented sentences only.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, people: Person[]): string[][] {
  return readRoles(people, [sentence]).map((p) => p.roles);
}

describe('roles: a fronted indefinite appositive describes the subject after it', () => {
  it('gives the phrase to the name that opens the clause', () => {
    expect(
      rolesOf('A former ferry pilot, Lorna Pike has run the harbour since 2010.', [person('Lorna Pike')]),
    ).toEqual([['A former ferry pilot']]);
  });

  it('reads the phrase for a surname alone and keeps a coordinated role whole', () => {
    expect(
      rolesOf('A lawyer and trained surveyor, Pike now sells maps of the coast.', [
        person('Lorna Pike', ['Pike']),
      ]),
    ).toEqual([['A lawyer and trained surveyor']]);
  });

  it('passes over a title between the comma and the name', () => {
    expect(
      rolesOf('A veteran harbour pilot, Sen. Lorna Pike said the channel was unsafe.', [
        person('Lorna Pike'),
      ])[0],
    ).toContain('A veteran harbour pilot');
  });

  it('gives nothing when the name opens a list rather than the clause', () => {
    expect(
      rolesOf('A harbour pilot, Lorna Pike and Ivo Marr said the channel was unsafe.', [
        person('Lorna Pike'),
        person('Ivo Marr'),
      ]),
    ).toEqual([[], []]);
  });
});

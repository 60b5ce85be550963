import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 22, roles: a prepositional phrase of time after a role ("until last season", "for ten
// years", "in the 1990s") says when the role was held, not what it is, and the role stops before
// it (roles/time-phrases.ts, ADR 013). Invented sentences only.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, name: string, others: string[] = []): string[] {
  const people = [person(name), ...others.map((o) => person(o))];
  return readRoles(people, [sentence])[0]?.roles ?? [];
}

describe('roles: a phrase of time after the role', () => {
  it('keeps a role with no phrase of its own before "until" and a time', () => {
    expect(
      rolesOf(
        "Ivo Brannick, the Marnock club's coach until last season, said the pitch was poor.",
        'Ivo Brannick',
      ),
    ).toEqual(["the Marnock club's coach"]);
  });

  it('cuts "until" and its time after a role with a place phrase', () => {
    expect(
      rolesOf(
        'Ivo Brannick, the Tolland envoy for fisheries until last month, said talks would resume.',
        'Ivo Brannick',
      ),
    ).toEqual(['the Tolland envoy for fisheries']);
  });

  it('cuts "until" before a clause of time as well', () => {
    expect(
      rolesOf(
        'Ivo Brannick, a member of the Marnock council until resigning in 2019, said it was late.',
        'Ivo Brannick',
      ),
    ).toEqual(['a member of the Marnock council']);
  });

  it('cuts a span of time after "for" and a decade after "in"', () => {
    expect(
      rolesOf('Ivo Brannick, chief judge for nearly eight years, said it was late.', 'Ivo Brannick'),
    ).toEqual(['chief judge']);
    expect(
      rolesOf('Ivo Brannick, a Marnock harbour pilot in the 1990s, said it was late.', 'Ivo Brannick'),
    ).toEqual(['a Marnock harbour pilot']);
  });

  it('keeps a year that qualifies an event: "a candidate for the 2030 election"', () => {
    expect(
      rolesOf('Ivo Brannick, a candidate for the 2030 election, said it was late.', 'Ivo Brannick'),
    ).toEqual(['a candidate for the 2030 election']);
  });
});

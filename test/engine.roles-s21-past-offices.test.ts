import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 21, roles: an office held in the past, stated by a relative clause after the name
// ("X, who headed the <body> until 2011,"), is read as the former office (roles/past-offices.ts,
// ADR 013). Invented sentences only.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, name: string, others: string[] = []): string[] {
  const people = [person(name), ...others.map((o) => person(o))];
  return readRoles(people, [sentence])[0]?.roles ?? [];
}

describe('roles: a past office in a relative clause after the name', () => {
  it('reads "who headed" a named body as the former head, without the time after it', () => {
    expect(
      rolesOf(
        'Ada Rell, who headed the Norland Reserve Bank until 2011, said rates were too low.',
        'Ada Rell',
      ),
    ).toEqual(['former head of the Norland Reserve Bank']);
  });

  it("reads a campaign owned by a named person's possessive, with its year", () => {
    expect(
      rolesOf("Tom Veck, who managed Ann Vale's 2010 presidential campaign, said nothing.", 'Tom Veck', [
        'Ann Vale',
      ]),
    ).toEqual(["former manager of Ann Vale's 2010 presidential campaign"]);
  });

  it('keeps the owner after "of" and cuts a span of time after the object', () => {
    expect(
      rolesOf('Tom Veck, who managed the 2008 Westshire campaign of Ann Vale, said nothing.', 'Tom Veck', [
        'Ann Vale',
      ]),
    ).toEqual(['former manager of the 2008 Westshire campaign of Ann Vale']);
    expect(
      rolesOf("Tom Veck, who had headed Norland's spy service for more than 30 years, died.", 'Tom Veck'),
    ).toEqual(["former head of Norland's spy service"]);
  });

  it('writes a verb with no office noun as written ("ran")', () => {
    expect(
      rolesOf('Tom Veck, who had run the Westshire Trust for a decade, said nothing.', 'Tom Veck'),
    ).toEqual(['ran the Westshire Trust']);
  });

  it('reads no office from a deed whose object is not named', () => {
    expect(rolesOf('Tom Veck, who led the protest on Monday, said nothing.', 'Tom Veck')).toEqual([]);
    expect(rolesOf('Tom Veck, who ran a marathon in May, said nothing.', 'Tom Veck')).toEqual([]);
  });

  it("reads no office when the object is another person, not that person's thing", () => {
    expect(
      rolesOf('Tom Veck, who led Ann Vale in the polls, said nothing.', 'Tom Veck', ['Ann Vale']),
    ).toEqual([]);
  });
});

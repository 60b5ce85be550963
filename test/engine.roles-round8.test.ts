import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Gender, Person } from '../src/engine/schema.js';

// Classes found on training text outside US politics (Reuters prose of CoNLL-2003 eng.train,
// round 8), checked here on invented sentences.

function person(name: string, gender: Gender = null, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a dateline or a score is no part of a role', () => {
  it('"WESTPORT 2024-05-17 Norland striker X" gives "Norland striker"', () => {
    const roles = rolesIn(
      ['WESTPORT 2024-05-17 Norland striker Dean Ward scored twice on Friday.'],
      [person('Dean Ward', 'male')],
    );
    expect(roles['Dean Ward']).toEqual(['Norland striker']);
  });

  it('a byline and dateline before an office stay out of it', () => {
    const roles = rolesIn(
      ['Mara Quint WESTPORT 2024-05-17 Norland Finance Minister Omar Reyes resigned on Friday.'],
      [person('Mara Quint', 'female'), person('Omar Reyes', 'male')],
    );
    expect(roles['Omar Reyes']).toEqual(['Norland Finance Minister']);
  });

  it('a compound with letters still qualifies a role ("15-time champion")', () => {
    const roles = rolesIn(['The 15-time champion Lena Hart won again.'], [person('Lena Hart', 'female')]);
    expect(roles['Lena Hart']).toEqual(['15-time champion']);
  });
});

describe('roles: a person noun joined to its phrase by hyphens', () => {
  it('"rebel chief-of-staff X" and "Editor-at-large X" are roles read as written', () => {
    const roles = rolesIn(
      ['Envoys met rebel chief-of-staff Omar Reyes on Friday.', 'Editor-at-large Lena Hart won the prize.'],
      [person('Omar Reyes', 'male'), person('Lena Hart', 'female')],
    );
    expect(roles['Omar Reyes']).toEqual(['rebel chief-of-staff']);
    expect(roles['Lena Hart']).toEqual(['Editor-at-large']);
  });

  it('an appositive headed by such a compound is read ("X, the heir-to-the-throne,")', () => {
    const roles = rolesIn(
      ['Dean Ward, the heir-to-the-throne, was hurt in the crash.'],
      [person('Dean Ward', 'male')],
    );
    expect(roles['Dean Ward']).toEqual(['the heir-to-the-throne']);
  });

  it('a family stated by its count is left out ("Mother-of-two X")', () => {
    const roles = rolesIn(['Mother-of-two Lena Hart won the prize.'], [person('Lena Hart', 'female')]);
    expect(roles['Lena Hart']).toEqual([]);
  });
});

describe('roles: a title with no article that runs into a name is that name’s', () => {
  it('"Unlike X, veteran team owner Y voted no" gives X nothing', () => {
    const roles = rolesIn(
      ['Unlike Omar Reyes, veteran team owner Dean Ward voted no.'],
      [person('Omar Reyes', 'male'), person('Dean Ward', 'male')],
    );
    expect(roles['Omar Reyes']).toEqual([]);
    expect(roles['Dean Ward']).toEqual(['veteran team owner']);
  });

  it('in a list of titled names each keeps only its own title', () => {
    const roles = rolesIn(
      ['The panel heard from striker Lena Hart, veteran goalkeeper Dean Ward and coach Omar Reyes.'],
      [person('Lena Hart', 'female'), person('Dean Ward', 'male'), person('Omar Reyes', 'male')],
    );
    expect(roles['Lena Hart']).toEqual(['striker']);
    expect(roles['Dean Ward']).toEqual(['veteran goalkeeper']);
  });

  it('an appositive with no article that ends at a comma is still read ("X, club captain, said")', () => {
    const roles = rolesIn(
      ['Dean Ward, club captain, said the side would recover.'],
      [person('Dean Ward', 'male')],
    );
    expect(roles['Dean Ward']).toEqual(['club captain']);
  });
});

describe('roles: a phrasal verb of taking or leaving a post before "as"', () => {
  it('"stepped down as", "took over as" and "will stay on as" give the post', () => {
    const roles = rolesIn(
      [
        'Dean Ward stepped down as chief executive of Riverton Foods.',
        'Lena Hart, who took over as manager in May, praised the squad.',
        'Omar Reyes will stay on as club secretary.',
      ],
      [person('Dean Ward', 'male'), person('Lena Hart', 'female'), person('Omar Reyes', 'male')],
    );
    expect(roles['Dean Ward']).toEqual(['chief executive of Riverton Foods']);
    expect(roles['Lena Hart']).toEqual(['manager']);
    expect(roles['Omar Reyes']).toEqual(['club secretary']);
  });
});

describe('roles: an honorific in lower case is a noun', () => {
  it('"first lady X" and "former first lady X" are roles; "friends miss X" is a verb', () => {
    const roles = rolesIn(
      [
        'The fund was opened by first lady Lena Hart on Friday.',
        'Former first lady Mara Quint wrote the preface.',
        'Old friends miss Omar Reyes most of all.',
      ],
      [person('Lena Hart', 'female'), person('Mara Quint', 'female'), person('Omar Reyes', 'male')],
    );
    expect(roles['Lena Hart']).toEqual(['first lady']);
    expect(roles['Mara Quint']).toEqual(['Former first lady']);
    expect(roles['Omar Reyes']).toEqual([]);
  });
});

describe('roles: a baseball infielder by base', () => {
  it('"third baseman X" and "X, a first baseman," are roles', () => {
    const roles = rolesIn(
      ['The club signed third baseman Dean Ward.', 'Omar Reyes, a first baseman, joined him.'],
      [person('Dean Ward', 'male'), person('Omar Reyes', 'male')],
    );
    expect(roles['Dean Ward']).toEqual(['third baseman']);
    expect(roles['Omar Reyes']).toEqual(['a first baseman']);
  });
});

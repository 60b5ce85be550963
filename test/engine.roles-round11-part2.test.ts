import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Round 11, second part (issue 11): wording fixes counted on training text (CoNLL eng.train,
// PolNeAR train), checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a word before a possessor name qualifies the possessor, not the role', () => {
  it('given "club Dunmore Athletic\'s president X", the role opens at the possessor', () => {
    const roles = rolesIn(
      ['The fine was paid by club Dunmore Athletic’s president Ilia Brandt on Friday.'],
      [person('Ilia Brandt')],
    );
    expect(roles['Ilia Brandt']).toEqual(['Dunmore Athletic’s president']);
  });

  it('keeps a title of the possessor before the name ("nominee Ann Vale\'s wife")', () => {
    const roles = rolesIn(
      ['The crowd cheered Republican nominee Oskar Vale’s wife Petra Vale on Sunday.'],
      [person('Petra Vale'), person('Oskar Vale')],
    );
    expect(roles['Petra Vale']?.[0]).toMatch(/^Republican nominee Oskar Vale’s wife$/);
  });

  it('given "said that Vale\'s chief of staff, X,", the conjunction is no article of the appositive', () => {
    const roles = rolesIn(
      ['Senator Ruth Amell said that Vale’s chief of staff, Dario Fenn, grew up nearby.'],
      [person('Dario Fenn'), person('Ruth Amell')],
    );
    expect(roles['Dario Fenn']).toEqual(['Vale’s chief of staff']);
  });
});

describe("roles: a plural role after or around a list is each holder's in the singular", () => {
  it('given "A and B, both nurses at the clinic,", each is a nurse at the clinic', () => {
    const roles = rolesIn(
      ['Mira Hollis and Jana Petrov, both nurses at the Eastfield clinic, were hurt.'],
      [person('Mira Hollis'), person('Jana Petrov')],
    );
    expect(roles['Mira Hollis']).toEqual(['nurse at the Eastfield clinic']);
    expect(roles['Jana Petrov']).toEqual(['nurse at the Eastfield clinic']);
  });

  it('given "The victims were named as A and B", each is a victim', () => {
    const roles = rolesIn(
      ['The victims were named as Karl Obst and Lev Marin.'],
      [person('Karl Obst'), person('Lev Marin')],
    );
    expect(roles['Karl Obst']).toEqual(['victim']);
    expect(roles['Lev Marin']).toEqual(['victim']);
  });

  it('drops an article, a count and "other" before the plural, and leaves kin nouns to the gender step', () => {
    const roles = rolesIn(
      [
        'Polls favour Tess Brandt and Omar Velez, the three other rookie candidates.',
        'Her parents, Carla Moss and Peter Moss, spoke to reporters.',
      ],
      [person('Tess Brandt'), person('Omar Velez'), person('Carla Moss'), person('Peter Moss')],
    );
    expect(roles['Tess Brandt']).toEqual(['rookie candidate']);
    expect(roles['Omar Velez']).toEqual(['rookie candidate']);
    expect(roles['Carla Moss']).toEqual(['parents']);
  });
});

describe('roles: a word that pairs two people is no part of a title before a name', () => {
  it('given "Both front-runner A and nominee B" and "Neither Mayor C nor ...", the pairing word is left out', () => {
    const roles = rolesIn(
      [
        'Both Labour front-runner Nina Ostrova and Green nominee Pavel Ruse spoke.',
        'Neither Mayor Tom Keller nor his deputy came.',
      ],
      [person('Nina Ostrova'), person('Pavel Ruse'), person('Tom Keller')],
    );
    expect(roles['Nina Ostrova']).toEqual(['Labour front-runner']);
    expect(roles['Tom Keller']).toEqual(['Mayor']);
  });
});

describe('roles: an appositive before the name whose phrase holds a possessive or a second "of"', () => {
  it('given "The chair of Norland\'s upper house, X," and "The head of the ministry\'s office of inland fisheries, Y,", each gets the phrase', () => {
    const roles = rolesIn(
      [
        'The chair of Norland’s upper house, Edda Lumi, said she would not resign.',
        'The head of the ministry’s office of inland fisheries, Kurt Oslan, said quotas would fall.',
      ],
      [person('Edda Lumi'), person('Kurt Oslan')],
    );
    expect(roles['Edda Lumi']).toEqual(['The chair of Norland’s upper house']);
    expect(roles['Kurt Oslan']).toEqual(['The head of the ministry’s office of inland fisheries']);
  });

  it('gives nothing to a name after a noun for a publication, which it renames', () => {
    const roles = rolesIn(
      ['Ivo Marten, a columnist for the guild’s monthly magazine, Voce Westia, said no.'],
      [person('Ivo Marten'), person('Voce Westia')],
    );
    expect(roles['Voce Westia']).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 13 (issue 11): classes of court, crime, business and diplomatic news counted on training
// text (CoNLL eng.train, PolNeAR train), checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a reduced relative clause after an appositive head', () => {
  it('given "X, a broker based in Y,", a past participle with its preposition ends the role', () => {
    const roles = rolesIn(
      [
        'Prices will fall, said Oskar Vale, a broker based in Westport.',
        'Lena Brandt, a Norland trader arrested in Dunmore in May, was freed.',
        'Tomas Ilves, an actor famed for a long-running comedy, backed the plan.',
      ],
      [person('Oskar Vale'), person('Lena Brandt'), person('Tomas Ilves')],
    );
    expect(roles['Oskar Vale']).toEqual(['a broker']);
    expect(roles['Lena Brandt']).toEqual(['a Norland trader']);
    expect(roles['Tomas Ilves']).toEqual(['an actor']);
  });

  it('given "X, an engineer then working for Y,", a participle after an adverb ends the role', () => {
    const roles = rolesIn(
      [
        'Ruth Amsel, an engineer then working for the ministry, signed the report.',
        'Karl Moss, a Dunmore operative currently advising the senator, disagreed.',
      ],
      [person('Ruth Amsel'), person('Karl Moss')],
    );
    expect(roles['Ruth Amsel']).toEqual(['an engineer']);
    expect(roles['Karl Moss']).toEqual(['a Dunmore operative']);
  });

  it('given a name taken for a person inside the appositive ("a Brio customer based in Y"), the role still ends before the clause', () => {
    const roles = rolesIn(
      ['Peter Hallam, a Brio customer based in Westport, said he was angry.'],
      [person('Peter Hallam'), person('Brio')],
    );
    expect(roles['Peter Hallam']).toEqual(['a Brio customer']);
  });

  it('keeps a participle with a noun object and a person noun in -ed as part of the role', () => {
    const roles = rolesIn(['Ivo Sands, a rebel chief turned minister, spoke first.'], [person('Ivo Sands')]);
    expect(roles['Ivo Sands']).toEqual(['a rebel chief turned minister']);
  });
});

describe('roles: a whole name that qualifies the role noun before another name', () => {
  it('given "former Ann Vale aide X", the name of two or three words stays in the role', () => {
    const roles = rolesIn(
      [
        'The fund was set up by former Ann Vale aide Nina Hart in March.',
        'Former Piet W. Arnolds pollster Omar Reyes was a guest on the show.',
      ],
      [person('Ann Vale'), person('Nina Hart'), person('Piet W. Arnolds'), person('Omar Reyes')],
    );
    expect(roles['Nina Hart']).toEqual(['former Ann Vale aide']);
    expect(roles['Omar Reyes']).toContain('Former Piet W. Arnolds pollster');
  });

  it('reads a name only right before the head noun: with a word between, it is left out', () => {
    const roles = rolesIn(
      ['Ann Vale senior aide Nina Hart declined to comment.'],
      [person('Ann Vale'), person('Nina Hart')],
    );
    expect(roles['Nina Hart']).toEqual(['senior aide']);
  });
});

describe('roles: a lower-case title with a capitalised one-word "of" object before the name', () => {
  it('given "former secretary of State X", the title is read; a title as the object is not', () => {
    const roles = rolesIn(
      [
        'Polls favour former secretary of State Nina Hart in the west.',
        'The plan was drawn up by a friend of President Omar Reyes.',
      ],
      [person('Nina Hart'), person('Omar Reyes')],
    );
    expect(roles['Nina Hart']).toEqual(['former secretary of State']);
    expect(roles['Omar Reyes']).toEqual(['President']);
  });
});

describe('roles: "model" read as a title right before a name', () => {
  it('given "international model X", the occupation is read; "a model X built" is a thing', () => {
    const model = rolesIn(
      ['Police said someone attacked international model Nina Hart outside her flat.'],
      [person('Nina Hart')],
    );
    expect(model['Nina Hart']).toEqual(['international model']);
    const thing = rolesIn(['A model Omar Reyes built in his garage won the prize.'], [person('Omar Reyes')]);
    expect(thing['Omar Reyes']).toEqual([]);
  });
});

describe('roles: a reporting clause after a name is no appositive', () => {
  it('given "with X, a spokesman said.", X is not the spokesman; "X, a spokesman for Y said" still is', () => {
    // Each sentence alone, so that no description of one refers to a name in the next.
    const roles = {
      ...rolesIn(['Talks were held with Prime Minister Nina Hart, a spokesman said.'], [person('Nina Hart')]),
      ...rolesIn(['Omar Reyes, a senior aide said, is confident of a deal.'], [person('Omar Reyes')]),
      ...rolesIn(
        ['Lena Brandt, a spokeswoman for the bank said the rates would hold.'],
        [person('Lena Brandt')],
      ),
    };
    expect(roles['Nina Hart']).toEqual(['Prime Minister']);
    expect(roles['Omar Reyes']).toEqual([]);
    expect(roles['Lena Brandt']).toEqual(['a spokeswoman for the bank']);
  });
});

describe('roles: a capitalised person noun the title list lacks, after a qualifier', () => {
  it('given "Public Advocate X" or "Chief Accountant X", the title is read; a lone capital is not', () => {
    const roles = {
      ...rolesIn(
        ['The cuts are cruel, Westport City Public Advocate Nina Hart said.'],
        [person('Nina Hart')],
      ),
      ...rolesIn(['Chief Accountant Omar Reyes said the farm had no cash.'], [person('Omar Reyes')]),
      ...rolesIn(['The deal was signed by Hunter Lena Brandt on Monday.'], [person('Lena Brandt')]),
    };
    expect(roles['Nina Hart']).toEqual(['Westport City Public Advocate']);
    expect(roles['Omar Reyes']).toEqual(['Chief Accountant']);
    expect(roles['Lena Brandt']).toEqual([]);
  });
});

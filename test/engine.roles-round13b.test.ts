import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 13, second roles round (issue 11): the extent of a role before a name, counted on
// training text (CoNLL eng.train, PolNeAR train), checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: the side or pace of a fielding position', () => {
  it('given "fast bowler X" or "left fielder X", the side stays part of the role', () => {
    const roles = rolesIn(
      [
        'Westland fast bowler Dara Quill took four wickets before lunch.',
        'The Harbour Cats left fielder Moe Tarrant hit two doubles.',
        'Centre fielder Lino Sava made the catch, while right fielder Abe Kroll dropped one.',
      ],
      [person('Dara Quill'), person('Moe Tarrant'), person('Lino Sava'), person('Abe Kroll')],
    );
    expect(roles['Dara Quill']).toEqual(['Westland fast bowler']);
    expect(roles['Moe Tarrant']).toEqual(['Harbour Cats left fielder']);
    expect(roles['Lino Sava']).toEqual(['Centre fielder']);
    expect(roles['Abe Kroll']).toEqual(['right fielder']);
  });

  it('given a side word before any other role noun, the walk stops as before', () => {
    const roles = rolesIn(['The crowd left coach Ivo Renn alone on the bench.'], [person('Ivo Renn')]);
    expect(roles['Ivo Renn']).toEqual(['coach']);
  });
});

describe('roles: a fixed two-word compound before a role noun', () => {
  it('given "civil rights activist X", "real estate mogul X", the whole compound qualifies the role', () => {
    const roles = rolesIn(
      [
        'The march was led by civil rights activist Mina Osei.',
        'The tower was built by real estate mogul Gert Lamm.',
        'Rates fell after a call from central bank governor Ada Fenn.',
        'Late night talk show host Remy Cole mocked the plan.',
      ],
      [person('Mina Osei'), person('Gert Lamm'), person('Ada Fenn'), person('Remy Cole')],
    );
    expect(roles['Mina Osei']).toEqual(['civil rights activist']);
    expect(roles['Gert Lamm']).toEqual(['real estate mogul']);
    expect(roles['Ada Fenn']).toEqual(['central bank governor']);
    expect(roles['Remy Cole']).toEqual(['talk show host']);
  });

  it('given "gun control advocate X" and "former homeland security secretary X", the compound and what precedes it are kept', () => {
    const roles = rolesIn(
      [
        'Among the speakers were gun control advocate Lisa Brandt and former homeland security secretary Omar Vick.',
      ],
      [person('Lisa Brandt'), person('Omar Vick')],
    );
    expect(roles['Lisa Brandt']).toEqual(['gun control advocate']);
    expect(roles['Omar Vick']).toEqual(['former homeland security secretary']);
  });
});

describe('roles: a genre before its medium', () => {
  it('given "reality TV star X", the genre stays part of the role', () => {
    const roles = rolesIn(
      ['The gala was opened by reality TV star Ola Brann and reality television star Ivo Sand.'],
      [person('Ola Brann'), person('Ivo Sand')],
    );
    expect(roles['Ola Brann']).toEqual(['reality TV star']);
    expect(roles['Ivo Sand']).toEqual(['reality television star']);
  });
});

describe('roles: a two-part abbreviated title and what qualifies it', () => {
  it('given "former Norland Lt. Gov. X" or "retired Lt. Gen. X", the qualifiers before the first part are kept', () => {
    const roles = rolesIn(
      [
        'She will face former Norland Lt. Gov. Ines Varga in the autumn.',
        'The panel heard from retired Lt. Gen. Otto Brenn on Tuesday.',
      ],
      [person('Ines Varga'), person('Otto Brenn')],
    );
    expect(roles['Ines Varga']).toEqual(['former Norland Lt. Gov.']);
    expect(roles['Otto Brenn']).toEqual(['retired Lt. Gen.']);
  });

  it('given a two-part title with nothing before it, the role is the title alone', () => {
    const roles = rolesIn(['The plan was backed by Lt. Gov. Ines Varga.'], [person('Ines Varga')]);
    expect(roles['Ines Varga']).toEqual(['Lt. Gov.']);
  });
});

describe('roles: a participle of what befell a person before the role noun', () => {
  it('given "convicted smuggler X" or "ousted campaign manager X", the participle is part of the role', () => {
    const roles = rolesIn(
      [
        'The film was made with help from convicted smuggler Pia Holm.',
        'The memo was written by ousted campaign manager Rolf Eide.',
      ],
      [person('Pia Holm'), person('Rolf Eide')],
    );
    expect(roles['Pia Holm']).toEqual(['convicted smuggler']);
    expect(roles['Rolf Eide']).toEqual(['ousted campaign manager']);
  });

  it('given "retiring Sen. X", the term ending is part of the role, but not after an auxiliary', () => {
    const roles = rolesIn(
      [
        'The race to replace retiring Green Sen. Ida Roth began.',
        'He is retiring Sen. Ugo Rell from the panel.',
      ],
      [person('Ida Roth'), person('Ugo Rell')],
    );
    expect(roles['Ida Roth']).toEqual(['retiring Green Sen.']);
    expect(roles['Ugo Rell']).toEqual(['Sen.']);
  });

  it('given the participle as the verb after an auxiliary or a subject noun, the walk does not take the subject', () => {
    const roles = rolesIn(
      ['The court has convicted banker Ugo Rell.', 'The union ousted chairman Ada Lind on Friday.'],
      [person('Ugo Rell'), person('Ada Lind')],
    );
    expect(roles['Ugo Rell']).toEqual(['banker']);
    expect(roles['Ada Lind']).toEqual(['chairman']);
  });
});

describe('roles: a prospect word before a contest outcome noun', () => {
  it('given "likely nominee X" or "presumed nominee X", the prospect word stays part of the role', () => {
    const roles = rolesIn(
      [
        'The ad went after likely Green nominee Ida Roth.',
        'It was a priority of presumed Labour nominee Sven Aas.',
      ],
      [person('Ida Roth'), person('Sven Aas')],
    );
    expect(roles['Ida Roth']).toEqual(['likely Green nominee']);
    expect(roles['Sven Aas']).toEqual(['presumed Labour nominee']);
  });

  it('given "likely" before a title that is no outcome noun, it is read as an adverb', () => {
    const roles = rolesIn(['The mayor will likely face Sen. Ida Roth in May.'], [person('Ida Roth')]);
    expect(roles['Ida Roth']).toEqual(['Sen.']);
  });
});

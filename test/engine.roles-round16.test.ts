import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Person } from '../src/engine/schema.js';

// Session 14, roles round 16 (issue 11): a title whose "of" phrase runs into the name with no
// comma, as wire copy writes it. Counted on training text, checked here on invented sentences.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: a title with an "of" phrase and no comma before the name', () => {
  it('given "the director of the <place> shelter X told", the title and its phrase are the role', () => {
    const roles = rolesIn(
      [
        'The director of the Brennmoor shelter Ilse Varga told reporters on Monday that beds ran out.',
        'The head of the regional water board Tomas Rek said the dam held.',
      ],
      [person('Ilse Varga'), person('Tomas Rek')],
    );
    expect(roles['Ilse Varga']).toEqual(['director of the Brennmoor shelter']);
    expect(roles['Tomas Rek']).toEqual(['head of the regional water board']);
  });

  it('given a title or a person noun before the name, the name is the phrase’s object', () => {
    const roles = rolesIn(
      [
        'A spokesman for the mayor Ada Quill said the road would close.',
        'The manager of the singer Paulo Brisk said the tour went on.',
      ],
      [person('Ada Quill'), person('Paulo Brisk')],
    );
    expect(roles['Ada Quill']).toEqual(['mayor']);
    expect(roles['Paulo Brisk']).toEqual(['singer']);
  });

  it('given a possessive or a capitalised word after the name, no role is read from the phrase', () => {
    const possessive = rolesIn(
      ['The editor of the weekly paper Nina Sobel’s column drew letters.'],
      [person('Nina Sobel')],
    );
    expect(possessive['Nina Sobel']).toEqual([]);
    // A preposition ends the phrase's object: "behind X" says where, not who holds the title.
    const behind = rolesIn(
      ['The runner-up of the coastal race behind Karl Ivers said little.'],
      [person('Karl Ivers')],
    );
    expect(behind['Karl Ivers']).toEqual([]);
  });
});

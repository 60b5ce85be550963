import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Person } from '../src/engine/schema.js';

// Classes found on PolNeAR train text (US political news), checked here on invented sentences:
// offices held "then-", plural titles before lists whose names carry a state, a bracket or a
// title, a description tied to its place ("the senator from Ohio"), a body's name with "of"
// before the role's head, a possessor's role after any verb, and nouns that qualify a role noun.

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: offices held "then-"', () => {
  it('given "then-Sen. X", "then-Norland Gov. X" or "then-Secretary of State X", the role keeps "then-" as written', () => {
    const roles = rolesIn(
      [
        'The bill was backed by then-Sen. Mara Lind and opposed by then-Norland Gov. Ross Penn.',
        'Aides to then-Secretary of State Ida Vo objected.',
      ],
      [person('Mara Lind'), person('Ross Penn'), person('Ida Vo')],
    );
    expect(roles['Mara Lind']).toEqual(['then-Sen.']);
    expect(roles['Ross Penn']).toEqual(['then-Norland Gov.']);
    expect(roles['Ida Vo']).toEqual(['then-Secretary of State']);
  });

  it('given a possessor before "then-president" or "then-" inside a role\'s phrase, both are read whole', () => {
    const roles = rolesIn(
      [
        "Norland's then-president, Tom Ash, agreed.",
        'Lia Moss, a senior trade adviser to then-President Tom Ash, disagreed.',
      ],
      [person('Tom Ash'), person('Lia Moss')],
    );
    expect(roles['Tom Ash']).toContain("Norland's then-president");
    expect(roles['Lia Moss']).toEqual(['a senior trade adviser to then-President Tom Ash']);
  });

  it('given "then-Sen." in an article, the sentence does not end at its dot', () => {
    const parsed = parseArticle({
      text: 'The plan was first drafted in 2009 by then-Sen. Mara Lind of Norland. It failed.',
      title: '',
    });
    const lind = parsed.people.find((p) => p.name === 'Mara Lind');
    expect(lind?.roles).toEqual(['then-Sen.']);
  });
});

describe('roles: plural titles before lists', () => {
  it('given "Reps. A (D-Ohio), B (D-Utah) and C (R-Iowa)", each name gets the singular title', () => {
    const roles = rolesIn(
      ['The letter was written by Reps. Mara Lind (D-Ohio), Ross Penn (D-Utah) and Ida Vo (R-Iowa).'],
      [person('Mara Lind'), person('Ross Penn'), person('Ida Vo')],
    );
    expect(roles['Mara Lind']).toEqual(['Rep.']);
    expect(roles['Ross Penn']).toEqual(['Rep.']);
    expect(roles['Ida Vo']).toEqual(['Rep.']);
  });

  it('given a plural role before a list whose names carry their state, each gets the role', () => {
    const roles = rolesIn(
      ['A pair of freshman senators, Mara Lind of Ohio and Ross Penn of Utah, are touring the state.'],
      [person('Mara Lind'), person('Ross Penn')],
    );
    expect(roles['Mara Lind']).toEqual(['freshman senator']);
    expect(roles['Ross Penn']).toEqual(['freshman senator']);
  });

  it('given a list whose second name has its own title, the first gets the plural role and the second keeps its title', () => {
    const roles = rolesIn(
      ['Voters doubt the leading candidates, Mara Lind and Sen. Ross Penn (R-Ohio), on trade.'],
      [person('Mara Lind'), person('Ross Penn')],
    );
    expect(roles['Mara Lind']).toEqual(['leading candidate']);
    expect(roles['Ross Penn']).toEqual(['Sen.']);
  });

  it('given a capitalised plural role opening the sentence before a list, each name gets it in the singular', () => {
    const roles = rolesIn(
      ['Candidates Mara Lind, Ross Penn and Ida Vo backed the pledge.'],
      [person('Mara Lind'), person('Ross Penn'), person('Ida Vo')],
    );
    expect(roles['Mara Lind']).toEqual(['Candidate']);
    expect(roles['Ida Vo']).toEqual(['Candidate']);
  });
});

describe('roles: a description tied to its place', () => {
  it('given "The senator from Ohio" after a name alone, it refers back with its place', () => {
    const roles = rolesIn(
      [
        '3. Mara Lind.',
        'The senator from Ohio continues to gain ground.',
        '2. Ross Penn.',
        'The governor of Utah is next.',
      ],
      [person('Mara Lind'), person('Ross Penn')],
    );
    expect(roles['Mara Lind']).toEqual(['senator from Ohio']);
    expect(roles['Ross Penn']).toEqual(['governor of Utah']);
  });

  it('given "the son of German immigrants", no place is read and nothing refers back', () => {
    const roles = rolesIn(
      ['Ross Penn said his father, the son of German immigrants, was a baker.'],
      [person('Ross Penn')],
    );
    expect(roles['Ross Penn']).toEqual([]);
  });
});

describe("roles: a body's name and a possessor before the head", () => {
  it('given "a University of Norland professor", the role\'s head is the professor and "Secretary of State" still ends at State', () => {
    const roles = rolesIn(
      [
        '"It spreads fast," said Tom Ash, a University of Norland professor who studies rumours.',
        'He met Lia Moss, Secretary of State, on Monday.',
      ],
      [person('Tom Ash'), person('Lia Moss')],
    );
    expect(roles['Tom Ash']).toEqual(['a University of Norland professor']);
    expect(roles['Lia Moss']).toEqual(['Secretary of State']);
  });

  it('given "alerted Acme\'s chief of staff, X, to ...", the appositive before the name is read after the verb', () => {
    const roles = rolesIn(
      ["Staff soon alerted Acme's chief of staff, Ida Vo, to the request."],
      [person('Ida Vo')],
    );
    expect(roles['Ida Vo']).toEqual(["Acme's chief of staff"]);
  });
});

describe('roles: nouns that qualify a role noun', () => {
  it('given "former tech executive X" or "hedge fund manager X", the compound is read whole', () => {
    const roles = rolesIn(
      ['The panel heard former tech executive Mara Lind and billionaire hedge fund manager Ross Penn.'],
      [person('Mara Lind'), person('Ross Penn')],
    );
    expect(roles['Mara Lind']).toEqual(['former tech executive']);
    expect(roles['Ross Penn']).toEqual(['billionaire hedge fund manager']);
  });
});

describe('roles: a plural noun after a person noun is no verb', () => {
  it('given "the terrorist attacks of ..." or "the relative doldrums also deprive ...", no description refers back', () => {
    const roles = rolesIn(
      [
        'Ann Vale writes about the terrorist attacks of that year.',
        'Tom Ash leads the field.',
        'The relative doldrums also deprive his rivals of attention.',
      ],
      [person('Ann Vale'), person('Tom Ash')],
    );
    expect(roles['Ann Vale']).toEqual([]);
    expect(roles['Tom Ash']).toEqual([]);
  });

  it('given "the mayor still wants to run", the -s verb after an adverb still makes a subject', () => {
    const roles = rolesIn(['Tom Ash met the press.', 'The mayor still wants to run.'], [person('Tom Ash')]);
    expect(roles['Tom Ash']).toEqual(['mayor']);
  });
});

describe('roles: legislative whips and a body owning the head after the name', () => {
  it('given "Senate Minority Whip X", the capitalised title is read', () => {
    const roles = rolesIn(
      ['Democrats, including Senate Minority Whip Ann Vale of Ohio, backed the bill.'],
      [person('Ann Vale')],
    );
    expect(roles['Ann Vale']).toEqual(['Senate Minority Whip']);
  });

  it('given "X, the Vale campaign\'s chairman," where Vale is a person, the appositive is read whole', () => {
    const roles = rolesIn(
      ['Tom Vale spoke first.', "Chad Pell, the Vale campaign's chairman, said the remarks were fair."],
      [person('Tom Vale', ['Vale']), person('Chad Pell')],
    );
    expect(roles['Chad Pell']).toEqual(["the Vale campaign's chairman"]);
  });
});

describe('roles: a role owned by a person and joined to a second', () => {
  it('given "X, who was Vale\'s chief strategist and later senior adviser", the whole phrase is read', () => {
    const roles = rolesIn(
      [
        'Tom Vale spoke first.',
        '"It matters," said Tad Pell, who was Vale\'s chief strategist and later senior adviser.',
      ],
      [person('Tom Vale', ['Vale']), person('Tad Pell')],
    );
    expect(roles['Tad Pell']).toEqual(["Vale's chief strategist and later senior adviser"]);
  });
});

describe('roles: a title in lower case with its "of" phrase', () => {
  it('given "former secretary of state X" or "chief of staff X", the whole title is read', () => {
    const roles = rolesIn(
      ['The panel thanked former secretary of state Ann Vale and chief of staff Tom Pell.'],
      [person('Ann Vale'), person('Tom Pell')],
    );
    expect(roles['Ann Vale']).toEqual(['former secretary of state']);
    expect(roles['Tom Pell']).toEqual(['chief of staff']);
  });

  it('given "the son of farmer X" or "the secretary of state mocked X", no longer title is made', () => {
    const farmer = rolesIn(['He met the son of farmer Joe Bell.'], [person('Joe Bell')]);
    expect(farmer['Joe Bell']).toEqual(['farmer']);
    const mocked = rolesIn(['He said the former secretary of state mocked Tim Holt.'], [person('Tim Holt')]);
    expect(mocked['Tim Holt']).toEqual([]);
  });
});

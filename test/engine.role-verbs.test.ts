import { describe, expect, it } from 'vitest';
import { agentNoun, courtRole, genderedKin, spouseNoun } from '../src/engine/entities/role-agents.js';
import { readRoles } from '../src/engine/entities/roles/index.js';
import type { Gender, Person } from '../src/engine/schema.js';

/** A person as the entity stage hands it over: name and aliases, no roles yet. */
function person(name: string, gender: Gender = null, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles stated with a verb: offices held', () => {
  it('given "the front, led by X\'s party,", the party leads it and X is given no office (round 9)', () => {
    const roles = rolesIn(
      ["The alliance of small parties, led by Omar Reyes's Unity Movement, will contest the vote."],
      [person('Omar Reyes')],
    );
    expect(roles['Omar Reyes']).toEqual([]);
  });

  it('given "Club, coached by Dutchman X,", X is the coach of the club', () => {
    const roles = rolesIn(['Westmoor, coached by Dutchman Iker Lasa, won the cup.'], [person('Iker Lasa')]);
    expect(roles['Iker Lasa']).toEqual(['coach of Westmoor']);
  });

  it('given "the inquiry into X, led by Y,", Y leads the inquiry, cut before its inner phrase', () => {
    const roles = rolesIn(
      ['In June, the inquiry into the delays at the depot, led by Hugh Dannet, reported.'],
      [person('Hugh Dannet')],
    );
    expect(roles['Hugh Dannet']).toEqual(['leader of the inquiry']);
  });

  it('given a document "edited by" or a film "directed by" someone, that is a deed and no role', () => {
    const roles = rolesIn(
      ['The anthology, edited by Pia Lund, sold out.', 'The film, directed by Omar Vey, opens today.'],
      [person('Pia Lund'), person('Omar Vey')],
    );
    expect(roles['Pia Lund']).toEqual([]);
    expect(roles['Omar Vey']).toEqual([]);
  });

  it('given "because he still manages Club", the man just named manages it', () => {
    const roles = rolesIn(
      ['Ted Corran turned the offer down because he still manages Northam.'],
      [person('Ted Corran', 'male')],
    );
    expect(roles['Ted Corran']).toEqual(['manager of Northam']);
  });

  it('given "X currently heads the Westshire Trust", the office over a named body is read as its noun', () => {
    const roles = rolesIn(['Lena Morr currently heads the Westshire Trust.'], [person('Lena Morr')]);
    expect(roles['Lena Morr']).toEqual(['head of the Westshire Trust']);
  });

  it('given "who has managed the club since 2019", the office is still held; "who has led the team to victory" is a deed', () => {
    const roles = rolesIn(
      [
        'Ann Rowe, who has managed the club since 2019, said sales rose.',
        'Bea Lyle, who has led the team to victory, said she was happy.',
      ],
      [person('Ann Rowe'), person('Bea Lyle')],
    );
    expect(roles['Ann Rowe']).toEqual(['manager of the club']);
    expect(roles['Bea Lyle']).toEqual([]);
  });

  it('given a time with no preposition after the role ("named chief executive last year"), the role ends before it', () => {
    const roles = rolesIn(
      ['Ann Rowe, who was named chief executive last year, said sales rose.'],
      [person('Ann Rowe')],
    );
    expect(roles['Ann Rowe']).toEqual(['chief executive']);
  });

  it('given a match report in the present ("X heads the ball into the net", "leads the race"), there is no office', () => {
    const roles = rolesIn(
      ['Tom Kell heads the ball into the net.', 'Ed Warne leads the race after five laps.'],
      [person('Tom Kell'), person('Ed Warne')],
    );
    expect(roles['Tom Kell']).toEqual([]);
    expect(roles['Ed Warne']).toEqual([]);
  });

  it('given "X, Managing Director, Firm", the capitalised participle is a title, not a verb', () => {
    const roles = rolesIn(
      ['The deal is good, said Rob Ellery, Managing Director, Kestrel Group.'],
      [person('Rob Ellery')],
    );
    expect(roles['Rob Ellery']?.some((r) => r.startsWith('manager of'))).toBe(false);
  });
});

describe('roles stated with a verb: posts held and court reports', () => {
  it('given "he is giving up his role as Club coach at the end of the year", the role stops before the time', () => {
    const roles = rolesIn(
      ['Gus Arlen has said he is giving up his role as Northam coach at the end of the year.'],
      [person('Gus Arlen', 'male')],
    );
    expect(roles['Gus Arlen']).toEqual(['Northam coach']);
  });

  it('given a caption "X has confirmed he is giving up his role as Club coach", the caption gives the role', () => {
    const people = [person('Gus Arlen', 'male')];
    const read = readRoles(
      people,
      ['Gus Arlen will leave in the summer.'],
      ['Gus Arlen has confirmed he is giving up his role as Northam coach at the end of the year'],
    );
    expect(read[0]?.roles).toEqual(['Northam coach']);
  });

  it('given "his role as" after a name inside an "of" phrase, the possessive is not that name’s', () => {
    const roles = rolesIn(
      ['Dan Oake spoke.', 'The cousin of singer Rod Oake has taken up his post as head teacher.'],
      [person('Dan Oake', 'male'), person('Rod Oake', 'male')],
    );
    expect(roles['Rod Oake']).toEqual(['singer']);
    expect(roles['Dan Oake']).toEqual(['head teacher']);
  });

  it('given "X, prosecuting, said" and "Y, defending, said", they are counsel', () => {
    const roles = rolesIn(
      [
        'Mia Trent, prosecuting, said the van was stolen.',
        'Carl Voss, defending, said his client was sorry.',
      ],
      [person('Mia Trent'), person('Carl Voss')],
    );
    expect(roles['Mia Trent']).toEqual(['prosecutor']);
    expect(roles['Carl Voss']).toEqual(['defence lawyer']);
  });

  it('given "a manager to help out", the infinitive is no part of the role', () => {
    const roles = rolesIn(['Jo Pask, a shop manager to help out, stayed on.'], [person('Jo Pask')]);
    expect(roles['Jo Pask']).toEqual(['a shop manager']);
  });
});

describe('roles stated with a verb: a shared role', () => {
  it('given "co-founder of X alongside her old college friends A, B and C", each is a co-founder', () => {
    const roles = rolesIn(
      [
        'She became co-founder of the Larkhill Press alongside her old college friends Ian Prowse, Ned Carr and Sol Bye.',
      ],
      [person('Ian Prowse'), person('Ned Carr'), person('Sol Bye')],
    );
    for (const name of ['Ian Prowse', 'Ned Carr', 'Sol Bye'])
      expect(roles[name]).toContain('co-founder of the Larkhill Press');
  });

  it('given a role that is not shared ("founder of X with A"), the names after "with" get nothing', () => {
    const roles = rolesIn(
      ['She became founder of the Larkhill Press with Ian Prowse.'],
      [person('Ian Prowse')],
    );
    expect(roles['Ian Prowse']).toEqual([]);
  });
});

describe('roles stated with a verb: marriage and kin', () => {
  it('given "A is married to B", each is the other’s spouse', () => {
    const roles = rolesIn(
      ['Nina Dorrel is married to Paul Dorrel.'],
      [person('Nina Dorrel', 'female'), person('Paul Dorrel', 'male')],
    );
    expect(roles['Nina Dorrel']).toEqual(['wife of Paul Dorrel']);
    expect(roles['Paul Dorrel']).toEqual(['husband of Nina Dorrel']);
  });

  it('given "A wed three men — namely B, C and D —" and "her most recent marriage was to E", all are her husbands', () => {
    const roles = rolesIn(
      [
        'Over ten years Rosa Ibarr wed three men — namely Abel Tamm, Kiro Bann and Lev Odin — and her most recent marriage was to Ugo Fent.',
      ],
      [
        person('Rosa Ibarr', 'female'),
        person('Abel Tamm'),
        person('Kiro Bann'),
        person('Lev Odin'),
        person('Ugo Fent'),
      ],
    );
    for (const name of ['Abel Tamm', 'Kiro Bann', 'Lev Odin', 'Ugo Fent'])
      expect(roles[name]).toEqual(['husband of Rosa Ibarr']);
    expect(roles['Rosa Ibarr']).toEqual([]);
  });

  it('given "A’s second marriage was to B, and a later marriage to C", C is A’s husband too', () => {
    const roles = rolesIn(
      [
        'Rosa Ibarr’s second marriage was to Abel Tamm in 1987, and a 1994 marriage to Kiro Bann ended in divorce.',
      ],
      [person('Rosa Ibarr', 'female'), person('Abel Tamm'), person('Kiro Bann')],
    );
    expect(roles['Abel Tamm']).toEqual(['husband of Rosa Ibarr']);
    expect(roles['Kiro Bann']).toEqual(['husband of Rosa Ibarr']);
  });

  it('given "a marriage to X" with no possessor, nobody is named as married to X', () => {
    const roles = rolesIn(['The records show a marriage to Ugo Fent in 2011.'], [person('Ugo Fent', 'male')]);
    expect(roles['Ugo Fent']).toEqual([]);
  });

  it('given "His parents, A and B Surname," with known genders, each is a mother or a father', () => {
    const roles = rolesIn(
      ['His parents, Carla and Piers Hale, listened in court.'],
      [person('Carla Hale', 'female', ['Carla']), person('Piers Hale', 'male')],
    );
    expect(roles['Carla Hale']).toEqual(['mother']);
    expect(roles['Piers Hale']).toEqual(['father']);
  });

  it('given a plural kin noun for someone of unknown gender, the role stays as written', () => {
    expect(genderedKin('parents', null)).toBe('parents');
    expect(genderedKin('her grandparents', 'female')).toBe('her grandmother');
    expect(genderedKin('chief executive', 'male')).toBe('chief executive');
  });

  it('given "her sister, X, and mother, Y,", the second appositive shares the possessive', () => {
    const roles = rolesIn(
      ['She arrived with her sister, Ada Fenn, and mother, Ivy Fenn, on Friday.'],
      [person('Ada Fenn'), person('Ivy Fenn')],
    );
    expect(roles['Ada Fenn']).toEqual(['her sister']);
    expect(roles['Ivy Fenn']).toEqual(['mother']);
  });
});

describe('roles before the name: coordination and noble titles', () => {
  it('given "Author and broadcaster X" opening the sentence, both roles are read as written', () => {
    const roles = rolesIn(['Author and broadcaster Jo Fenn has died.'], [person('Jo Fenn')]);
    expect(roles['Jo Fenn']).toEqual(['Author and broadcaster']);
  });

  it('given adjectives no list holds before the role ("Republican presidential candidate X"), they stay in it', () => {
    const roles = rolesIn(
      ['Republican presidential candidate Ted Varn spoke.', 'In her new tutorial singer Ada Moll sings.'],
      [person('Ted Varn'), person('Ada Moll')],
    );
    expect(roles['Ted Varn']).toEqual(['Republican presidential candidate']);
    expect(roles['Ada Moll']).toEqual(['singer']);
  });

  it('given ", pictured," or ", 45, of Town," between the name and its appositive, the appositive is read', () => {
    const roles = rolesIn(
      [
        'Lev Brin, pictured, the former head of the agency, spoke.',
        'Ona Pell, 45, of Eastham, a teacher, was arrested.',
        'Rik Sams, of Eastham, said the road was shut.',
      ],
      [person('Lev Brin'), person('Ona Pell'), person('Rik Sams')],
    );
    expect(roles['Lev Brin']).toEqual(['the former head of the agency']);
    expect(roles['Ona Pell']).toEqual(['a teacher']);
    expect(roles['Rik Sams']).toEqual([]);
  });

  it('given "Princes A and B", the plural noble title is part of the names, not a role', () => {
    const roles = rolesIn(
      ['The cousin of Princes Edmund and Osric was seen.'],
      [person('Edmund'), person('Osric')],
    );
    expect(roles['Edmund']).toEqual([]);
    expect(roles['Osric']).toEqual([]);
  });
});

describe('descriptions that refer back', () => {
  it('given "an employee" introduced earlier, a later "The employee" is that unnamed person, not the one named last', () => {
    const roles = rolesIn(
      [
        'A video showed Ana Vole shouting at an employee of a car wash.',
        'Vole knew she was taped.',
        'The employee even threatened to publish it.',
      ],
      [person('Ana Vole', 'female', ['Vole'])],
    );
    expect(roles['Ana Vole']).toEqual([]);
  });

  it('given no earlier indefinite, "The builder" still refers back to the person just named', () => {
    const roles = rolesIn(
      ['Ana Vole was cleared on Monday.', 'The builder thanked her family.'],
      [person('Ana Vole', 'female', ['Vole'])],
    );
    expect(roles['Ana Vole']).toEqual(['builder']);
  });
});

describe('role-agents: the nouns verbs stand for', () => {
  it('given office verbs, their holders’ nouns; a verb of no office, none', () => {
    expect(agentNoun('coached')).toBe('coach');
    expect(agentNoun('heads')).toBe('head');
    expect(agentNoun('runs')).toBeUndefined();
    expect(courtRole('prosecuting')).toBe('prosecutor');
    expect(courtRole('speaking')).toBeUndefined();
  });

  it('given genders, the spouse noun follows the partner’s gender first, else the spouse’s own', () => {
    expect(spouseNoun('female', 'female')).toBe('husband');
    expect(spouseNoun(null, 'male')).toBe('wife');
    expect(spouseNoun('male', null)).toBe('husband');
    expect(spouseNoun(null, null)).toBeNull();
  });
});

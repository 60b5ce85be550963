import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/role-grammar.js';
import type { Person } from '../src/engine/schema.js';

// Classes found on PolNeAR train text (US political news), checked here on invented sentences:
// abbreviated titles keep their dot, a description before one is a role of its own, a verb in
// -ed before a name is no title, compounds such as "campaign manager", a saying verb whose comma
// was left out, and ranks in an event ("the first candidate to").

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesIn(sentences: string[], people: Person[]): Record<string, string[]> {
  return Object.fromEntries(readRoles(people, sentences).map((p) => [p.name, p.roles]));
}

describe('roles: abbreviated titles', () => {
  it('given "Ohio Gov. X" or "Lt. Gen. X", the role keeps its dot as written', () => {
    const roles = rolesIn(
      ['Ohio Gov. Mara Lind signed the bill.', 'Lt. Gen. Ross Penn and Army Capt. Ida Vo spoke.'],
      [person('Mara Lind'), person('Ross Penn'), person('Ida Vo')],
    );
    expect(roles['Mara Lind']).toEqual(['Ohio Gov.']);
    expect(roles['Ross Penn']).toEqual(['Lt. Gen.']);
    expect(roles['Ida Vo']).toEqual(['Army Capt.']);
  });

  it("given an initialism at the end of a role, its dot stays; a sentence's full stop does not", () => {
    const roles = rolesIn(
      ['Lia Moss, the ambassador to the U.S., left.', 'The new leader is Tom Ash, the party treasurer.'],
      [person('Lia Moss'), person('Tom Ash')],
    );
    expect(roles['Lia Moss']).toEqual(['the ambassador to the U.S.']);
    expect(roles['Tom Ash']).toEqual(['the party treasurer']);
  });

  it('given a description before an abbreviated title, each is a role; "former" or "fellow" stays with it', () => {
    const roles = rolesIn(
      [
        'Republican presidential hopeful Sen. Tom Vale spoke on Monday.',
        'His primary challenger Rep. Ann Bell agreed, as did former Gov. Al Zee and fellow Sen. Ed Roe.',
      ],
      [person('Tom Vale'), person('Ann Bell'), person('Al Zee'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['Republican presidential hopeful', 'Sen.']);
    expect(roles['Ann Bell']).toEqual(['primary challenger', 'Rep.']);
    expect(roles['Al Zee']).toEqual(['former Gov.']);
    expect(roles['Ed Roe']).toEqual(['fellow Sen.']);
  });
});

describe('roles: a description before a capitalised title', () => {
  it('given "presidential candidate Senator X", each is a role; "Former Vice President X" stays whole', () => {
    const roles = rolesIn(
      [
        'Democratic presidential candidate Senator Tom Vale spoke.',
        'Former Vice President Ann Bell and Defense Secretary Ed Roe agreed.',
      ],
      [person('Tom Vale'), person('Ann Bell'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['Democratic presidential candidate', 'Senator']);
    expect(roles['Ann Bell']).toEqual(['Former Vice President']);
    expect(roles['Ed Roe']).toEqual(['Defense Secretary']);
  });
});

describe('roles: a verb in -ed before a name', () => {
  it('given "He accused X" or "Y accused former President X", the verb is no title', () => {
    const roles = rolesIn(
      ['He accused Ann Bell of lying.', 'Ben Ray accused former President Lou Kemp of theft.'],
      [person('Ann Bell'), person('Ben Ray'), person('Lou Kemp')],
    );
    expect(roles['Ann Bell']).toEqual([]);
    expect(roles['Ben Ray']).toEqual([]);
    expect(roles['Lou Kemp']).toEqual(['former President']);
  });

  it('given "the accused X" or "13th seed X", the noun is a title', () => {
    const roles = rolesIn(
      ['The accused Tim Dole sat down.', 'She will play 13th seed Pia Kurz on Friday.'],
      [person('Tim Dole'), person('Pia Kurz')],
    );
    expect(roles['Tim Dole']).toEqual(['accused']);
    expect(roles['Pia Kurz']).toEqual(['13th seed']);
  });
});

describe('roles: compounds before the name', () => {
  it('given "campaign manager X", "deputy campaign chief X", "talk radio host X", the compound is whole', () => {
    const roles = rolesIn(
      [
        'He would work with campaign manager Joe Pratt and deputy campaign chief Lee Mott.',
        'Talk radio host Bo Gale and defending champion Uma Rees laughed.',
      ],
      [person('Joe Pratt'), person('Lee Mott'), person('Bo Gale'), person('Uma Rees')],
    );
    expect(roles['Joe Pratt']).toEqual(['campaign manager']);
    expect(roles['Lee Mott']).toEqual(['deputy campaign chief']);
    expect(roles['Bo Gale']).toEqual(['Talk radio host']);
    expect(roles['Uma Rees']).toEqual(['defending champion']);
  });
});

describe('roles: where an appositive ends', () => {
  it('given a saying verb whose comma was left out, the verb is no part of the role', () => {
    const roles = rolesIn(
      [
        'Anthony Reel, president of the Growers Association stated, "It is a problem."',
        'Bo Hart, a spokesman for the firm said that prices rose.',
      ],
      [person('Anthony Reel'), person('Bo Hart')],
    );
    expect(roles['Anthony Reel']).toEqual(['president of the Growers Association']);
    expect(roles['Bo Hart']).toEqual(['a spokesman for the firm']);
  });

  it('given "the first candidate to" or "the only senator to", a rank in an event is no role', () => {
    const roles = rolesIn(
      ['Joe Barr was the first candidate to weigh in.', 'Kim Tam, the only senator to vote against, left.'],
      [person('Joe Barr'), person('Kim Tam')],
    );
    expect(roles['Joe Barr']).toEqual([]);
    expect(roles['Kim Tam']).toEqual([]);
  });
});

describe('roles: speakers and appositives of attribution', () => {
  it('given "..., said X of the Policy Institute.", the body is the role; a town is not', () => {
    const roles = rolesIn(
      [
        'Voters liked the plan, said Omar Rahn of the Harbour Policy Institute.',
        'Prices rose, said Jay Gilby of Cheyenne.',
      ],
      [person('Omar Rahn'), person('Jay Gilby')],
    );
    expect(roles['Omar Rahn']).toEqual(['of the Harbour Policy Institute']);
    expect(roles['Jay Gilby']).toEqual([]);
  });

  it("given '\"...,\" Ms. L's spokesman, X, wrote', the appositive before the name is read", () => {
    const roles = rolesIn(
      ['“We stand together,” Ms. Lind’s spokesman, Steffen Kolb, wrote on Twitter.'],
      [person('Steffen Kolb'), person('Lind', ['Ms. Lind'])],
    );
    expect(roles['Steffen Kolb']).toEqual(['Ms. Lind’s spokesman']);
  });

  it('given "who was named last week as a leader of Y", the time is passed', () => {
    const roles = rolesIn(
      ['Amy Dease, who was named last week as a leader of the coalition, agreed.'],
      [person('Amy Dease')],
    );
    expect(roles['Amy Dease']).toEqual(['a leader of the coalition']);
  });

  it('given "X II, a lawyer" or "X Jr., the founder", the suffix is passed', () => {
    const roles = rolesIn(
      [
        'Joseph R. Murrow II, a onetime lawyer for the group, disagreed.',
        'Martin Ludd Jr., the founder of the league, spoke.',
      ],
      [person('Joseph R. Murrow', ['Murrow']), person('Martin Ludd', ['Ludd'])],
    );
    expect(roles['Joseph R. Murrow']).toEqual(['a onetime lawyer for the group']);
    expect(roles['Martin Ludd']).toEqual(['the founder of the league']);
  });
});

describe('roles: a role never ends on a possessor', () => {
  it("given a possessor's noun phrase after the role's preposition, it goes with the role or the phrase is left out", () => {
    const roles = rolesIn(
      [
        'Amy Dease, a leader of Ann Vale’s home-school coalition, agreed.',
        'Bo Gale, host of KXYZ’s “Morning Show,” laughed.',
        'Kay Moll, a close friend of Ann Vale’s who died in 2001, wrote the letters.',
      ],
      [person('Amy Dease'), person('Ann Vale', ['Vale']), person('Bo Gale'), person('Kay Moll')],
    );
    expect(roles['Amy Dease']).toEqual(['a leader of Ann Vale’s home-school coalition']);
    expect(roles['Bo Gale']).toEqual(['host']);
    expect(roles['Kay Moll']).toEqual(['a close friend of Ann Vale’s']);
  });
});

describe('roles: a surname that qualifies a noun', () => {
  it('given "a senior Vale adviser", "senior" is no title of Vale\'s; "President Vale administration" still is', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke on Monday.',
        'Al Cobb, a senior Vale adviser, left.',
        'He will let daughter Ivy have a go.',
        'Officials in the President Vale administration agreed.',
      ],
      [person('Ann Vale', ['Vale']), person('Al Cobb'), person('Ivy')],
    );
    expect(roles['Al Cobb']).toEqual(['a senior Vale adviser']);
    expect(roles['Ivy']).toEqual(['daughter']);
    expect(roles['Ann Vale']).toEqual(['President']);
  });

  it('given "a spokesman for the Vale campaign", the campaign is part of the role', () => {
    const roles = rolesIn(
      ['Ann Vale spoke.', 'Paul Lind, a spokesman for the Vale campaign, declined to comment.'],
      [person('Ann Vale', ['Vale']), person('Paul Lind')],
    );
    expect(roles['Paul Lind']).toEqual(['a spokesman for the Vale campaign']);
    expect(roles['Ann Vale']).toEqual([]);
  });
});

describe("roles: a person's name as the possessor of a role", () => {
  it('given "X, Vale\'s deputy national political director," or "said Vale\'s campaign manager, X,", the role is read', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke.',
        'Dan Cent, Vale’s deputy national political director, said the campaign would act.',
        '“We are ready,” said Vale’s deputy campaign manager, Rich Bee, who led the effort.',
        '(Vale’s nephew, Jess Lehr, even works on the campaign.)',
        'According to Lora Pral, Vale’s Latino vote director, the campaign is ready.',
      ],
      [
        person('Ann Vale', ['Vale']),
        person('Dan Cent'),
        person('Rich Bee'),
        person('Jess Lehr'),
        person('Lora Pral'),
      ],
    );
    expect(roles['Lora Pral']).toEqual(['Vale’s Latino vote director']);
    expect(roles['Dan Cent']).toEqual(['Vale’s deputy national political director']);
    expect(roles['Rich Bee']).toEqual(['Vale’s deputy campaign manager']);
    expect(roles['Jess Lehr']).toEqual(['Vale’s nephew']);
    expect(roles['Ann Vale']).toEqual([]);
  });

  it('given a surname inside the appositive and a relative clause after it, the appositive is whole', () => {
    const roles = rolesIn(
      ['Ann Vale spoke.', 'Ari Flei, a former Vale administration official who sits on the board, agreed.'],
      [person('Ann Vale', ['Vale']), person('Ari Flei')],
    );
    expect(roles['Ari Flei']).toEqual(['a former Vale administration official']);
  });

  it('given a capitalised title with its "for" phrase before the name, the title is read in lower case', () => {
    const roles = rolesIn(
      ['He answered Undersecretary for Political Affairs Wendy Sher, who wrote back.'],
      [person('Wendy Sher')],
    );
    expect(roles['Wendy Sher']).toEqual(['Undersecretary for Political Affairs']);
  });
});

describe('roles: a plural abbreviated title before a list', () => {
  it('given "Sens. A and B" or "Sens. A of Texas and B of Ohio", each is "Sen."; "Mr." gives nothing', () => {
    const roles = rolesIn(
      [
        'Sens. Tom Vale and Ann Bell voted no.',
        'His rivals, Sens. Al Zee of Texas and Ed Roe of Ohio, agreed.',
        'Mr. Kay Lum, Lou Pik and Dee Fox left.',
      ],
      [person('Tom Vale'), person('Ann Bell'), person('Al Zee'), person('Ed Roe'), person('Lou Pik')],
    );
    expect(roles['Tom Vale']).toEqual(['Sen.']);
    expect(roles['Ann Bell']).toEqual(['Sen.']);
    expect(roles['Al Zee']).toEqual(['Sen.']);
    expect(roles['Ed Roe']).toEqual(['Sen.']);
    expect(roles['Lou Pik']).toEqual([]);
  });
});

describe('roles: a participle after the head noun', () => {
  it('given "a State Department official overseeing the region", the participle clause is cut', () => {
    const roles = rolesIn(
      [
        'He meant Jeff Felt, a State Department official overseeing the region.',
        'Pam Lee, a master of conventions and delegate counting.',
      ],
      [person('Jeff Felt'), person('Pam Lee')],
    );
    expect(roles['Jeff Felt']).toEqual(['a State Department official']);
    expect(roles['Pam Lee']).toEqual(['a master of conventions and delegate counting']);
  });

  it('given "the only candidate running twice" or a headline\'s "X, husband expecting a child", nothing is read', () => {
    const roles = rolesIn(
      ['Cy Dow, the only candidate running twice, agreed.', 'Ann Lo, husband expecting second child.'],
      [person('Cy Dow'), person('Ann Lo')],
    );
    expect(roles['Cy Dow']).toEqual([]);
    expect(roles['Ann Lo']).toEqual([]);
  });
});

describe('roles: predicates that state no role', () => {
  it('given "if X is president" or "until X is elected mayor", a supposed office is no role', () => {
    const roles = rolesIn(
      [
        'If fellow candidate Tom Vale is president, we will suffer.',
        'Do not wait until Ed Roe is elected mayor.',
      ],
      [person('Tom Vale'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['fellow candidate']);
    expect(roles['Ed Roe']).toEqual([]);
  });

  it("given a copula inside a quotation, the speaker's opinion is no role; outside it, it is", () => {
    const roles = rolesIn(
      ['“Tom Vale is a fraud,” she said.', 'Ann Bell is president of the club, “a job she loves.”'],
      [person('Tom Vale'), person('Ann Bell')],
    );
    expect(roles['Tom Vale']).toEqual([]);
    expect(roles['Ann Bell']).toEqual(['president of the club']);
  });

  it('given "polls show Sen. X", the verb is no part of the title', () => {
    const roles = rolesIn(['New polls show Sen. Tom Vale ahead.'], [person('Tom Vale')]);
    expect(roles['Tom Vale']).toEqual(['Sen.']);
  });
});

describe("roles: a body's name with 'for' in it", () => {
  it('given "director of the Foundation for Coastal Peace", the name is whole; "for the Arts" after an article is not taken', () => {
    const roles = rolesIn(
      [
        'Dean Bake, co-director of the Center for Economic and Policy Research, said no.',
        'Rem Kort, a security analyst at the Center for Coastal Reform in London, agreed.',
        'Al Poe, director of the Dunmore Trust for the Arts, left.',
      ],
      [person('Dean Bake'), person('Rem Kort'), person('Al Poe')],
    );
    expect(roles['Dean Bake']).toEqual(['co-director of the Center for Economic and Policy Research']);
    expect(roles['Rem Kort']).toEqual(['a security analyst at the Center for Coastal Reform']);
    expect(roles['Al Poe']).toEqual(['director of the Dunmore Trust']);
  });
});

describe('roles: an appositive before a title', () => {
  it('given "Vale\'s primary opponent, Sen. X,", both the title and the appositive are read', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke.',
        'Vale’s primary opponent, Sen. Bo Sand (I-Vt.), has yet to bow out.',
        'Yesterday, Gov. Cy Lee signed it.',
      ],
      [person('Ann Vale', ['Vale']), person('Bo Sand'), person('Cy Lee')],
    );
    expect(roles['Bo Sand']).toEqual(['Sen.', 'Vale’s primary opponent']);
    expect(roles['Cy Lee']).toEqual(['Gov.']);
  });
});

describe('roles: initials written together', () => {
  it('given "scholar A.E. Dick Howe", the title before the joined initials is read', () => {
    const roles = rolesIn(['He consulted scholar A.E. Dick Howe at the university.'], [person('Dick Howe')]);
    expect(roles['Dick Howe']).toEqual(['scholar']);
  });
});

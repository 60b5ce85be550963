import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
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
  it('given "Norland Gov. X" or "Lt. Gen. X", the role keeps its dot as written', () => {
    const roles = rolesIn(
      ['Norland Gov. Mara Lind signed the bill.', 'Lt. Gen. Ross Penn and Army Capt. Ida Vo spoke.'],
      [person('Mara Lind'), person('Ross Penn'), person('Ida Vo')],
    );
    expect(roles['Mara Lind']).toEqual(['Norland Gov.']);
    expect(roles['Ross Penn']).toEqual(['Lt. Gen.']);
    expect(roles['Ida Vo']).toEqual(['Army Capt.']);
  });

  it("given an initialism at the end of a role, its dot stays; a sentence's full stop does not", () => {
    const roles = rolesIn(
      ['Lia Moss, the envoy to the U.N., left.', 'The new leader is Tom Ash, the party treasurer.'],
      [person('Lia Moss'), person('Tom Ash')],
    );
    expect(roles['Lia Moss']).toEqual(['the envoy to the U.N.']);
    expect(roles['Tom Ash']).toEqual(['the party treasurer']);
  });

  it('given a description before an abbreviated title, each is a role; "former" or "fellow" stays with it', () => {
    const roles = rolesIn(
      [
        'Liberal presidential hopeful Sen. Tom Vale spoke on Monday.',
        'Her primary challenger Rep. Ann Bell agreed, as did former Gov. Al Zee and fellow Sen. Ed Roe.',
      ],
      [person('Tom Vale'), person('Ann Bell'), person('Al Zee'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['Liberal presidential hopeful', 'Sen.']);
    expect(roles['Ann Bell']).toEqual(['primary challenger', 'Rep.']);
    expect(roles['Al Zee']).toEqual(['former Gov.']);
    expect(roles['Ed Roe']).toEqual(['fellow Sen.']);
  });
});

describe('roles: a description before a capitalised title', () => {
  it('given "presidential candidate Senator X", each is a role; "Former Vice President X" stays whole', () => {
    const roles = rolesIn(
      [
        'Green presidential candidate Senator Tom Vale spoke.',
        'Former Vice President Ann Bell and Fisheries Secretary Ed Roe agreed.',
      ],
      [person('Tom Vale'), person('Ann Bell'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['Green presidential candidate', 'Senator']);
    expect(roles['Ann Bell']).toEqual(['Former Vice President']);
    expect(roles['Ed Roe']).toEqual(['Fisheries Secretary']);
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

  it('given "the accused X" or "9th seed X", the noun is a title', () => {
    const roles = rolesIn(
      ['The accused Tim Dole sat down.', 'She meets 9th seed Pia Kurz in the semi-final.'],
      [person('Tim Dole'), person('Pia Kurz')],
    );
    expect(roles['Tim Dole']).toEqual(['accused']);
    expect(roles['Pia Kurz']).toEqual(['9th seed']);
  });
});

describe('roles: compounds before the name', () => {
  it('given "campaign manager X", "deputy campaign chief X", "talk radio host X", the compound is whole', () => {
    const roles = rolesIn(
      [
        'The mayor thanked campaign manager Joe Pratt and deputy campaign chief Lee Mott.',
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
        'Hester Quain, chair of the Beekeepers Guild stated, "The hives are failing."',
        'Bo Hart, a spokesman for the firm said that the fares rose.',
      ],
      [person('Hester Quain'), person('Bo Hart')],
    );
    expect(roles['Hester Quain']).toEqual(['chair of the Beekeepers Guild']);
    expect(roles['Bo Hart']).toEqual(['a spokesman for the firm']);
  });

  it('given "the first rower to" or "the only councillor to", a rank in an event is no role', () => {
    const roles = rolesIn(
      ['Joe Barr was the first rower to cross the line.', 'Kim Tam, the only councillor to abstain, left.'],
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
        'Fares rose, said Edwin Tasker of Dunmere.',
      ],
      [person('Omar Rahn'), person('Edwin Tasker')],
    );
    expect(roles['Omar Rahn']).toEqual(['of the Harbour Policy Institute']);
    expect(roles['Edwin Tasker']).toEqual([]);
  });

  it("given '\"...,\" Ms. L's spokesman, X, wrote', the appositive before the name is read", () => {
    const roles = rolesIn(
      ['“The bridge stays open,” Ms. Lind’s spokesman, Olek Varga, wrote in a statement.'],
      [person('Olek Varga'), person('Lind', ['Ms. Lind'])],
    );
    expect(roles['Olek Varga']).toEqual(['Ms. Lind’s spokesman']);
  });

  it('given "who was named this week as a head of Y", the time is passed', () => {
    const roles = rolesIn(
      ['Nina Corde, who was named this week as a head of the rowing club, agreed.'],
      [person('Nina Corde')],
    );
    expect(roles['Nina Corde']).toEqual(['a head of the rowing club']);
  });

  it('given "X II, a lawyer" or "X Jr., the founder", the suffix is passed', () => {
    const roles = rolesIn(
      [
        'Gideon T. Harrow II, a onetime adviser to the guild, disagreed.',
        'Osric Penn Jr., the founder of the choir, spoke.',
      ],
      [person('Gideon T. Harrow', ['Harrow']), person('Osric Penn', ['Penn'])],
    );
    expect(roles['Gideon T. Harrow']).toEqual(['a onetime adviser to the guild']);
    expect(roles['Osric Penn']).toEqual(['the founder of the choir']);
  });
});

describe('roles: a role never ends on a possessor', () => {
  it("given a possessor's noun phrase after the role's preposition, it goes with the role or the phrase is left out", () => {
    const roles = rolesIn(
      [
        'Nina Corde, a leader of Ann Vale’s allotment society, agreed.',
        'Bo Gale, host of WQRT’s “Harbour Hour,” laughed.',
        'Kay Moll, an old neighbour of Ann Vale’s who moved away in 1998, kept the letters.',
      ],
      [person('Nina Corde'), person('Ann Vale', ['Vale']), person('Bo Gale'), person('Kay Moll')],
    );
    expect(roles['Nina Corde']).toEqual(['a leader of Ann Vale’s allotment society']);
    expect(roles['Bo Gale']).toEqual(['host']);
    expect(roles['Kay Moll']).toEqual(['an old neighbour of Ann Vale’s']);
  });
});

describe('roles: a surname that qualifies a noun', () => {
  it('given "a senior Vale adviser", "senior" is no title of Vale\'s; "President Vale administration" still is', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke on Monday.',
        'Fenna Brook, a senior Vale adviser, left.',
        'He will let daughter Ivy have a go.',
        'Officials in the President Vale administration agreed.',
      ],
      [person('Ann Vale', ['Vale']), person('Fenna Brook'), person('Ivy')],
    );
    expect(roles['Fenna Brook']).toEqual(['a senior Vale adviser']);
    expect(roles['Ivy']).toEqual(['daughter']);
    expect(roles['Ann Vale']).toEqual(['President']);
  });

  it('given "a spokesman for the Vale campaign", the campaign is part of the role', () => {
    const roles = rolesIn(
      ['Ann Vale spoke.', 'Rufus Ganz, a spokesman for the Vale campaign, declined to comment.'],
      [person('Ann Vale', ['Vale']), person('Rufus Ganz')],
    );
    expect(roles['Rufus Ganz']).toEqual(['a spokesman for the Vale campaign']);
    expect(roles['Ann Vale']).toEqual([]);
  });
});

describe("roles: a person's name as the possessor of a role", () => {
  it('given "X, Vale\'s deputy regional field director," or "said Vale\'s campaign manager, X,", the role is read', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke.',
        'Tove Akers, Vale’s deputy regional field director, said the campaign would act.',
        '“We are ready,” said Vale’s deputy campaign manager, Saul Pereth, who led the effort.',
        '(Vale’s niece, Hedda Norn, also volunteers for the campaign.)',
        'According to Ilka Doran, Vale’s Coastal outreach director, the campaign is ready.',
      ],
      [
        person('Ann Vale', ['Vale']),
        person('Tove Akers'),
        person('Saul Pereth'),
        person('Hedda Norn'),
        person('Ilka Doran'),
      ],
    );
    expect(roles['Ilka Doran']).toEqual(['Vale’s Coastal outreach director']);
    expect(roles['Tove Akers']).toEqual(['Vale’s deputy regional field director']);
    expect(roles['Saul Pereth']).toEqual(['Vale’s deputy campaign manager']);
    expect(roles['Hedda Norn']).toEqual(['Vale’s niece']);
    expect(roles['Ann Vale']).toEqual([]);
  });

  it('given a surname inside the appositive and a relative clause after it, the appositive is whole', () => {
    const roles = rolesIn(
      ['Ann Vale spoke.', 'Cato Brill, a former Vale administration official who now teaches law, agreed.'],
      [person('Ann Vale', ['Vale']), person('Cato Brill')],
    );
    expect(roles['Cato Brill']).toEqual(['a former Vale administration official']);
  });

  it('given a capitalised title with its "for" phrase before the name, the title is read in lower case', () => {
    const roles = rolesIn(
      ['He wrote to Undersecretary for Inland Waterways Gretl Amsel, who replied.'],
      [person('Gretl Amsel')],
    );
    expect(roles['Gretl Amsel']).toEqual(['Undersecretary for Inland Waterways']);
  });
});

describe('roles: a plural abbreviated title before a list', () => {
  it('given "Sens. A and B" or "Sens. A of Norland and B of Vexley", each is "Sen."; "Mr." gives nothing', () => {
    const roles = rolesIn(
      [
        'Sens. Tom Vale and Ann Bell voted no.',
        'Her rivals, Sens. Al Zee of Norland and Ed Roe of Vexley, agreed.',
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
  it('given "a Harbour Board engineer overseeing the dredging", the participle clause is cut', () => {
    const roles = rolesIn(
      [
        'She phoned Lorne Achter, a Harbour Board engineer overseeing the dredging.',
        'Pam Lee, a master of charts and pilot training.',
      ],
      [person('Lorne Achter'), person('Pam Lee')],
    );
    expect(roles['Lorne Achter']).toEqual(['a Harbour Board engineer']);
    expect(roles['Pam Lee']).toEqual(['a master of charts and pilot training']);
  });

  it('given "the only skipper sailing solo" or a headline\'s "X, partner expecting twins", nothing is read', () => {
    const roles = rolesIn(
      ['Cy Dow, the only skipper sailing solo, agreed.', 'Ann Lo, partner expecting twins.'],
      [person('Cy Dow'), person('Ann Lo')],
    );
    expect(roles['Cy Dow']).toEqual([]);
    expect(roles['Ann Lo']).toEqual([]);
  });
});

describe('roles: predicates that state no role', () => {
  it('given "if X is chancellor" or "until X is elected mayor", a supposed office is no role', () => {
    const roles = rolesIn(
      [
        'If fellow candidate Tom Vale is chancellor, the port will suffer.',
        'Do not wait until Ed Roe is elected mayor.',
      ],
      [person('Tom Vale'), person('Ed Roe')],
    );
    expect(roles['Tom Vale']).toEqual(['fellow candidate']);
    expect(roles['Ed Roe']).toEqual([]);
  });

  it("given a copula inside a quotation, the speaker's opinion is no role; outside it, it is", () => {
    const roles = rolesIn(
      ['“Tom Vale is a dreamer,” she said.', 'Ann Bell is president of the club, “a job she loves.”'],
      [person('Tom Vale'), person('Ann Bell')],
    );
    expect(roles['Tom Vale']).toEqual([]);
    expect(roles['Ann Bell']).toEqual(['president of the club']);
  });

  it('given "surveys show Sen. X", the verb is no part of the title', () => {
    const roles = rolesIn(['Fresh surveys show Sen. Tom Vale ahead.'], [person('Tom Vale')]);
    expect(roles['Tom Vale']).toEqual(['Sen.']);
  });
});

describe("roles: a body's name with 'for' in it", () => {
  it('given "co-director of the Institute for Tidal and Estuary Studies", the name is whole; "for the Arts" after an article is not taken', () => {
    const roles = rolesIn(
      [
        'Wren Halvard, co-director of the Institute for Tidal and Estuary Studies, said no.',
        'Eno Brask, a freight analyst at the Bureau for Canal Safety in Tarvik, agreed.',
        'Al Poe, director of the Dunmore Trust for the Arts, left.',
      ],
      [person('Wren Halvard'), person('Eno Brask'), person('Al Poe')],
    );
    expect(roles['Wren Halvard']).toEqual(['co-director of the Institute for Tidal and Estuary Studies']);
    expect(roles['Eno Brask']).toEqual(['a freight analyst at the Bureau for Canal Safety']);
    expect(roles['Al Poe']).toEqual(['director of the Dunmore Trust']);
  });
});

describe('roles: an appositive before a title', () => {
  it('given "Vale\'s chief rival, Sen. X,", both the title and the appositive are read', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke.',
        'Vale’s chief rival, Sen. Bo Strand (D-Ore.), refused to concede.',
        'Yesterday, Gov. Cy Lee signed it.',
      ],
      [person('Ann Vale', ['Vale']), person('Bo Strand'), person('Cy Lee')],
    );
    expect(roles['Bo Strand']).toEqual(['Sen.', 'Vale’s chief rival']);
    expect(roles['Cy Lee']).toEqual(['Gov.']);
  });
});

describe('roles: initials written together', () => {
  it('given "historian J.R. Milo Fenn", the title before the joined initials is read', () => {
    const roles = rolesIn(['She asked historian J.R. Milo Fenn about the charter.'], [person('Milo Fenn')]);
    expect(roles['Milo Fenn']).toEqual(['historian']);
  });
});

describe('roles: "ally", a relation noun WordNet lacks', () => {
  it('given "Vale ally X", "X, a Vale ally," and "an ally of Y", each is a role; a nation\'s ally gives none', () => {
    const roles = rolesIn(
      [
        'Ann Vale spoke on Monday.',
        '“We will win,” said Vale ally Tomas Reyne.',
        'Ida Marsh, a longtime Vale ally, agreed.',
        'Kai Dunne, an ally of Vale, said little.',
        'Norland is a close ally, said Lev Ortt.',
      ],
      [
        person('Ann Vale', ['Vale']),
        person('Tomas Reyne'),
        person('Ida Marsh'),
        person('Kai Dunne'),
        person('Lev Ortt'),
      ],
    );
    expect(roles['Tomas Reyne']).toEqual(['Vale ally']);
    expect(roles['Ida Marsh']).toEqual(['a longtime Vale ally']);
    expect(roles['Kai Dunne']).toEqual(['an ally of Vale']);
    expect(roles['Lev Ortt']).toEqual([]);
  });
});

describe('roles: two roles joined by "and", each with its phrase', () => {
  it('given "president of X and chairman of Y", the second phrase is kept; when too long, the first role alone', () => {
    const roles = rolesIn(
      [
        'Oren Talbot, president of Acme Freight and chairman of the Westmoor Harbour Board, said the vote went well.',
        'Pia Lund, a lawyer in Westmoor and longtime adviser to the mayor, agreed.',
        'Rafe Olin, a lawyer for the victim and her family, declined to comment.',
        'Sol Brant, deputy director of the Westmoor Port Authority and head of the Coastal Shipping Union’s northern regional pension fund, said no.',
      ],
      [person('Oren Talbot'), person('Pia Lund'), person('Rafe Olin'), person('Sol Brant')],
    );
    expect(roles['Oren Talbot']).toEqual([
      'president of Acme Freight and chairman of the Westmoor Harbour Board',
    ]);
    expect(roles['Pia Lund']).toEqual(['a lawyer in Westmoor and longtime adviser to the mayor']);
    expect(roles['Rafe Olin']).toEqual(['a lawyer for the victim']);
    expect(roles['Sol Brant']).toEqual(['deputy director of the Westmoor Port Authority']);
  });
});

describe('roles: a later description refers back only to the one person it can mean', () => {
  it('given a description qualifying a noun ("the parent company", "the absentee ballots"), no role is read', () => {
    const roles = rolesIn(
      [
        'Ida Marsh sold her shares to Brill Holdings.',
        'The parent company owns three ferries.',
        'Kai Dunne hopes the absentee ballots will widen her lead.',
      ],
      [person('Ida Marsh'), person('Kai Dunne')],
    );
    expect(roles['Ida Marsh']).toEqual([]);
    expect(roles['Kai Dunne']).toEqual([]);
  });

  it('given two people without a role named before it, a description is left open; one, it is theirs', () => {
    const roles = rolesIn(
      [
        'Ida Marsh met Kai Dunne on Monday.',
        'The Norland senator said little.',
        'Lev Ortt spoke in Westport.',
        'The Norland senator only narrowly lost the vote.',
      ],
      [person('Ida Marsh'), person('Kai Dunne'), person('Lev Ortt')],
    );
    expect(roles['Ida Marsh']).toEqual([]);
    expect(roles['Kai Dunne']).toEqual([]);
    expect(roles['Lev Ortt']).toEqual(['Norland senator']);
  });

  it('given someone titled "Sen." already, "the Norland senator" is not given to another; a governor of that state is no senator', () => {
    const roles = rolesIn(
      [
        'Sen. Bo Strand has rallied young voters.',
        'Ann Vale leads in the polls.',
        'The Norland senator is struggling to catch up.',
        'Norland Gov. Cy Lee praised the plan.',
        'The Norland senator has said he will vote against it.',
      ],
      [person('Bo Strand'), person('Ann Vale'), person('Cy Lee')],
    );
    expect(roles['Ann Vale']).toEqual([]);
    expect(roles['Cy Lee']).toEqual(['Norland Gov.']);
  });
});

describe('roles: an adjective with its complement after the head', () => {
  it('given "X, the envoy responsible for ...", "a lawyer familiar with ...", the role ends before the adjective', () => {
    const roles = rolesIn(
      [
        'Ola Brisk, the Norland envoy responsible for the islands, said no.',
        'Pia Lund, a lawyer familiar with the case, agreed.',
        'Rafe Olin, an aide close to the mayor, declined to comment.',
      ],
      [person('Ola Brisk'), person('Pia Lund'), person('Rafe Olin')],
    );
    expect(roles['Ola Brisk']).toEqual(['the Norland envoy']);
    expect(roles['Pia Lund']).toEqual(['a lawyer']);
    expect(roles['Rafe Olin']).toEqual(['an aide']);
  });
});

describe('roles: the speaker of a reported clause', () => {
  it('given "X is careless, the deputy mayor said", X is what is reported on, not the speaker', () => {
    const roles = rolesIn(
      [
        'Ida Marsh spoke for an hour.',
        'Kai Dunne is careless, the deputy mayor said, and should give up the keys.',
      ],
      [person('Ida Marsh'), person('Kai Dunne')],
    );
    expect(roles['Kai Dunne']).toEqual([]);
  });
});

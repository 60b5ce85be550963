import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/engine/doc.js';
import { type Entities, extractEntities } from '../src/engine/entities.js';
import { findMentions, prepareSentence } from '../src/engine/entities/mentions/index.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Person } from '../src/engine/schema.js';
import { sentenceDoc } from './helpers/docs.js';

function docOf(sentences: string[], title = ''): Doc {
  return sentenceDoc(sentences, { title });
}

function person(entities: Entities, name: string): Person {
  const found = entities.people.find((p) => p.name === name);
  if (!found) throw new Error(`no person "${name}" in ${entities.people.map((p) => p.name).join(', ')}`);
  return found;
}

const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('entities on the seed article', () => {
  const text = readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8');
  const article = parseArticle({ text, published: '2024-05-17' });

  it('given an appositive after a name, McGurk gets that role and his surname as alias', () => {
    const mcgurk = person(article, 'Brett McGurk');
    expect(mcgurk.roles.map((r) => r.replace(/’/g, "'"))).toContain(
      "the US president's top Middle East adviser",
    );
    expect(mcgurk.aliases).toContain('McGurk');
    expect(mcgurk.gender).toBe('male');
  });

  it('given "who is the ..." after a name, Paley gets the relative clause as role', () => {
    const paley = person(article, 'Abram Paley');
    expect(paley.roles).toContain('the US envoy for Iran');
    expect(paley.aliases).toContain('Paley');
  });

  it('given a capitalised title run before a name, Patel gets the whole run as role', () => {
    const patel = person(article, 'Vandante Patel');
    expect(patel.roles).toContain('US State Department Deputy Spokesman');
    expect(patel.aliases).toContain('Patel');
    expect(patel.firstSentence).toBeGreaterThan(0);
  });

  it('names no photographer from photo credits', () => {
    const all = names(article.people).join(' ').toLowerCase();
    expect(all).not.toContain('asgaripour');
    expect(all).not.toContain('caballero');
  });

  it('folds US and United States into one place and keeps the Biden administration an organisation', () => {
    const us = article.places.filter((p) => p.name === 'United States' || p.aliases.includes('US'));
    expect(us).toHaveLength(1);
    expect(us[0]?.name).toBe('United States');
    expect(us[0]?.mentions).toBeGreaterThan(3);
    expect(names(article.organizations)).toEqual(
      expect.arrayContaining([
        'Biden administration',
        'US State Department',
        'Axios',
        'Walla',
        'Hezbollah',
        'Houthis',
      ]),
    );
    expect(names(article.people)).not.toContain('Biden');
    expect(names(article.places)).toEqual(
      expect.arrayContaining(['Iran', 'Oman', 'Middle East', 'Israel', 'Gaza']),
    );
  });
});

describe('entities on small fixtures', () => {
  it('given "X, a spokesman for Y, said", the appositive is the role and the person is counted twice with the alias', () => {
    const e = extractEntities(
      docOf([
        'Maria Gonzalez, a spokeswoman for the city council, said the road would reopen.',
        'Gonzalez added that repairs had cost more than expected.',
      ]),
    );
    const maria = person(e, 'Maria Gonzalez');
    expect(maria.roles).toContain('a spokeswoman for the city council');
    expect(maria.mentions).toBe(2);
    expect(maria.gender).toBe('female');
  });

  it('given an age between commas, the appositive after it is still the role', () => {
    const e = extractEntities(docOf(['Tom Baxter, 45, a teacher from Leeds, was among the injured.']));
    expect(person(e, 'Tom Baxter').roles).toContain('a teacher from Leeds');
  });

  it('given "Sen. X" and later "Mr. Y", titled forms become aliases and honorifics give gender', () => {
    const e = extractEntities(
      docOf([
        'Sen. Elizabeth Warren questioned the banker, Robert Klane, for an hour.',
        'Sen. Warren said Mr. Klane had not answered.',
      ]),
    );
    const warren = person(e, 'Elizabeth Warren');
    expect(warren.aliases).toContain('Sen. Warren');
    expect(warren.mentions).toBe(2);
    const klane = person(e, 'Robert Klane');
    expect(klane.aliases).toContain('Mr. Klane');
    expect(klane.gender).toBe('male');
  });

  it('given an unknown given name, an honorific or a following pronoun decides the gender, else none', () => {
    const byHonorific = extractEntities(docOf(['Ms. Okonkwo-Bello said the plan was sound.']));
    expect(person(byHonorific, 'Okonkwo-Bello').gender).toBe('female');
    expect(person(byHonorific, 'Okonkwo-Bello').aliases).toContain('Ms. Okonkwo-Bello');
    const byPronoun = extractEntities(docOf(['Talia Verhoeven said she would vote against it.']));
    expect(person(byPronoun, 'Talia Verhoeven').gender).toBe('female');
    const noCue = extractEntities(docOf(['Talia Verhoeven voted against it.']));
    expect(person(noCue, 'Talia Verhoeven').gender).toBeNull();
  });

  it('given a possessive before a title, the owner stays out of the name and goes into the role', () => {
    const e = extractEntities(docOf(["Acme's chief executive Dana Whitfield resigned on Tuesday."]));
    const dana = person(e, 'Dana Whitfield');
    expect(dana.roles).toContain("Acme's chief executive");
    expect(names(e.people).some((n) => n.includes('Acme'))).toBe(false);
  });

  it('given name particles, they stay inside the name', () => {
    const e = extractEntities(
      docOf(['Qatar welcomed Haitham bin Tariq and Ursula von der Leyen to the summit.']),
    );
    expect(names(e.people)).toEqual(expect.arrayContaining(['Haitham bin Tariq', 'Ursula von der Leyen']));
  });

  it('given organisation suffixes, capitalised spans become organisations, not people', () => {
    const e = extractEntities(
      docOf([
        'Shares in Northwind Holdings fell after the Ministry of Finance and Harlow University published the report.',
      ]),
    );
    expect(names(e.organizations)).toEqual(
      expect.arrayContaining(['Northwind Holdings', 'Ministry of Finance', 'Harlow University']),
    );
    expect(e.people).toHaveLength(0);
  });

  it('given a relative clause, its predicate noun phrase is the role', () => {
    const e = extractEntities(docOf(['Nadia Rahimi, who is the agency’s chief economist, disagreed.']));
    expect(person(e, 'Nadia Rahimi').roles).toContain('the agency’s chief economist');
  });

  it('given an all-caps headline, names are matched to the body and common words are not names', () => {
    const e = extractEntities(
      docOf(
        [
          'Helen Marsh won the final in Madrid on Sunday.',
          'Marsh beat the defending champion in three sets.',
        ],
        'MARSH TAKES TITLE IN MADRID',
      ),
    );
    const marsh = person(e, 'Helen Marsh');
    expect(marsh.mentions).toBe(3);
    expect(names(e.people)).toEqual(['Helen Marsh']);
    expect(e.places.find((p) => p.name === 'Madrid')?.mentions).toBe(2);
  });

  it('given U.S., America and the United States, they fold into one place; UN folds to United Nations', () => {
    const e = extractEntities(
      docOf([
        'The U.S. and the UN disagreed.',
        'America wants a vote, and the United States will push for one at the United Nations.',
      ]),
    );
    expect(e.places.filter((p) => p.name === 'United States')).toHaveLength(1);
    expect(e.places.find((p) => p.name === 'United States')?.mentions).toBe(3);
    expect(e.organizations.find((o) => o.name === 'United Nations')?.mentions).toBe(2);
  });

  it('given a photo credit left in a sentence, the photographer is not a person', () => {
    const e = extractEntities(
      docOf([
        'Protesters gathered in Paris on Monday. (Photo credit: REUTERS/Jane Doerr)',
        'Luc Martin spoke.',
      ]),
    );
    expect(names(e.people)).toEqual(['Luc Martin']);
  });

  it('given a title with an "of" phrase, the whole title is the role and the name starts after it', () => {
    const e = extractEntities(docOf(['Secretary of State Antony Blinken arrived in Cairo on Monday.']));
    expect(person(e, 'Antony Blinken').roles).toContain('Secretary of State');
    expect(names(e.places)).toContain('Cairo');
  });

  it('given "<Club> striker <Name>", the club is the role owner, not a person', () => {
    const e = extractEntities(
      docOf(['The goal came from Rovington striker Dario Fenwick in the second half.']),
    );
    expect(person(e, 'Dario Fenwick').roles).toContain('Rovington striker');
    expect(names(e.people)).toEqual(['Dario Fenwick']);
  });

  it('given a lone given name also used where a place stands, it is no person', () => {
    const e = extractEntities(
      docOf(['The fire started in Douglas on Friday.', 'Police said a Douglas man was arrested.']),
    );
    expect(names(e.people)).toEqual([]);
  });

  it('given "told X and Y" with outlets nobody listed, both are organisations, not people', () => {
    const e = extractEntities(
      docOf(['Two officials told Kolnet and Brixo on Friday that the talks had stalled.']),
    );
    expect(names(e.organizations)).toEqual(['Kolnet', 'Brixo']);
    expect(e.people).toHaveLength(0);
  });
});

describe('sports sides named after places', () => {
  it('given a score line, unknown club names become organisations and the side is kept across the article', () => {
    const e = extractEntities(
      docOf(['Stenhousemuir 0 Arbroath 2', 'Arbroath now lead the table after a fine run of results.']),
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['Stenhousemuir', 'Arbroath']));
  });

  it('given a country that wins, it stays a place; a town after "in" stays a place', () => {
    const e = extractEntities(docOf(['Brazil beat Ghana 3-0 in Dortmund on Tuesday.']));
    expect(names(e.places)).toEqual(expect.arrayContaining(['Brazil', 'Ghana', 'Dortmund']));
    expect(names(e.organizations)).toEqual([]);
  });

  it('given players with country brackets who beat each other, they stay people', () => {
    const e = extractEntities(docOf(['Marta Kowalczyk ( Poland ) beat Ines Borel ( France ) 6-3 6-4']));
    expect(names(e.people)).toEqual(expect.arrayContaining(['Marta Kowalczyk', 'Ines Borel']));
    expect(names(e.organizations)).toEqual([]);
  });

  it('given a player named by surname after his full name, "beat" keeps him a person', () => {
    const e = extractEntities(
      docOf(['Pete Sampras reached the final in New York.', 'Sampras beat Agassi in straight sets.']),
    );
    expect(names(e.people)).toContain('Pete Sampras');
    expect(names(e.organizations)).not.toContain('Sampras');
  });
});

describe('organisation cues', () => {
  it('given industry heads and the Treasury, organisations are found; a given name before a street is no person', () => {
    const e = extractEntities(
      docOf([
        'Shares of Hindmarsh Cement rose after the Treasury spoke.',
        'Fans gathered at Grace Road before the game.',
      ]),
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['Hindmarsh Cement', 'Treasury']));
    expect(names(e.people)).toEqual([]);
    expect(names(e.places)).toContain('Grace Road');
  });

  it('given "Notable Dutch cases include ...", a run ending in a nationality is no person', () => {
    const e = extractEntities(
      docOf(['Notable Dutch cases include dairy firms that left Poland.', 'Helen Marchetti said so.']),
    );
    expect(names(e.people)).toEqual(['Helen Marchetti']);
  });

  it('given another person named between a name and "his", the pronoun tells nothing of the first person\'s gender', () => {
    const e = extractEntities(
      docOf([
        'Viktor Orlov spoke on Monday.',
        "Oksana Belova, an independent analyst, noted that Orlov's position follows from his distrust of his rivals.",
      ]),
    );
    expect(person(e, 'Oksana Belova').gender).not.toBe('male');
  });
});

describe('people from the name tagger', () => {
  it('given bylines and picture credits, the named writers and photographers are no people of the story', () => {
    const e = extractEntities(
      docOf([
        'By Marta Liebig',
        'The council voted on Monday to close the library, said councillor Owen Pryce.',
        'Photo: Tomasz Wrobel',
        'Reporting by Marta Liebig; editing by Tomasz Wrobel',
      ]),
    );
    expect(names(e.people)).toEqual(['Owen Pryce']);
  });

  it('given a party and a plural ("Tory MPs"), the group is no person; the titled leader is', () => {
    const e = extractEntities(docOf(['Tory MPs rebelled against Prime Minister Rishi Sunak on Tuesday.']));
    expect(names(e.people)).toEqual(['Rishi Sunak']);
    expect(person(e, 'Rishi Sunak').roles).toContain('Prime Minister');
  });

  it('given a name ending in an organisation word, it is a body, not a person', () => {
    const e = extractEntities(docOf(['The Arthur Pendle Foundation said rents had risen again.']));
    expect(names(e.people)).toEqual([]);
    expect(names(e.organizations)).toContain('Arthur Pendle Foundation');
  });

  it('given "Mr X" and "Ms Y" after the full names, each is one person with the titled alias', () => {
    const e = extractEntities(
      docOf([
        'Leonard Ashcombe, 61, died in hospital after the fight outside his home in Leeds.',
        'Defence lawyer Harriet Quayle said the two men had argued for months.',
        'Ms Quayle told the court that Mr Ashcombe had shouted at the neighbours every night.',
        'Mr Ashcombe was a retired bus driver, Ms Quayle said.',
      ]),
    );
    expect(names(e.people)).toEqual(['Leonard Ashcombe', 'Harriet Quayle']);
    expect(person(e, 'Leonard Ashcombe').aliases).toContain('Mr Ashcombe');
    expect(person(e, 'Harriet Quayle').aliases).toContain('Ms Quayle');
  });

  it('given a full name with a middle name, the name without it and the lone given name are the same person', () => {
    const e = extractEntities(
      docOf([
        'Annabel Louise Fenwick admitted the charges at the hearing in Manchester on Tuesday.',
        'Former nurse Annabel Fenwick did not attend.',
        "Her sister wrote: 'Annabel, you were never to blame.'",
      ]),
    );
    expect(names(e.people)).toEqual(['Annabel Louise Fenwick']);
    expect(person(e, 'Annabel Louise Fenwick').aliases).toEqual(
      expect.arrayContaining(['Annabel Fenwick', 'Annabel']),
    );
  });

  it('given "Mr" and "Lord\'s" in a span, the honorific leaves the name and the ground makes no person', () => {
    const e = extractEntities(docOf(["The second Test starts at Lord's on Thursday, Mr Patel said."]));
    expect(names(e.people)).not.toContain('’s');
    expect(names(e.people).some((n) => n.startsWith('Mr'))).toBe(false);
  });

  it('given a caption glued to the next sentence, the club before a named player is no part of his name', () => {
    const e = extractEntities(
      docOf([
        'Rafael Ortuño beat Jonas Kestrel in straight sets on Tuesday.',
        'Kestrel, who lost to PSG fans in the crowd, never recovered.',
        'The PSG supporters had travelled from Paris.',
        'Ortuño was watching PSG Kestrel could not match him.',
      ]),
    );
    expect(names(e.people).sort()).toEqual(['Jonas Kestrel', 'Rafael Ortuño']);
    expect(person(e, 'Jonas Kestrel').mentions).toBe(3);
    expect(names(e.organizations)).toContain('PSG');
  });

  it('given initials with their dots ("M. Trescothick"), the tagger reads them as part of the name', () => {
    const e = extractEntities(
      docOf([
        'England batsmen M. Trescothick and A. Flintoff put on 120 before lunch.',
        'Trescothick was out for 64.',
      ]),
    );
    expect(names(e.people).sort()).toEqual(['A. Flintoff', 'M. Trescothick']);
    expect(person(e, 'M. Trescothick').mentions).toBe(2);
  });

  it('given a dotted acronym run into a caption ("D.C Helen"), the acronym is no person', () => {
    const e = extractEntities(
      docOf(['The fair was held in Arlington, D.C Helen Marsh spent the day there.']),
    );
    expect(names(e.people)).toEqual(['Helen Marsh']);
  });

  it('given "X said its ...", X is a body unless a given name makes it a person', () => {
    const e = extractEntities(
      docOf([
        'Shares in Marks & Spencer rose after Wagamama said its sales grew.',
        'Jane Ray said its profits rose.',
      ]),
    );
    expect(names(e.people)).toEqual(['Jane Ray']);
    expect(names(e.organizations)).toContain('Wagamama');
  });

  it('given an institution noun alone, it names no person', () => {
    const e = extractEntities(docOf(['Ms Hallworth said the Zoo and the Courts were closed.']));
    expect(names(e.people)).toEqual(['Hallworth']);
  });

  it('given "the" right before a name or a lone nationality, neither names a person', () => {
    const e = extractEntities(
      docOf([
        'Fans queued for the Gallagher exhibition, said Tom Reid.',
        'She is the chief European affairs analyst at the bank.',
      ]),
    );
    expect(names(e.people)).toEqual(['Tom Reid']);
  });

  it('given captions, a full name with a given name is a person of the story; photographers in credits are not', () => {
    const doc: Doc = {
      ...docOf(['The council closed the library on Monday, said councillor Owen Pryce.']),
      captions: [
        'Library user Martha Keane, pictured, said she was sad to see it go.',
        'Pryce said the building would be sold. Picture by David Moss',
        'Jack Hollis/Getty Images',
      ].map((text) => ({ text, credit: null })),
    };
    const e = extractEntities(doc);
    expect(names(e.people)).toEqual(['Owen Pryce', 'Martha Keane']);
    expect(person(e, 'Martha Keane').firstSentence).toBe(1);
    expect(person(e, 'Owen Pryce').mentions).toBe(2);
  });

  it('given a full name spelt two ways one letter apart, it is one person; "Mark" and "Mary" stay two', () => {
    const e = extractEntities(
      docOf([
        'Katharine Doyle, 39, denied the charges at Leeds Crown Court on Friday.',
        'Prosecutors said Katherine Doyle had taken the money over two years.',
        'Mark Fenn and his sister Mary Fenn gave evidence.',
      ]),
    );
    expect(names(e.people)).toEqual(['Katharine Doyle', 'Mark Fenn', 'Mary Fenn']);
    expect(person(e, 'Katharine Doyle').aliases).toContain('Katherine Doyle');
  });

  it('given a feast named after someone ("Valentine\'s Day"), it names no person', () => {
    const e = extractEntities(
      docOf(['The couple got engaged on Valentine’s Day in 2015, said their solicitor Ruth Dane.']),
    );
    expect(names(e.people)).toEqual(['Ruth Dane']);
  });

  it('given a name the article gives an animal ("his horse X", "its gorilla Y"), it is no person anywhere', () => {
    const e = extractEntities(
      docOf([
        'Owner Gordon Ashby said his horse Billy Dunne ran well in the county cup.',
        'Billy Dunne finished third, Ashby said.',
        'The zoo said its gorilla Kumbuka had escaped from his enclosure.',
        'Kumbuka was later sedated by keepers, said zoo director Anne Walsh.',
      ]),
    );
    expect(names(e.people)).toEqual(['Gordon Ashby', 'Anne Walsh']);
  });

  it('given "<given name> <surname>, who", the name is a person even where the given name is a city', () => {
    const e = extractEntities(
      docOf([
        'The film was made by Sofia Brankovic, who grew up in the valley.',
        'She thanked Florence Vattani, who led the appeal for the school.',
      ]),
    );
    expect(names(e.people)).toEqual(['Sofia Brankovic', 'Florence Vattani']);
  });

  it('given a place and a plural before ", who", the team is no person', () => {
    const e = extractEntities(docOf(['They lost to Sofia Panthers, who had won six games in a row.']));
    expect(names(e.people)).toEqual([]);
  });

  it('given "X\'s shares" or "X\'s chief executive", X is a company; a full name keeps its owner a person', () => {
    const e = extractEntities(
      docOf([
        "Analysts said Marlow's chief executive would step down after the merger.",
        "Marlow's shares fell 4 per cent in early trading.",
        "The fund bought Jane Vickery's shares in the bakery last year.",
      ]),
    );
    expect(names(e.people)).toEqual(['Jane Vickery']);
  });

  it('given a plural title before names joined by "and", each name is a person; a club named so is not', () => {
    const e = extractEntities(
      docOf([
        'The cousin of Princes Edmund and Rupert was seen in town on Friday.',
        'They met at Kings Cross on Friday, and Queens Park Harriers lost 2-1 at home.',
      ]),
    );
    expect(names(e.people)).toEqual(['Edmund', 'Rupert']);
  });

  it('given a role noun before a name, the name is the person holding the role', () => {
    const e = extractEntities(docOf(['Porto forward Deyvid watched from the stands.']));
    expect(names(e.people)).toEqual(['Deyvid']);
    expect(names(e.organizations)).toContain('Porto');
  });

  it('given a two-word title run before a name, the whole run is the role and the name starts at the given name', () => {
    const e = extractEntities(
      docOf([
        'Detective Sergeant Fiona Marsh told the court that the van had been stolen.',
        'Marsh said the driver fled on foot.',
      ]),
    );
    expect(names(e.people)).toEqual(['Fiona Marsh']);
    expect(person(e, 'Fiona Marsh').roles).toEqual(['Detective Sergeant']);
  });

  it('given an abbreviated rank run, the name starts after it, but a given name that is also a title stays', () => {
    const e = extractEntities(
      docOf([
        'Det Chief Insp Ruth Pell said inquiries were continuing.',
        'Cpl. Dean Roper was wounded in the attack.',
      ]),
    );
    expect(names(e.people)).toEqual(['Ruth Pell', 'Dean Roper']);
    expect(person(e, 'Ruth Pell').roles).toEqual(['Det Chief Insp']);
  });

  it('given abbreviated ranks before a name, the person keeps every rank as the role', () => {
    const e = extractEntities(
      docOf([
        'Lt. Gen. Harold Bexley said the convoy had left the base on Monday.',
        'Det. Insp. Paul Garner said the inquiry was continuing.',
        'PC Darren Holloway was called to the scene shortly after midnight.',
      ]),
    );
    expect(person(e, 'Harold Bexley').roles).toEqual(['Lt. Gen.']);
    expect(person(e, 'Paul Garner').roles).toEqual(['Det. Insp.']);
    expect(person(e, 'Darren Holloway').roles).toEqual(['PC']);
  });

  it('given a capitalised office without its holder, the office is no person and the holder named after it gets it', () => {
    const e = extractEntities(
      docOf([
        'The Shadow Chancellor, Tom Birkett, said the plan would raise taxes.',
        'Shadow Home Secretary said the party would vote against it.',
        'Birkett said the shadow budget would be published in the spring.',
      ]),
    );
    expect(names(e.people)).toEqual(['Tom Birkett']);
    expect(person(e, 'Tom Birkett').roles.join(' ')).toContain('Shadow Chancellor');
  });

  it('given a royal title before a given name the tagger passes over, the royal is a person', () => {
    const e = extractEntities(
      docOf(['Prince Edmund waved to the crowd outside the hospital.', 'The prince was with his parents.']),
    );
    expect(names(e.people)).toEqual(['Edmund']);
    expect(person(e, 'Edmund').aliases).toContain('Prince Edmund');
  });

  it('given two capitals without dots before a surname, the initials stay in the name', () => {
    const e = extractEntities(
      docOf(['JT Kellerman won the race at the track on Saturday.', 'Kellerman said the horse ran well.']),
    );
    expect(names(e.people)).toEqual(['JT Kellerman']);
  });

  it('given a name right after "in" or "at" that no person of the article goes by, it is a place', () => {
    const e = extractEntities(
      docOf([
        'The studio in Harriet Vale closed last year, neighbours said.',
        'The team trained at Ellis Warren before the final, said coach Paul Denby.',
      ]),
    );
    expect(names(e.people)).toEqual(['Paul Denby']);
    expect(names(e.places)).toEqual(expect.arrayContaining(['Harriet Vale', 'Ellis Warren']));
  });

  it('given "in" before a person the article names elsewhere or before what a person owns, the name stays a person', () => {
    const e = extractEntities(
      docOf([
        'Coach Paul Denby put his trust in Marco Bellini, who scored twice.',
        'Bellini was later voted player of the month.',
        "Supporters placed their faith in Lena Hartwig's plan.",
      ]),
    );
    expect(names(e.people).sort()).toEqual(['Lena Hartwig', 'Marco Bellini', 'Paul Denby']);
  });

  it('given undotted initials before a surname, the tagger reads a person; state and province codes and brands stay as they are', () => {
    const e = extractEntities(
      docOf([
        'Trainer TJ Morrow watched from the stands as KC Brandt rode the winner home.',
        'She drove a VW Golf to work and read AZ Central on the way.',
        'Crews from QC Energie and NS Ferries joined the search.',
      ]),
    );
    expect(names(e.people)).toEqual(['TJ Morrow', 'KC Brandt']);
  });

  it('given a name holding a contraction ("Don\'t Stop Now"), it is a title, not a person', () => {
    const e = extractEntities(docOf(["Trainer Ruth Dale said Don't Stop Now had been unlucky."]));
    expect(names(e.people)).toEqual(['Ruth Dale']);
  });

  it('given an interjection opening a quotation before a name ("Sorry Pietro"), the name starts after it', () => {
    const e = extractEntities(
      docOf(['I said, ‘Sorry Pietro, what did you say?’', 'Pietro Lanza laughed at the question.']),
    );
    expect(names(e.people)).toEqual(['Pietro Lanza']);
    expect(person(e, 'Pietro Lanza').aliases).toContain('Pietro');
  });

  it('given one capitalised word the article also writes in lower case, it is no person unless a full name ends in it', () => {
    const e = extractEntities(
      docOf([
        'The trainer said Shutter had run well and that Shutter would race again in May.',
        'The shutter on the stable door was broken.',
        'Dan Marsh won the race. Later Marsh said the ground near the marsh was soft.',
      ]),
    );
    expect(names(e.people)).toEqual(['Dan Marsh']);
    expect(person(e, 'Dan Marsh').mentions).toBe(2);
  });

  it('given a double-barrelled surname written with and without its hyphen, it is one person', () => {
    const e = extractEntities(
      docOf([
        'Anna Kerr-Dalton won the race at Kempton on Friday.',
        'Ms Kerr Dalton said the horse ran well.',
        'Kerr-Dalton will ride again next week.',
      ]),
    );
    expect(names(e.people)).toEqual(['Anna Kerr-Dalton']);
    expect(person(e, 'Anna Kerr-Dalton').mentions).toBe(3);
  });

  it('given a maker before a capitalised model name, the make and model is no person', () => {
    const e = extractEntities(
      docOf(['He failed to stop his silver Nissan Tarrant after the crash, said Sgt Ellen Moss.']),
    );
    expect(names(e.people)).toEqual(['Ellen Moss']);
  });

  it('given a person span the tagger ran over "and", it is two people', () => {
    // Tokens: Later | , | Sam | and | Holly | were | ...; the tagger's span is handed in as one.
    const s = findMentions(
      prepareSentence('Later, Sam and Holly were seen leaving the house.', 0),
      new Set(),
      [{ type: 'PER', start: 2, end: 5 }],
    );
    expect(s.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['person', 'Sam'],
      ['person', 'Holly'],
    ]);
  });

  it('given a list of people with one name of unknown words the tagger typed a body, that name is a person too', () => {
    const e = extractEntities(
      docOf([
        'The court heard from four witnesses - namely Ruslan Okafor, Piet Lindqvist, Tamaz Gvaladze, and Kartlos Ebralidze - before the trial ended in 2011.',
      ]),
    );
    expect(names(e.people)).toEqual([
      'Ruslan Okafor',
      'Piet Lindqvist',
      'Tamaz Gvaladze',
      'Kartlos Ebralidze',
    ]);
  });

  it('given "Image courtesy of X" after a sentence, X is a credit, not a person of the story', () => {
    const e = extractEntities(
      docOf([
        'Council leader Mary Brandt opened the bridge. Image courtesy of Paul Danvers',
        'The gift came courtesy of Ann Leigh, the donor.',
      ]),
    );
    expect(names(e.people)).toEqual(['Mary Brandt', 'Ann Leigh']);
  });

  it('given a possessive that owns nothing ("ate at Wendy\'s before"), the name is a business, not a person', () => {
    const e = extractEntities(
      docOf(["She ate at Nando's before heading to McDonald's and then Wendy's with her friend Clara Voss."]),
    );
    expect(names(e.people)).toEqual(['Clara Voss']);
  });

  it('given the noun of a body or a work right before a name ("the firm X", "the film X"), it is no person; "to play X" still names one', () => {
    const e = extractEntities(
      docOf([
        'The Leeds-based firm Halden Bright was sold last year.',
        'He starred in the film Dark Harbour last year.',
        'Recruits were asked to play Dolan Pryce in the drill.',
      ]),
    );
    expect(names(e.people)).toEqual(['Dolan Pryce']);
  });

  it('given a role noun opening the sentence before a name, it is the role, not part of the name', () => {
    const e = extractEntities(
      docOf(['Jockey Ryan Moorcroft rode the favourite to victory.', 'It was the jockey’s third win.']),
    );
    expect(names(e.people)).toEqual(['Ryan Moorcroft']);
    expect(person(e, 'Ryan Moorcroft').roles).toEqual(['Jockey']);
  });

  it('given initials that spell a known acronym before a surname the article also writes alone, they are a person', () => {
    const e = extractEntities(
      docOf([
        'Sandown will present AP Kellow with the trophy on Saturday.',
        'Kellow is a keen cricket fan and will attend a match next week.',
      ]),
    );
    expect(names(e.people)).toEqual(['AP Kellow']);
    expect(person(e, 'AP Kellow').mentions).toBe(2);
  });

  it('given an age set off by commas after a name, the name is a person even where it is a city; counts in a list are not ages', () => {
    const e = extractEntities(
      docOf([
        'Her granddaughter, Florence, 20, said she loved the nights out.',
        'Texas, 22, Ohio, 18 and Utah, 6, were the tallies.',
      ]),
    );
    expect(names(e.people)).toEqual(['Florence']);
  });

  it('given a name ending in a place noun ("Rose Garden"), it is no person', () => {
    const e = extractEntities(docOf(['The Harbour Hall Rose Garden was crowded with visitors.']));
    expect(names(e.people)).toEqual([]);
  });

  it('given a name right after a world or national ranking ("world No 1 X"), it is a person where the tagger typed it a body', () => {
    const e = extractEntities(
      docOf(['Her opponent on Sunday is world No 1 Radek Berdanic, who has not dropped a set all week.']),
    );
    expect(names(e.people)).toEqual(['Radek Berdanic']);
  });

  it('given "villagers from X" or "residents of X", X is where they live, not a person', () => {
    const e = extractEntities(
      docOf([
        'Villagers from Mara Kessi said the bridge had gone.',
        'Residents of Tandi Rowe said the water was dirty.',
      ]),
    );
    expect(names(e.people)).toEqual([]);
  });

  it('given a name a rider rode or that was "ridden by" someone, it is a horse, not a person; a possessive keeps its owner', () => {
    const e = extractEntities(
      docOf([
        'Tom Belford rode Dusty Lantern to a narrow win at Hexham.',
        'Copper Lane, ridden by Amy Voss, won the Gold Cup.',
        'Voss later rode Jack Hale’s mare at Kempton.',
      ]),
    );
    expect(names(e.people)).toEqual(['Tom Belford', 'Amy Voss', 'Jack Hale']);
  });

  it('given a garment after a name, before "by" it, or closing its run of capitals, the name is a label, not a person; a wearer stays one', () => {
    const e = extractEntities(
      docOf([
        'He wore his new Alma Trevelyan leather jacket to the launch.',
        'Her sister wore a silk gown by Jonas Feldt.',
        'Grab the Harbour Ripple Skirt while stocks last.',
        'Jane Mercer wore a dress by the river and coats the cake in icing.',
      ]),
    );
    expect(names(e.people)).toEqual(['Jane Mercer']);
  });

  it('given names listed after "labels such as" or "designers including", they are labels; other lists keep their people', () => {
    const e = extractEntities(
      docOf([
        'The shop stocks clothes from designers including Alma Trevelyan, Jonas Feldt and Marisco.',
        'The festival features artists including Tom Reed and Ann Bale.',
      ]),
    );
    expect(names(e.people)).toEqual(['Tom Reed', 'Ann Bale']);
  });

  it('given a planet named alone ("Jupiter\'s storm"), it is no person', () => {
    const parsed = parseArticle({ text: "Scientists say Jupiter's great storm is shrinking." });
    expect(parsed.people.map((p) => p.name)).toEqual([]);
  });

  it('given a work\'s noun after its channel ("the Channel 4 sitcom X"), the name after it is the work, not a person', () => {
    const e = extractEntities(docOf(['Fans loved the Channel 4 sitcom Marla Quint Investigates.']));
    expect(names(e.people)).toEqual([]);
  });

  it('given a name closing or opening a price credit ("Silk dress, £50, X."), it is a label; a speaker after a price stays a person', () => {
    const e = extractEntities(
      docOf(['Silk dress, £50, Harlow Vance.', 'Wool coat, £80, Kett Mara.', 'It cost £50, Jo Ray said.']),
    );
    expect(names(e.people)).toEqual(['Jo Ray']);
  });

  it('given doubles partners split by a slash in a results table, both are people; a picture agency after a slash still credits', () => {
    const e = extractEntities(
      docOf([
        'Dana Pryce (Kenya) / Tom Okafor (Ghana) won the doubles title.',
        'Pictured: the final. Ola Brandt/AFP',
      ]),
    );
    expect(names(e.people)).toEqual(['Dana Pryce', 'Tom Okafor']);
  });

  it('given a given name before "Lane", "Hall" or "Banks", it is a person; a street or body of that name is not', () => {
    const e = extractEntities(
      docOf(['Barry Vane carded 69, while Tony Lane shot 68.', 'The shop on Park Lane shut.']),
    );
    expect(names(e.people)).toEqual(['Barry Vane', 'Tony Lane']);
    const read = (text: string) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end: 2 }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Ella Banks starred in the film.')).toEqual(['person']);
    expect(read('Federal Banks raised their rates.')).toEqual(['organization']);
    expect(e.places.map((p) => p.name)).toContain('Park Lane');
  });

  it('given a title and its dot before a name ("Rep. X"), the title is no second person', () => {
    const e = extractEntities(docOf(['She will face incumbent Rep. Ola Brandt in the primary.']));
    expect(names(e.people)).toEqual(['Ola Brandt']);
  });

  it('given a name holding "&" that the tagger called a person, it is a body', () => {
    const found = findMentions(prepareSentence('Shares in Vane & Okafor rose on Monday.', 0), new Set(), [
      { type: 'PER', start: 2, end: 5 },
    ]);
    expect(found.mentions.map((m) => [m.kind, m.text])).toEqual([['organization', 'Vane & Okafor']]);
  });

  it('given a capitalised "Then" or "Former" alone before a surname, it is no title', () => {
    const found = findMentions(prepareSentence('Then Okafor scored again.', 0), new Set(), [
      { type: 'PER', start: 1, end: 2 },
    ]);
    expect(found.mentions.map((m) => m.titleText)).toEqual([null]);
  });

  it('given a headline running a name into an auxiliary or pronoun ("Okafor Had Quit"), the name ends before it', () => {
    const found = findMentions(prepareSentence('Critics said Okafor Had Quit early.', 0), new Set(), [
      { type: 'PER', start: 2, end: 5 },
    ]);
    expect(found.mentions.map((m) => m.text)).toEqual(['Okafor']);
  });

  it('given a title inside a span before a given name ("Tarvik Mayor Ada Vale"), the person is the name after it', () => {
    const found = findMentions(
      prepareSentence('Tarvik Mayor Ada Vale said the water was safe.', 0),
      new Set(),
      [{ type: 'PER', start: 0, end: 4 }],
    );
    expect(found.mentions.map((m) => [m.text, m.titleText])).toEqual([['Ada Vale', 'Mayor']]);
  });

  it('given followers of a faith or party named alone ("Muslims", "American Muslims"), they are no person', () => {
    const e = extractEntities(docOf(['Muslims and Hindus in Tarvik marched with Ada Vale on Sunday.']));
    expect(names(e.people)).toEqual(['Ada Vale']);
  });

  it('given a handle or hashtag written in one word ("AdaVale"), it is no person; "MacArthur" and "MaryAnn" are names', () => {
    const read = (text: string, end: number) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('AdaVale tweeted the picture.', 1)).toEqual(['other']);
    expect(read('Dora MacArthur tweeted the picture.', 2)).toEqual(['person']);
    expect(read('MaryAnn Tilley tweeted the picture.', 2)).toEqual(['person']);
  });

  it('given a name ending in an abstract noun ("Tarvik Partnership"), it is a body; a surname ending alike stays', () => {
    const read = (text: string) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end: 2 }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Tarvik Partnership signed the deal.')).toEqual(['organization']);
    expect(read('Youth Empowerment signed the deal.')).toEqual(['organization']);
    expect(read('Maura Dority signed the deal.')).toEqual(['person']);
  });

  it('given a name followed by its state or city and the clause\'s end ("Oak Hollow, Wisconsin;"), it is a place', () => {
    const read = (text: string, start: number) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start, end: start + 2 }]).mentions[0]
        ?.kind;
    expect(read('Shootings struck Bexley Hollow, Wisconsin; and Leeds.', 2)).toBe('place');
    expect(read('The award went to Dora Vance, Texas Republican and author.', 4)).toBe('person');
  });

  it('given a name ending in an acronym ("Tarvik PAC"), it is a body; letters after a person\'s name are not', () => {
    const read = (text: string, end: number) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Tarvik PAC paid for the advert.', 2)).toEqual(['organization']);
    expect(read('Dora Vance QC paid for the advert.', 3)).toEqual(['person']);
  });

  it('given a name ending in a venue or landform word ("Rosa Bowl", "Dora Creek"), it is no person', () => {
    const read = (text: string) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end: 2 }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Rosa Bowl sold out on Friday.')).toEqual(['place']);
    expect(read('Dora Creek flooded on Friday.')).toEqual(['place']);
  });

  it('given a name ending in a building, park or bay ("Velma Tower", "Orrin Park"), it is a place; "Michael Bay" stays a person', () => {
    const read = (text: string) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end: 2 }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Velma Tower reopened on Friday.')).toEqual(['place']);
    expect(read('Orrin Park flooded on Friday.')).toEqual(['place']);
    expect(read('Quill Bay froze on Friday.')).toEqual(['place']);
    expect(read('Michael Bay directed the film.')).toEqual(['person']);
    expect(read('Min-Ji Park won the final.')).toEqual(['person']);
  });

  it('given a name followed by ", a <...> firm/company" ending the phrase, it is a body; "a company spokesman" is a person', () => {
    const read = (text: string) =>
      findMentions(prepareSentence(text, 0), new Set(), [{ type: 'PER', start: 0, end: 2 }]).mentions.map(
        (m) => m.kind,
      );
    expect(read('Quill Harrow, a small research firm, sent the note.')).toEqual(['organization']);
    expect(read('Quill Harrow, the parent company of a bakery, grew.')).toEqual(['organization']);
    expect(read('Tamsin Oaks, a company spokesman, sent the note.')).toEqual(['person']);
    expect(read('Tamsin Oaks, a firm believer in rules, agreed.')).toEqual(['person']);
  });
});

describe('middle initials', () => {
  const read = (
    text: string,
    tagged: { type: 'PER' | 'ORG' | 'MISC' | 'LOC'; start: number; end: number }[],
  ) => findMentions(prepareSentence(text, 0), new Set(), tagged).mentions.map((m) => [m.kind, m.text]);

  it('given a name the tagger broke before its middle initial, it is one person', () => {
    // Tokens: Later | , | Orla | T. | Brennick | said | ...
    expect(
      read('Later, Orla T. Brennick said the bridge would close.', [
        { type: 'PER', start: 2, end: 3 },
        { type: 'PER', start: 3, end: 5 },
      ]),
    ).toEqual([['person', 'Orla T. Brennick']]);
  });

  it('given a name broken after its middle initial, with the surname mistyped, it is one person', () => {
    // Tokens: The | board | hired | Dermot | K. | Vashti | last | week | .
    expect(
      read('The board hired Dermot K. Vashti last week.', [
        { type: 'PER', start: 3, end: 5 },
        { type: 'ORG', start: 5, end: 6 },
      ]),
    ).toEqual([['person', 'Dermot K. Vashti']]);
  });

  it('given a listed given name left outside a span that opens with an initial, the name takes it', () => {
    // Tokens: Then | Jeffrey | P. | Moller | spoke | .
    expect(read('Then Jeffrey P. Moller spoke.', [{ type: 'PER', start: 2, end: 4 }])).toEqual([
      ['person', 'Jeffrey P. Moller'],
    ]);
  });

  it('given a name that ends on its middle initial and an untagged surname after it, the surname is in the name', () => {
    // Tokens: Later | Wendell | Q. | Ambrose | spoke | .
    expect(read('Later Wendell Q. Ambrose spoke.', [{ type: 'PER', start: 1, end: 3 }])).toEqual([
      ['person', 'Wendell Q. Ambrose'],
    ]);
  });

  it('given an unknown capitalised word the tagger called a place before "D. Surname", it is the given name', () => {
    // Tokens: The | plan | was | praised | by | Orsolt | D. | Brennick | , | an | adviser | .
    expect(
      read('The plan was praised by Orsolt D. Brennick, an adviser.', [
        { type: 'LOC', start: 5, end: 6 },
        { type: 'PER', start: 6, end: 8 },
      ]),
    ).toEqual([['person', 'Orsolt D. Brennick']]);
  });

  it('given a known place before an initial-led name, the two stay apart', () => {
    // Tokens: For | England | N. | Vane | batted | .
    expect(
      read('For England N. Vane batted.', [
        { type: 'LOC', start: 1, end: 2 },
        { type: 'PER', start: 2, end: 4 },
      ]),
    ).toEqual([
      ['place', 'England'],
      ['person', 'N. Vane'],
    ]);
  });

  it('given two bodies on either side of an initial, they stay as the tagger read them', () => {
    expect(
      read('Shares in Acme B. Holdings rose.', [
        { type: 'ORG', start: 2, end: 3 },
        { type: 'ORG', start: 3, end: 5 },
      ]),
    ).toEqual([
      ['organization', 'Acme'],
      ['organization', 'B. Holdings'],
    ]);
  });
});

describe('interjections', () => {
  it('given an interjection the tagger called a person, it names no one', () => {
    // Tokens: " | Well | , | we | will | see | , | " | Ada | Pell | said | .
    const found = findMentions(prepareSentence('"Well, we will see," Ada Pell said.', 0), new Set(), [
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 8, end: 10 },
    ]);
    expect(found.mentions.map((m) => [m.kind, m.text])).toEqual([['person', 'Ada Pell']]);
  });
});

describe('forms of address', () => {
  it('given an honorific before an office alone ("Mr. President"), no one is named; "Mr. King" still is', () => {
    const e = extractEntities(
      docOf([
        'Ada Pell told the crowd: "Mr. President, you have done right by our families."',
        '"Thank you, Madam Speaker," said Tom Reyes, and Mr. King nodded.',
      ]),
    );
    expect(names(e.people)).toEqual(['Ada Pell', 'Tom Reyes', 'King']);
  });
});

describe('names that fill a pair of quote marks', () => {
  const people = (text: string) => names(extractEntities(docOf([text])).people);

  it('given a show or book title that reads like a name, alone in quote marks, no one is named', () => {
    expect(people('Next month the network starts “Velma Tides,” a drama about a ferry town.')).toEqual([]);
    expect(people('The publisher will release “Orrin Kessel,” a novel about a lighthouse keeper.')).toEqual(
      [],
    );
  });

  it('given the quoted name of a person the article names outside quote marks, the person stays', () => {
    expect(people('Supporters held signs reading “Dora Vance.” Dora Vance thanked them.')).toEqual([
      'Dora Vance',
    ]);
  });

  it('given nicknames in quote marks before real names, the names are people', () => {
    expect(people('He mocked his rivals ("Sleepy" Orrin Kessel, "Tiny" Dora Vance) all night.')).toEqual([
      'Orrin Kessel',
      'Dora Vance',
    ]);
  });
});

describe('names inside a title in quote marks', () => {
  it("given a name among a quoted title's capitalised words, it is the title's; a show's host after \"With\" stays a person", () => {
    const e = extractEntities(
      sentenceDoc([
        'Ada Vale directed the musical “Charlie and the Glass Lift,” in Dunmore.',
        'She appeared on “The Late Show With Tom Okafor” last month.',
        'Her film “The 30-Year-Old Dorrit,” opens in May.',
      ]),
    );
    expect(names(e.people)).toEqual(['Ada Vale', 'Tom Okafor']);
  });
});

describe('a business named in an appositive before it', () => {
  it('given "a Tarvik company, Dorrit Hamlyn," the name is a body, not a person; a speaker after "the firm," stays', () => {
    const e = extractEntities(
      sentenceDoc([
        'Ada Vale bought a jet from a struggling Tarvik company, Dorrit Hamlyn, in 1986.',
        'We asked the firm, Tom Okafor said, but heard nothing.',
      ]),
    );
    expect(names(e.people)).toEqual(['Ada Vale', 'Tom Okafor']);
  });
});

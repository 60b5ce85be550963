import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

function read(sentences: string[]): { people: string[]; organizations: string[]; places: string[] } {
  const e = extractEntities(sentenceDoc(sentences));
  return {
    people: e.people.map((p) => p.name),
    organizations: e.organizations.map((o) => o.name),
    places: e.places.map((p) => p.name),
  };
}

describe('what the article says a name is (body-evidence.ts)', () => {
  it('given a name the article also writes before "Corp", the name alone is the business', () => {
    const e = read([
      'Shares in Edwin Marsh Corp rose on Monday.',
      'Edwin Marsh said it would buy a rival for $2 billion.',
      'Chief executive Dana Pell called the deal a good fit.',
    ]);
    expect(e.people).toEqual(['Dana Pell']);
    expect(e.organizations).toContain('Edwin Marsh');
  });

  it('given a comma before "Inc.", the name before it is still the business; a person named in full stays one', () => {
    const e = read([
      'Lawyers for Orrin Keats, Inc. filed the appeal on Friday.',
      'Orrin Keats declined to comment, said spokeswoman Lia Moor.',
    ]);
    expect(e.people).toEqual(['Lia Moor']);
  });

  it('given a two-word name ending in a trade ("Holly Marine", "Martin Boats"), it is a business', () => {
    const e = read([
      'Holly Marine said on Monday it had won an order for six patrol boats.',
      'Martin Boats, a rival yard, said its orders had fallen.',
      'Union leader Ray Dunne welcomed the news.',
    ]);
    expect(e.people).toEqual(['Ray Dunne']);
    expect(e.organizations).toEqual(expect.arrayContaining(['Holly Marine', 'Martin Boats']));
  });

  it('given a name after "the village of", it is the place, and so is its capitals in the dateline', () => {
    const e = read([
      'ROSA VERDE, Mexico 2024-05-02 Floods cut off the village of Rosa Verde on Tuesday, officials said.',
      'Mayor Ines Calvo said food was running short.',
    ]);
    expect(e.people).toEqual(['Ines Calvo']);
    expect(e.places).toContain('Rosa Verde');
  });

  it("given a person's name with no such words around it, leaves the person alone", () => {
    const e = read([
      'Holly Marsh said on Monday she would run for the city council.',
      'Marsh, a teacher from the town, won the last race by 40 votes.',
    ]);
    expect(e.people).toEqual(['Holly Marsh']);
  });

  it('given a two-sided results line, both sides are clubs, and a lone word of a club is the club', () => {
    const e = read([
      'Results of the cup ties played on Wednesday:',
      'In Dornava: Olek Dornava (Ostria) 3 Tamas Velkor (Norland) 1 (halftime 1-0).',
      'Velkor won 4-3 on aggregate.',
      'Scorers: Dornava - Ivo Lenart (12th).',
    ]);
    expect(e.people).toEqual(['Ivo Lenart']);
  });

  it("given a golfer's line with one round after the bracket, the golfer stays a person", () => {
    const e = read(['Leading scores: Ada Vell (Ostria) 68 Tom Rusk (Norland) 69 Ivo Lenart (Ostria) 70.']);
    expect(e.people).toEqual(['Ada Vell', 'Tom Rusk', 'Ivo Lenart']);
  });

  it("given a business and a person who share a surname, the lone surname stays the person's", () => {
    const e = read([
      'Ada Rusk founded the bakery chain Rusk Ltd in 1990.',
      'Rusk said on Monday that she would step down.',
    ]);
    expect(e.people).toEqual(['Ada Rusk']);
    expect(
      extractEntities(sentenceDoc(['Ada Rusk founded Rusk Ltd in 1990.', 'Rusk said she would step down.']))
        .people[0]?.mentions,
    ).toBe(2);
  });

  it('given a business noun after a modifier right before a name, the name is the business', () => {
    const e = read([
      'The league banned first division club Dorin Valeni for two matches.',
      'The state-owned holding company Nadia Torres said it would sell the mine.',
      'The deal was confirmed by management consulting firm Harlan Pike on Monday.',
      'Both deny wrongdoing, said pollster Ana Pryce.',
    ]);
    expect(e.people).toEqual(['Ana Pryce']);
  });

  it('given "& Co." or "and Partners" after a name, the name is the firm; "and Co" alone is a player and his team-mates', () => {
    expect(
      read([
        'The bonds were sold by Harlan Pike & Co. on Monday.',
        'Harlan Pike said demand was strong.',
        'Dana Moss and Partners advised the city.',
      ]).people,
    ).toEqual([]);
    expect(read(['Tom Keel and Co were beaten 2-0.', 'Keel said the side had played badly.']).people).toEqual(
      ['Tom Keel'],
    );
  });

  it("given a one-word name owning a person named in full, it is that person's outlet or team; the surname of a named person keeps its person", () => {
    expect(
      read([
        '"The tide is turning," Marwick\'s Dana Moore wrote in April.',
        "Marwick's own survey found the same.",
      ]).people,
    ).toEqual(['Dana Moore']);
    expect(
      read(['"It is a great day," said Kessling\'s Tom Rusk.', 'Kessling has 40 stores.']).people,
    ).toEqual(['Tom Rusk']);
    expect(read(['Ada Vale left early.', "Vale's Tom Rusk stayed on."]).people).toEqual([
      'Ada Vale',
      'Tom Rusk',
    ]);
  });

  it('given an arm of the state left beside a title ("Navy Capt. X"), it is the body; after a given name it is a surname', () => {
    expect(
      read([
        '"We will keep at it," said Pentagon spokesman Navy Capt. Jo Vell, who was asked about the plan.',
      ]).people,
    ).toEqual(['Jo Vell']);
    expect(read(['Ada House, 40, said she was pleased.']).people).toEqual(['Ada House']);
  });
});

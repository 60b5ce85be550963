import { describe, expect, it } from 'vitest';
import type { Kind } from '../src/engine/entities/classify.js';
import { bodiesInLists } from '../src/engine/entities/mentions/body-lists.js';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

// Invented text: the clubs, firms, saints' places and people are made up.

describe('a side of a results line without countries is a club (results-teams.ts)', () => {
  it('given "name score name score", both sides are clubs', () => {
    const s = article(['Results on Saturday: Dravik Ostel 2 Marno Kesk 1 Velby Torn 0 Harl Osten 3']);
    expect(kinds(s, [mentionAt(s, 'Marno Kesk', 0), mentionAt(s, 'Velby Torn', 0)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('carries a side the tagger called a club to the same name typed a person elsewhere', () => {
    const s = article([
      'Results on Saturday: Dravik Ostel 2 Marno Kesk 1',
      'Marno Kesk have now won three games in a row.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Marno Kesk', 0, 'organization'), mentionAt(s, 'Marno Kesk', 1)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('leaves golfers with their rounds and a player with one goal count as people', () => {
    const s = article([
      'Leading scores after the first round: Ada Vell 68 Tom Rusk 69 Jan Marsh 70',
      'Scorers: Ada Vell 2 (12th, 40th) and a penalty by Tom Rusk.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Tom Rusk', 0), mentionAt(s, 'Ada Vell', 1)])).toEqual([
      'person',
      'person',
    ]);
  });
});

describe('a row of a league table is a club (results-teams.ts)', () => {
  it('given games played equal to won, drawn and lost, the name is a club', () => {
    const s = article(['Standings: Marno Kesk 9 6 2 1 18 7 20 Velby Torn 9 5 1 3 14 11 16']);
    expect(kinds(s, [mentionAt(s, 'Marno Kesk', 0), mentionAt(s, 'Velby Torn', 0)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('leaves a batsman with his innings, runs and average a person', () => {
    const s = article(['Averages: Tom Rusk 4 7 1 288 95 48']);
    expect(kinds(s, [mentionAt(s, 'Tom Rusk', 0)])).toEqual(['person']);
  });
});

describe('a name of two words after "St." is a place or a body (saint-names.ts)', () => {
  it('given a hospital or a team named for a saint, it is no person', () => {
    const s = article([
      "The girl was treated at St. Bartram Children's Hospital on Monday.",
      'Ada Vell hit a single to lift the St. Brennick Cardinals to a 3-2 win.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Bartram Children', 0), mentionAt(s, 'Brennick Cardinals', 1)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('leaves a street closing a sentence, a pope and a lone saint alone', () => {
    const s = article([
      'He lives on Elm St. Tom Rusk, his neighbour, said the house was empty.',
      'The crowd prayed to St. John Paul II and to St. Bartram.',
    ]);
    expect(
      kinds(s, [mentionAt(s, 'Tom Rusk', 0), mentionAt(s, 'John Paul II', 1), mentionAt(s, 'Bartram', 1)]),
    ).toEqual(['person', 'person', 'person']);
  });
});

describe('the odd name out of a list of bodies is a body (mentions/body-lists.ts)', () => {
  /** The kinds `bodiesInLists` leaves a sentence's mentions with. */
  function listKinds(text: string, named: [string, Kind][]): Kind[] {
    const [s] = article([text]);
    if (!s) throw new Error('no sentence');
    s.mentions = named.map(([name, kind]) => mentionAt([s], name, 0, kind));
    bodiesInLists(s);
    return s.mentions.map((m) => m.kind);
  }

  it('given bodies and one name typed a person with no given name, it is a body', () => {
    expect(
      listKinds('In recent weeks Ostrel Corp, Harbin Lasko and Dravo Inc have cut their gifts.', [
        ['Ostrel Corp', 'organization'],
        ['Harbin Lasko', 'person'],
        ['Dravo Inc', 'organization'],
      ]),
    ).toEqual(['organization', 'organization', 'organization']);
  });

  it('leaves a name opening on a given name, and a list of two, as they were', () => {
    expect(
      listKinds('The letter was signed by Ostrel Corp, Tom Rusk and Dravo Inc on Monday.', [
        ['Ostrel Corp', 'organization'],
        ['Tom Rusk', 'person'],
        ['Dravo Inc', 'organization'],
      ]),
    ).toEqual(['organization', 'person', 'organization']);
    expect(
      listKinds('Ostrel Corp and Harbin Lasko cut their gifts.', [
        ['Ostrel Corp', 'organization'],
        ['Harbin Lasko', 'person'],
      ]),
    ).toEqual(['organization', 'person']);
  });
});

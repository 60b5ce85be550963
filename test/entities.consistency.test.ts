import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { settleAcrossArticle } from '../src/engine/entities/consistency.js';
import type { Mention } from '../src/engine/entities/mentions/index.js';
import { mentionOf } from './helpers/mentions.js';
import { sentenceDoc } from './helpers/docs.js';

const mention = mentionOf;

const kinds = (ms: Mention[]) => ms.map((m) => `${m.text}:${m.kind}`);

describe('settling a name across the article (consistency.ts)', () => {
  it('given a club the tagger typed a person once and a body twice, its body mentions stay a body', () => {
    const settled = settleAcrossArticle(
      [
        mention('Dynamo Varna', 'organization', 0),
        mention('Dynamo Varna', 'person', 1),
        mention('Dynamo Varna', 'organization', 2),
      ],
      () => 'beat',
    );
    expect(kinds(settled)).toEqual([
      'Dynamo Varna:organization',
      'Dynamo Varna:person',
      'Dynamo Varna:organization',
    ]);
  });

  it('given a full name of a person, a lone surname typed a body elsewhere is that person, not after "in"', () => {
    const settled = settleAcrossArticle(
      [
        mention('Kerry Halloway', 'person', 0),
        mention('Halloway', 'organization', 1),
        mention('Halloway', 'place', 2),
      ],
      (m) => (m.sentence === 2 ? 'in' : 'said'),
    );
    expect(kinds(settled)).toEqual(['Kerry Halloway:person', 'Halloway:person', 'Halloway:place']);
  });

  it('given a lone surname typed a person, the two-word body holding it is that person', () => {
    const settled = settleAcrossArticle(
      [mention('Marta Zielny', 'organization', 0), mention('Zielny', 'person', 1)],
      () => 'said',
    );
    expect(kinds(settled)).toEqual(['Marta Zielny:person', 'Zielny:person']);
  });
});

describe('a headline word run into a named person (consistency.ts)', () => {
  it('given a full name plus a word after it, and a full name elsewhere, the mention is that person', () => {
    const settled = settleAcrossArticle(
      [mention('Ada Vellacott Backs', 'person', 0), mention('Ada Vellacott', 'person', 1)],
      () => '',
    );
    expect(kinds(settled)).toEqual(['Ada Vellacott:person', 'Ada Vellacott:person']);
  });

  it('keeps "Jr." and a name no other mention gives', () => {
    const settled = settleAcrossArticle(
      [
        mention('Tom Vane Jr.', 'person', 0),
        mention('Tom Vane', 'person', 1),
        mention('Lio Brandt Okafor', 'person', 2),
      ],
      () => '',
    );
    expect(kinds(settled)).toEqual(['Tom Vane Jr.:person', 'Tom Vane:person', 'Lio Brandt Okafor:person']);
  });

  it('given a word the article writes in lower case before a person it names, drops the word', () => {
    const e = extractEntities(
      sentenceDoc([
        'Mining Donor Vellacott And Okafor May Meet In Tarvik.',
        'The mining donor Ada Vellacott said on Friday that she would meet Ben Okafor.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Ada Vellacott', 'Ben Okafor']);
  });

  it('keeps the first word when no other full name gives the rest ("Destiny" is written in lower case too)', () => {
    const e = extractEntities(
      sentenceDoc([
        'Chess prodigy Destiny Okoro won her first title on Sunday.',
        'Later Destiny Okoro said the board had always been her destiny.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Destiny Okoro']);
  });
});

describe('the leader of a body named after them (consistency.ts)', () => {
  it('given "the Vellacott administration", a lone "Vellacott" typed a body is the person; a place is not', () => {
    const led = { ...mention('Vellacott', 'organization', 0), beforeLedBody: true };
    const tarvik = { ...mention('Tarvik', 'organization', 2), beforeLedBody: true };
    const settled = settleAcrossArticle(
      [
        led,
        mention('Vellacott', 'organization', 1),
        tarvik,
        mention('London', 'place', 3),
        mention('London', 'place', 4),
      ],
      () => '',
    );
    expect(kinds(settled)).toEqual([
      'Vellacott:organization',
      'Vellacott:person',
      'Tarvik:organization',
      'London:place',
      'London:place',
    ]);
  });
});

describe('a body named before its members (people.ts)', () => {
  it('given "<party> peers" and "<party> councillors", the party is no person; a leader\'s backers keep the leader', () => {
    const e = extractEntities(
      sentenceDoc([
        'Lib Dem peers voted against the housing bill on Wednesday.',
        'Plaid Cymru councillors abstained, said Greta Vasquez, who chairs the committee.',
        'Vasquez backers cheered the result.',
      ]),
    );
    const people = e.people.map((p) => p.name);
    expect(people).not.toContain('Lib Dem');
    expect(people).not.toContain('Plaid Cymru');
    expect(people).toContain('Greta Vasquez');
  });
});

describe('a craft or index named before its noun (people.ts)', () => {
  it('given "the X lander" and "the X index", X is no person wherever it recurs; "the X probe" keeps X', () => {
    const e = extractEntities(
      sentenceDoc([
        'The Kestrel Nine lander touched down near the crater on Thursday.',
        'Kestrel Nine tilted on landing, said engineer Greta Vasquez.',
        'Inspector Tamsin Harrow led the inquiry, and the Harrow probe ended in May.',
      ]),
    );
    const people = e.people.map((p) => p.name);
    expect(people).not.toContain('Kestrel Nine');
    expect(people).toContain('Greta Vasquez');
    // "the Harrow probe" is hers: both mentions count.
    expect(e.people.find((p) => p.name === 'Tamsin Harrow')?.mentions).toBe(2);
  });
});

describe('a storm named like a person (people.ts)', () => {
  it('given "Storm X" in a weather story, X is no person, with or without "Storm"', () => {
    const e = extractEntities(
      sentenceDoc([
        'Storm Odessa swept across the coast on Thursday night.',
        'Odessa brought gusts of 80mph and heavy rain, said forecaster Greta Vasquez.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Greta Vasquez']);
  });

  it('given a person whose given name is Storm, in a story with no weather, she stays a person', () => {
    const e = extractEntities(
      sentenceDoc([
        'Storm Kettering starred in the film, which opened on Friday.',
        'Kettering said she loved it.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toContain('Storm Kettering');
  });
});

describe('a role opening the sentence before a name (people.ts)', () => {
  it('given "Astronaut X said", the role word is no second person', () => {
    const e = extractEntities(
      sentenceDoc([
        'Boeing Starliner docked with the station on Friday.',
        'Astronaut Maria Fenwick said Starliner performed well.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Maria Fenwick']);
  });
});

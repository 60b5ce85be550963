import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import type { Kind } from '../src/engine/entities/classify.js';
import {
  headlineRunOnsFromGivenNames,
  namesLedBySurnames,
  runOnsIntoSurnames,
} from '../src/engine/entities/run-on-names.js';
import { sentenceDoc } from './helpers/docs.js';
import { mentionOf } from './helpers/mentions.js';

const people = (sentences: string[]) => extractEntities(sentenceDoc(sentences)).people.map((p) => p.name);

/** Which of the person-typed names `runOnsIntoSurnames` takes for run-ons. */
function runOns(
  names: string[],
  lower: string[],
  headlineOnly: (word: string) => boolean = () => false,
  kind: Kind = 'person',
): string[] {
  const mentions = names.map((n, i) => mentionOf(n, kind, i));
  return [...runOnsIntoSurnames(mentions, new Set(lower), (_, w) => headlineOnly(w))].map((m) => m.text);
}

describe('names run on from ordinary words into a surname (run-on-names.ts)', () => {
  it('given "Stop Vellman" beside the person named in full, the slogan is no person', () => {
    expect(runOns(['Stop Vellman', 'Tom Vellman'], ['stop'])).toEqual(['Stop Vellman']);
  });

  it('given a headline verb written nowhere else, the run-on through it is no person', () => {
    expect(runOns(['Ada Marsh Backs Vellman', 'Tom Vellman'], [], (w) => w === 'Backs')).toEqual([
      'Ada Marsh Backs Vellman',
    ]);
  });

  it('given a title or a given name before the surname, the name stays', () => {
    expect(runOns(['Justice Vellman', 'Will Vellman', 'Tom Vellman'], ['justice', 'will'])).toEqual([]);
  });

  it('given no one named in full with that surname, the name stays', () => {
    expect(runOns(['Stop Vellman', 'Vellman'], ['stop'])).toEqual([]);
  });

  it('given a slogan heading an article, only the person it names is a person', () => {
    const found = people([
      'Inside the Stop Vellman movement.',
      'The Stop Vellman movement grew this week.',
      'Tom Vellman dismissed it.',
    ]);
    expect(found).not.toContain('Stop Vellman');
    expect(found).toContain('Tom Vellman');
  });

  it('given a capitalised headline running a backer into the candidate, both are people and the run-on is not', () => {
    const found = people([
      'Senator Ada Marsh Backs Vellman For Mayor.',
      'Senator Ada Marsh endorsed Tom Vellman on Monday.',
      'Vellman thanked her.',
    ]);
    expect(found).not.toContain('Ada Marsh Backs Vellman');
    expect(found).toEqual(expect.arrayContaining(['Ada Marsh', 'Tom Vellman']));
  });
});

/** Which of the person-typed names `namesLedBySurnames` takes for things led by a surname. */
function ledBySurnames(
  names: string[],
  lower: string[],
  headlineOnly: (word: string) => boolean = () => false,
) {
  const mentions = names.map((n, i) => mentionOf(n, 'person', i));
  return [...namesLedBySurnames(mentions, new Set(lower), (_, w) => headlineOnly(w))].map((m) => m.text);
}

describe('names led by the surname of a person named in full (run-on-names.ts)', () => {
  it('given the surname run into a word the article writes in lower case, the run-on is no person', () => {
    expect(ledBySurnames(['Vellman Rally', 'Tom Vellman'], ['rally'])).toEqual(['Vellman Rally']);
  });

  it('given a headline verb written nowhere else after the surname, the run-on is no person', () => {
    expect(ledBySurnames(['Vellman Dithers', 'Tom Vellman'], [], (w) => w === 'Dithers')).toEqual([
      'Vellman Dithers',
    ]);
  });

  it('given a surname that is also a given name, the second person stays', () => {
    expect(ledBySurnames(['Craig Dunmore', 'Ada Craig'], ['dunmore'])).toEqual([]);
  });

  it('given words the article never writes in lower case after the surname, the name stays', () => {
    expect(ledBySurnames(['Vander Oosting', 'Bob Vander'], [])).toEqual([]);
  });

  it('given no one named in full with that surname, or a title before it, the name stays', () => {
    expect(ledBySurnames(['Vellman Rally'], ['rally'])).toEqual([]);
    const titled = { ...mentionOf('Vellman Rally', 'person', 0) };
    titled.span = { ...titled.span, title: { start: 1, end: 2 } };
    const full = mentionOf('Tom Vellman', 'person', 1);
    expect([...namesLedBySurnames([titled, full], new Set(['rally']), () => false)]).toEqual([]);
  });
});

/** Which person-typed names `headlineRunOnsFromGivenNames` takes; `headlineOnly` words are headline-only. */
function fromGivenNames(names: string[], headlineOnly: string[]): string[] {
  const mentions = names.map((n, i) => mentionOf(n, 'person', i));
  return [...headlineRunOnsFromGivenNames(mentions, (_, w) => headlineOnly.includes(w))].map((m) => m.text);
}

describe('a headline running a given name into its verb (run-on-names.ts)', () => {
  it('given the given name of a person named in full run into a headline-only word, the run-on is no person', () => {
    expect(fromGivenNames(['Marta Slides', 'Marta Quenby'], ['Slides'])).toEqual(['Marta Slides']);
  });

  it('given a second word the article also writes capitalised in its body, both people stay', () => {
    expect(fromGivenNames(['Marta Young', 'Marta Quenby'], [])).toEqual([]);
  });

  it('given no one named in full with that given name, the name stays', () => {
    expect(fromGivenNames(['Marta Slides'], ['Slides'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

// Invented text: every town, school, street and person here is made up.

describe('a name closed by a word the article writes in lower case is no person (lower-case-heads.ts)', () => {
  it('given a headline "Tolland Violence" over a story about the violence, the run is no person', () => {
    const s = article([
      'Mayor Condemns Tolland Violence After Weekend Of Unrest.',
      'The mayor said the violence had shocked the town.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Tolland Violence', 0)])).toEqual(['other']);
  });

  it('given "a team from Harlow High" and "a high school", the school is no person', () => {
    const s = article([
      'A team from Harlow High, a small school near the coast, won the cup.',
      'The high school had never reached a final.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Harlow High', 0)])).toEqual(['other']);
  });

  it('given the corner of two streets and "streets" in lower case, the corner is no person', () => {
    const s = article([
      'The shop stood at the corner of Reed and Quillby Streets for years.',
      'Both streets were closed on Sunday.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Quillby Streets', 0)])).toEqual(['other']);
  });

  it('carries the verdict to a lone word of the retyped name', () => {
    const s = article([
      'Marnock Response Shows How Slow The Council Was.',
      'Her response came a week later.',
      'Residents of Marnock waited for clean water.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Marnock Response', 0), mentionAt(s, 'Marnock', 2)])).toEqual([
      'other',
      'other',
    ]);
  });

  // Each sparing test holds a name the rule does retype, so it fails with the rule switched off.
  it('spares a person whose given name opens the name ("Ada Cook" in a story about a cook)', () => {
    const s = article(['Ada Cook spoke at Harlow High on Monday.', 'The cook runs a high school kitchen.']);
    expect(kinds(s, [mentionAt(s, 'Ada Cook', 0), mentionAt(s, 'Harlow High', 0)])).toEqual([
      'person',
      'other',
    ]);
  });

  it('spares a name whose last word the article writes after an honorific ("Ms. Bell")', () => {
    const s = article([
      'Tolland Bell opened the door at Harlow High.',
      'Ms. Bell said the bell had rung late at the high school.',
    ]);
    expect(
      kinds(s, [
        mentionAt(s, 'Tolland Bell', 0),
        mentionAt(s, 'Bell', 1, 'person', 1),
        mentionAt(s, 'Harlow High', 0),
      ]),
    ).toEqual(['person', 'person', 'other']);
  });

  it('leaves a one-word name alone, whatever the article writes in lower case', () => {
    const s = article(['Vell said the vell was a local word.', 'Harlow High won.', 'A high score.']);
    expect(kinds(s, [mentionAt(s, 'Vell', 0), mentionAt(s, 'Harlow High', 1)])).toEqual(['person', 'other']);
  });
});

describe('through the whole pipeline', () => {
  it('given a title-case headline run closed by a word the body writes in lower case, only the real people stay', () => {
    const text = [
      'Gun Violence Victims Meet Vell In Garrow.',
      '',
      'Ada Vell and Boris Rusk met on Monday. The violence in the town, the speech, the response, the winner of the medal and a man who shot himself were all discussed.',
    ].join('\n');
    const people = parseArticle({ text }).people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Ada Vell', 'Boris Rusk']));
    expect(people).not.toContain('Gun Violence');
  });
});

import { describe, expect, it } from 'vitest';
import { isKnownPlace } from '../../src/qa/place-list.js';
import { originAsked, originCues } from '../../src/qa/origin.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A person's origin tied to the name in news writing's fixed ways. Invented text. */

describe('origin questions', () => {
  it('reads the asked name of "from", "born", "raised" and "grow up" questions', () => {
    expect(originAsked('Where is Ada Kell from?')).toBe('Ada Kell');
    expect(originAsked('Where was Gov. Ivo Marr born?')).toBe('Gov. Ivo Marr');
    expect(originAsked('Where did Tarnow grow up?')).toBe('Tarnow');
    expect(originAsked('Where were the talks held?')).toBeNull();
    // A clause after the subject asks for the start of a trip, not where someone is from.
    expect(originAsked('Where were the pilots flying from?')).toBeNull();
  });
});

describe('origin cues in a sentence', () => {
  const cues = (sentence: string) => [...originCues(sentence, isKnownPlace)].map((c) => [c.who, c.place]);

  it('reads a vox-pop age and town, an apposition with "from", and "who grew up outside of"', () => {
    expect(cues('"It is about rent," said Ada Kell, 34, of Chicago, after the meeting.')).toEqual([
      ['Kell', 'Chicago'],
    ]);
    expect(cues('Ivo Marr, a retired welder from Ohio, joined the march.')).toEqual([['Marr', 'Ohio']]);
    expect(cues('The senator, Lena Tarnow, who grew up outside of Denver, spoke last.')).toEqual([
      ['Tarnow', 'outside of Denver'],
    ]);
  });

  it('reads "the <place>-born <name>", "<place>, where <name> grew up" and "<place> native <name>"', () => {
    expect(cues('The Portugal-born Rui Sella runs the fund.')).toEqual([['Rui Sella', 'Portugal']]);
    expect(cues('In Chicago, where Kell grew up, the plant closed.')).toEqual([['Kell', 'Chicago']]);
    expect(cues('Ohio native Ivo Marr won the seat.')).toEqual([['Ivo Marr', 'Ohio']]);
  });

  it('takes no possessive and no place the gazetteer does not know', () => {
    expect(cues("Ida Brun, a lawmaker from Norway's Farmers Party, voted no.")).toEqual([]);
    expect(cues('Ida Brun, a delegate from Harbour Works, voted no.')).toEqual([]);
  });
});

const article = `Voters lined up early at the Granary Hall polling station on Tuesday.
"I came for the schools," said Dana Oakes, 41, of Chicago, who has voted in every election since 2004.
Oakes said the turnout surprised her.
Her neighbour, Ben Oakes, 45, of Denver, was visiting for the week.
Mayor Lena Tarnow, who grew up outside of Lisbon, thanked the volunteers.`;

describe('answering an origin question', () => {
  const a = askingArticle(article);

  it('answers "where is X from?" with the town written beside the name', async () => {
    const r = await a.ask('Where is Dana Oakes from?');
    expect(r.answer).toBe('Chicago');
  });

  it('answers "where did X grow up?" with "outside of" kept', async () => {
    const r = await a.ask('Where did Lena Tarnow grow up?');
    expect(r.answer).toBe('outside of Lisbon');
  });
});

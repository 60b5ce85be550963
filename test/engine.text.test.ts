import { describe, expect, it } from 'vitest';
import { breakAtInlinePrompts, PROMPT_BREAK } from '../src/engine/text/boilerplate.js';
import { dropNearDuplicates, isNearDuplicate } from '../src/engine/text/duplicates.js';
import { countLetteredWords, countWords } from '../src/engine/text/tokens.js';

describe('countWords', () => {
  it('given words separated by runs of mixed whitespace, counts each word once like split(/\\s+/)', () => {
    const text = '  The ferry\tsails\u00a0at\u2009noon \n\n from Portsmouth. ';
    expect(countWords(text)).toBe(7);
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });

  it('given only whitespace or nothing, counts no words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \u3000\ufeff\n')).toBe(0);
  });

  it('given punctuation and quotes glued to words, counts them as part of the word', () => {
    expect(countWords('“Yes,” she said — twice.')).toBe(5);
  });

  it('given a limit, counts exactly up to it and reports any longer text as limit + 1', () => {
    const text = 'one two three four five six';
    expect(countWords(text, 6)).toBe(6);
    expect(countWords(text, 10)).toBe(6);
    expect(countWords(text, 3)).toBe(4);
    expect(countWords(`  ${text}`, 0)).toBe(1);
  });
});

describe('countLetteredWords', () => {
  it('given dashes and quote marks standing alone between spaces, counts only the words with a letter or digit', () => {
    expect(countLetteredWords('“We will — and must — rebuild by 2030,” she said ‘ ’')).toBe(9);
  });

  it('given letters outside ASCII, in other scripts and beyond the basic plane, counts those words too', () => {
    expect(countLetteredWords('Zoë met 東京 officials \u{1d400}\u{1d401} … ٣')).toBe(6);
  });

  it('given runs of unusual whitespace, reads words as split(/\\s+/) does', () => {
    const text = '\u3000 “Ready” \u00a0—\u2009 set\ufeffgo ! 12 ';
    expect(countLetteredWords(text)).toBe(text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    expect(countLetteredWords(text)).toBe(4);
  });
});

describe('near-duplicates', () => {
  it('drops a shortened repeat of a sentence, whatever its case, keeping the fuller one', () => {
    const items = [
      'The ferry crews of Port Alder ended their strike on Friday after nine days.',
      'Boats ran again by noon.',
      'THE FERRY CREWS OF PORT ALDER ENDED THEIR STRIKE ON FRIDAY',
    ];
    expect(dropNearDuplicates(items, (s) => s, { exactShort: false })).toEqual(items.slice(0, 2));
  });

  it('reads words whose lower case is longer than they are (a dotted capital I) as their lower case', () => {
    const a = 'İZMİT ferry crews ended their strike on Friday after nine days of talks in İZMİT.';
    const b = 'i̇zmi̇t ferry crews ended their strike on Friday after nine days of talks in i̇zmi̇t.';
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(isNearDuplicate(a, `${'İ '.repeat(2000)}and a long list of other words`)).toBe(false);
    const many = Array.from({ length: 40 }, (_, i) => `${'İ '.repeat(i + 1)}ferry crews ended their strike`);
    expect(dropNearDuplicates(many, (s) => s, { exactShort: false }).length).toBeLessThan(many.length);
  });

  it('reads capitals in text with curly quotes and dashes as their lower case, and a Kelvin sign as "k"', () => {
    // Read with capitals folded in place (ASCII and general punctuation only) ...
    const curly = '“The Lock Keepers of Fenmoor” reopened the canal — on Tuesday — after repairs.';
    const plain = '"the lock keepers of fenmoor" reopened the canal - on tuesday - after repairs.';
    expect(isNearDuplicate(curly, plain)).toBe(true);
    expect(dropNearDuplicates([plain, curly], (s) => s, { exactShort: false })).toEqual([plain]);
    // ... and text past those blocks lower-cased first: "\u212A" (Kelvin) lower-cases to "k".
    const kelvin = 'The \u212Aeel ferry ran again on Tuesday after nine days of repairs.';
    expect(isNearDuplicate(kelvin, 'the keel ferry ran again on tuesday after nine days of repairs.')).toBe(
      true,
    );
    expect(isNearDuplicate(curly, 'The Lock Keepers of Fenmoor closed the canal for good last winter.')).toBe(
      false,
    );
  });

  it('reads a text whose accented capital comes late as its lower case, after reading part of it as written', () => {
    // The read as written stops at "Ö" near the end, having numbered most words: those numbers must
    // not make the lower-cased read, or the texts compared after it, see pairs or words twice.
    const late = 'The lock keepers of Fenmoor reopened the canal on Tuesday after repairs at ÖSTBY.';
    const lower = 'the lock keepers of fenmoor reopened the canal on tuesday after repairs at östby.';
    const other = 'The lock keepers of Fenmoor reopened the canal on Tuesday after repairs at Carrow.';
    expect(isNearDuplicate(late, lower)).toBe(true);
    expect(dropNearDuplicates([late, lower], (s) => s, { exactShort: true })).toEqual([late]);
    expect(
      dropNearDuplicates([other, late, 'Barges queued at the lower gate all morning.'], (s) => s, {
        exactShort: false,
      }),
    ).toHaveLength(2);
    expect(
      isNearDuplicate(
        'Östby Harbour Board met on Monday to settle the ferry fares.',
        'Barges queued at the lower gate all morning long.',
      ),
    ).toBe(false);
  });

  it('answers the same whatever was compared before (the tables are reused between calls)', () => {
    const a = 'The lock keepers of Fenmoor reopened the canal on Tuesday after a week of repairs.';
    const b = 'The lock keepers of Fenmoor reopened the canal on Tuesday after repairs.';
    const c = 'Barges queued at the lower gate for most of the morning.';
    const before = [isNearDuplicate(a, b), isNearDuplicate(a, c), isNearDuplicate(b, c)];
    expect(before).toEqual([true, false, false]);
    // A run large enough to grow the tables past their first size, then a run past the size kept.
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`);
    const lines = Array.from({ length: 300 }, (_, i) => words.slice(i * 20, i * 20 + 20).join(' '));
    expect(dropNearDuplicates([...lines, lines[5]!], (s) => s, { exactShort: false })).toEqual(lines);
    const huge = Array.from({ length: 140_000 }, (_, i) => `v${i}`).join(' ');
    expect(isNearDuplicate(huge, `${huge} tail`)).toBe(true);
    expect([isNearDuplicate(a, b), isNearDuplicate(a, c), isNearDuplicate(b, c)]).toEqual(before);
    expect(dropNearDuplicates([b, c, a], (s) => s, { exactShort: false })).toEqual([c, a]);
  });
});

describe('breakAtInlinePrompts', () => {
  it('breaks a paragraph at a prompt written in any case, and leaves one without a prompt as it is', () => {
    const text = 'The bridge reopened on Monday. SCROLL DOWN FOR VIDEO Drivers queued for an hour.';
    expect(breakAtInlinePrompts(text).split(PROMPT_BREAK)).toEqual([
      'The bridge reopened on Monday.',
      'Drivers queued for an hour.',
    ]);
    const plain = 'Readers were told to scroll down the page for more pictures.';
    expect(breakAtInlinePrompts(plain)).toBe(plain);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { parseQuestion } from '../src/qa/question.js';
import { placeBesideFocus } from '../src/qa/where.js';

// Session 20, QA where: invented articles and names only.

describe('a place closing its sentence is read without the full stop (where.ts placeBesideFocus)', () => {
  const ranked = [{ index: 0, coverage: 0.8, bm25: 1, windowCoverage: 0.8 }];

  it('finds the place when the sentence ends right after it', () => {
    const parsed = parseArticle({ text: 'Mayor Ilse Varga took questions on Monday at a briefing in Lyon.' });
    const q = parseQuestion('Where did Varga hold the briefing?');
    expect(placeBesideFocus(parsed, q.focus, ranked)?.text).toBe('Lyon');
  });

  it('reads through a closing quotation mark too', () => {
    const parsed = parseArticle({ text: '“We will not give up,” Varga told the rally in Lyon.”' });
    const q = parseQuestion('Where was the rally?');
    expect(placeBesideFocus(parsed, q.focus, ranked)?.text).toBe('Lyon');
  });

  it('keeps the full stop of an abbreviation that is the place', () => {
    const parsed = parseArticle({ text: 'Tarn Boats opened its first office in the U.S.' });
    const q = parseQuestion('Where did Tarn Boats open its first office?');
    expect(placeBesideFocus(parsed, q.focus, ranked)?.text).toBe('the U.S.');
  });
});

describe('the place the question itself names is no answer to "where in <it>?" (where.ts placeBesideFocus)', () => {
  it('passes over the named region and takes no other run for it', () => {
    const ranked = [{ index: 0, coverage: 0.8, bm25: 1, windowCoverage: 0.8 }];
    const parsed = parseArticle({ text: 'The two engineers were working in Portugal.' });
    expect(
      placeBesideFocus(parsed, parseQuestion('Where in Portugal were the engineers working?').focus, ranked),
    ).toBeNull();
    expect(
      placeBesideFocus(parsed, parseQuestion('Where were the engineers working?').focus, ranked)?.text,
    ).toBe('Portugal');
  });
});

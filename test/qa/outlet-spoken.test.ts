import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { outletSpokenTo } from '../../src/qa/outlet-spoken.js';
import { parseQuestion } from '../../src/qa/question.js';

/** The outlet a person spoke to, written after the speech verb rather than the question's verb. Invented text. */

const text = `Mayor Tilda Varnholm defended the new ferry fares on Tuesday.
“The old fares never paid for the boats,” Varnholm told KVTN Tuesday when asked about the complaints.
Councillor Bram Ostby, speaking on Radio Kellmouth, called the fares a tax on commuters.
Varnholm and Ostby later met at the harbour office.`;

describe('outletSpokenTo', () => {
  const parsed = parseArticle({ text });
  const all = parsed.sentences.map((_, index) => ({ index, coverage: 0.6, bm25: 0, windowCoverage: 0.6 }));

  it('reads the receiver of "told", leaving the weekday out', () => {
    const found = outletSpokenTo(parsed, parseQuestion('Which network interviewed Varnholm?'), all);
    expect(found?.text).toBe('KVTN');
  });

  it('reads the outlet after "speaking on" for "did X speak" questions', () => {
    const found = outletSpokenTo(parsed, parseQuestion('On which station did Ostby speak?'), all);
    expect(found?.text).toBe('Radio Kellmouth');
  });

  it('answers only a single outlet asked for by a verb of speaking', () => {
    expect(outletSpokenTo(parsed, parseQuestion('Which networks interviewed Varnholm?'), all)).toBeNull();
    expect(outletSpokenTo(parsed, parseQuestion('Which network sued Varnholm?'), all)).toBeNull();
    expect(outletSpokenTo(parsed, parseQuestion('Who interviewed Varnholm?'), all)).toBeNull();
  });
});

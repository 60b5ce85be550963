import { describe, expect, it } from 'vitest';
import { reasonClauses } from '../src/qa/reason.js';

/** Reason clauses added in session 12, on invented news sentences. */
const clausesOf = (sentence: string) => reasonClauses(sentence).map((c) => sentence.slice(c.start, c.end));

describe('reasonClauses: a fronted "given" and a participle of fear or belief', () => {
  it('reads a sentence-opening "Given ..." up to its comma as the ground', () => {
    expect(clausesOf('Given the cost of the new bridge, the council of Havel will wait a year.')).toContain(
      'Given the cost of the new bridge',
    );
  });

  it('does not read "given" inside the sentence as a fronted ground', () => {
    expect(clausesOf('The council was given a new budget by the province of Havel.')).toEqual([]);
  });

  it('reads ", fearing ..." up to the next comma as the motive', () => {
    expect(
      clausesOf('The yard owners in Brask, fearing a long strike, closed the gates on Monday.'),
    ).toContain('fearing a long strike');
  });

  it('reads ", believing ..." at the end of the sentence as the motive', () => {
    expect(
      clausesOf('Union members called for the chair to resign, believing she had sided with the owners.'),
    ).toContain('believing she had sided with the owners');
  });

  it('leaves "worried" after a comma alone, as it is often the main verb', () => {
    expect(clausesOf('Her neighbour, a baker, worried that the market would close.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { reasonClauses } from '../src/qa/reason.js';

/** Reason and purpose clauses for "why" questions, on invented news sentences. */
const clausesOf = (sentence: string) => reasonClauses(sentence).map((c) => sentence.slice(c.start, c.end));

describe('reasonClauses on purpose and feeling', () => {
  it('reads "to focus on ..." as a purpose although the verb ends in "s"', () => {
    expect(clausesOf('The senator skipped the fair in Orlen to focus on the coastal towns.')).toContain(
      'to focus on the coastal towns',
    );
  });

  it('still reads "to talks" as a destination, not a purpose', () => {
    expect(clausesOf('The envoy returned home before heading to talks in Varn.')).toEqual([]);
  });

  it('reads a purpose after a comma and a participle of aiming ("trying to ...")', () => {
    expect(clausesOf('Rival donors back the mayor’s challenger, trying to weaken the mayor.')).toContain(
      'to weaken the mayor',
    );
  });

  it('keeps "trying to" without the comma a complement, not a purpose', () => {
    expect(clausesOf('The mayor is trying to weaken her rival.')).toEqual([]);
  });

  it('reads what a feeling is about ("angry at ...") as the reason', () => {
    expect(clausesOf('The coach, angry at how the league had fined him; skipped the dinner.')).toContain(
      'angry at how the league had fined him',
    );
  });
});

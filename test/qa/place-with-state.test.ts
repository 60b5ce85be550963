import { describe, expect, it } from 'vitest';
import { withState } from '../../src/qa/where.js';

/** A town's answer takes the state written after it; a list of states stays cut. Invented text. */
describe('a place with its state', () => {
  it('takes the state abbreviation written after the town', () => {
    expect(withState('Vellport', 'The suit was filed in Vellport, Ore., on Monday.')).toBe('Vellport, Ore.');
  });

  it('takes a state written out at the end of the sentence', () => {
    expect(withState('Quay Falls', 'She grew up in Quay Falls, Vermont.')).toBe('Quay Falls, Vermont');
  });

  it('takes the state of a "<town>, <state>-based" modifier, without "-based"', () => {
    expect(withState('Vellport', 'The Vellport, Ore.-based ferry line cut two routes.')).toBe(
      'Vellport, Ore.',
    );
    expect(withState('Quay Falls', 'A Quay Falls, Vermont-based mill closed.')).toBe('Quay Falls, Vermont');
  });

  it('leaves a place in a list of states as it is', () => {
    expect(withState('Ohio', 'Ana Ruiz won Ohio, Texas and Utah.')).toBe('Ohio');
    expect(withState('Ohio', 'Ana Ruiz won Ohio, Texas, and Utah.')).toBe('Ohio');
  });
});

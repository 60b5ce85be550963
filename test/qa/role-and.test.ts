import { describe, expect, it } from 'vitest';
import { roleThroughComplement } from '../../src/qa/role-extent.js';

/** "Who is X?": an apposition's role goes on after "and" to the comma that closes it. Invented text. */

describe('roleThroughComplement after "and"', () => {
  it('takes the words after "and" up to the closing comma', () => {
    const s =
      'said Edda Morrow, deputy head of harbour law and shipping policy at the Vell Institute, a research group.';
    expect(roleThroughComplement(s, 'deputy head of harbour law')).toBe(
      'deputy head of harbour law and shipping policy at the Vell Institute',
    );
  });

  it('stops at "and said"', () => {
    const s = 'Piet Arnal, a ferry pilot and said the pier was unsafe, left early.';
    expect(roleThroughComplement(s, 'a ferry pilot')).toBe('a ferry pilot');
  });
});

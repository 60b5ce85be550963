import { describe, expect, it } from 'vitest';
import { reasonClauses } from '../../src/qa/reason.js';

/** The text of each clause the reason reader finds in an invented sentence. */
const clauses = (sentence: string) => reasonClauses(sentence).map((c) => sentence.slice(c.start, c.end));

describe('reason cues behind a verb of judging or dispute, looked for only where the verb is written', () => {
  it('finds "for" after a verb of judging, in any case, up to three words away', () => {
    expect(clauses('The ferry line was fined heavily for the late sailings.')).toContain(
      'for the late sailings',
    );
    expect(clauses('PILOTS CRITICIZED THE CREW FOR LATE SAILINGS.')).toContain('FOR LATE SAILINGS');
  });

  it('finds "over" after a verb of dispute', () => {
    expect(clauses('Rowers sued the harbour trust over the new mooring fees.')).toContain(
      'over the new mooring fees',
    );
  });

  it('reads no cause in "for" or "over" where no such verb is written', () => {
    expect(clauses('The crew waited for the tide over the weekend.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { reasonClauses } from '../../src/qa/reason.js';

/** Reason phrases news writes without "because": "out of <motive>", "<judged> for <noun>". Invented text. */

const reasons = (sentence: string) =>
  reasonClauses(sentence)
    .filter((c) => c.cue === 'because')
    .map((c) => sentence.slice(c.start, c.end));

describe('reason phrases', () => {
  it('reads "out of <motive>" as the reason someone acted', () => {
    expect(reasons('The mayor closed the pier out of safety concerns on Friday.')).toEqual([
      'out of safety concerns on Friday',
    ]);
    // "out of" a place or a race gives no reason.
    expect(reasons('The skipper stepped out of the wheelhouse.')).toEqual([]);
  });

  it('reads "for <noun phrase>" after a verb of judging as the reason, but not a span of time', () => {
    expect(reasons('Two pilots were dropped for poor safety ratings.')).toEqual(['for poor safety ratings']);
    expect(reasons('Councillors criticized the Harbour Trust for the fare rise.')).toEqual([
      'for the fare rise',
    ]);
    expect(reasons('The clerk was suspended for two weeks.')).toEqual([]);
  });
});

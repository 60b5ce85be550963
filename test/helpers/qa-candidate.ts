import type { Candidate } from '../../src/qa/candidates.js';

/**
 * A candidate phrase for `text` where it first stands in `sentence`, as the candidate finder
 * would give it: a noun chunk by default; `overrides` sets what a test is about (a named entity,
 * no chunk).
 */
export function candidateAt(
  sentence: string,
  text: string,
  kind: Candidate['kind'],
  overrides: Partial<Candidate> = {},
): Candidate {
  const start = sentence.indexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    first: 0,
    last: 0,
    kind,
    named: false,
    entity: false,
    chunk: true,
    dateIndex: null,
    cue: null,
    ...overrides,
  };
}

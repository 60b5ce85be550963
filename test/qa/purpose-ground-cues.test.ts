import { describe, expect, it } from 'vitest';
import { consequenceReason } from '../../src/qa/consequence.js';
import { parseQuestion } from '../../src/qa/question.js';
import { reasonClauses } from '../../src/qa/reason.js';
import { saysUnknown } from '../../src/qa/unknown.js';

/** Session 13 cues of a purpose or a ground, and a reputation that is no "not known". Invented text. */

const reasons = (sentence: string) =>
  reasonClauses(sentence)
    .filter((c) => c.cue === 'because')
    .map((c) => sentence.slice(c.start, c.end));

describe('purpose phrases', () => {
  it('reads "as a way to" and "in hopes of" as the purpose of the act', () => {
    expect(reasons('The harbour master rang every bell as a way to wake the ferryman.')).toEqual([
      'as a way to wake the ferryman',
    ]);
    expect(reasons('Volunteers knocked on every door in hopes of a late swing, organisers said.')).toEqual([
      'in hopes of a late swing',
    ]);
    // "the way to" alone is no purpose.
    expect(reasons('Nobody knew the way to the quay.')).toEqual([]);
  });
});

describe('an aim or reason named with a possessive or an ordinal', () => {
  it('reads "its main goal was to" and "the second reason is that" as the stated aim or reason', () => {
    expect(reasons('The Vell Trust says its main goal was to keep the pier open.')).toEqual([
      'its main goal was to keep the pier open',
    ]);
    expect(reasons('The second reason is that the tide tables were wrong.')).toEqual([
      'The second reason is that the tide tables were wrong',
    ]);
  });

  it('not an aim only supposed in an "if" clause, nor a goal that is a target', () => {
    expect(reasons('We wondered if their goal was to stall the vote.')).toEqual([]);
    expect(reasons('Their turnout goal was 4,000 voters.')).toEqual([]);
  });
});

describe('"citing" gives the ground of the act', () => {
  it('after a comma, up to the end of the clause', () => {
    expect(reasons('The mill in Tarnby shut early on Monday, citing the heat.')).toEqual(['citing the heat']);
  });

  it('at the start of a sentence, up to its comma', () => {
    expect(reasons('Citing a family matter, the coach of the Vell Rovers skipped the final.')).toEqual([
      'Citing a family matter',
    ]);
  });

  it('not when a source is cited for a fact', () => {
    expect(reasons('The ferry line lost money, the Courier reported, citing two officials.')).toEqual([]);
    expect(reasons('The mayor will resign, the paper said, citing internal documents.')).toEqual([]);
  });
});

describe('", which is why" joins a cause to its result', () => {
  it('the clause before it answers a question about the result', () => {
    const sentences = ['The ferry was late again, which is why the market opened at noon.'];
    const found = consequenceReason(
      { sentences },
      [{ index: 0, coverage: 0.8, bm25: 0, windowCoverage: 0.8 }],
      parseQuestion('Why did the market open at noon?').focus,
      0.5,
    );
    expect(found?.text).toBe('The ferry was late again');
  });
});

describe('a reputation is not something unknown', () => {
  it('"not known as/for" says nothing is missing', () => {
    expect(saysUnknown('Orla Venn is not known as a patient negotiator.', 'reason')).toBe(false);
    expect(saysUnknown('For a council not known for its thrift, the budget is lean.', 'reason')).toBe(false);
  });

  it('a real "not known" still is, even after a reputation or with "as of"', () => {
    expect(saysUnknown('It is not known as of Friday why the pier closed.', 'reason')).toBe(true);
    expect(saysUnknown('Venn, not known for patience, did not say why she left.', 'reason')).toBe(true);
  });
});

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

describe('reasonClauses: "go after" is a verb, not a preceding event', () => {
  it('does not read "went after the mayor" as the event that came first', () => {
    const sentence = 'The councillor went after the mayor on Tuesday over the unpaid ferry bills.';
    expect(reasonClauses(sentence).filter((c) => c.cue === 'after')).toEqual([]);
  });

  it('still reads "came after" as a preceding event', () => {
    expect(clausesOf('The vote came after the ferry company raised its fares.')).toContain(
      'after the ferry company raised its fares',
    );
  });
});

describe('reasonClauses: "over" after a verb of attack, and "refusal to"', () => {
  it('reads "sued the port over the new tolls" as what the suit was about', () => {
    expect(clausesOf('The hauliers of Brask sued the port over the new tolls on Monday.')).toContain(
      'over the new tolls on Monday',
    );
  });

  it('does not read "over the past year" as a reason', () => {
    expect(clausesOf('Residents criticized the mayor over the past year.')).toEqual([]);
  });

  it('reads "refusal to" as a complement, not a purpose', () => {
    expect(clausesOf('The union cited the board’s refusal to publish the rules.')).toEqual([]);
  });
});

describe('clauseEnd at a participle of speech', () => {
  it('ends the reason before ", calling it ..."', () => {
    expect(
      clausesOf('The mayor attacked the board over its refusal to cut tolls, calling the plan a disgrace.'),
    ).toContain('over its refusal to cut tolls');
  });
});

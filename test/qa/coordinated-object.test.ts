import { describe, expect, it } from 'vitest';
import { coordinated, withCoordinatedPart } from '../../src/qa/coordinated-object.js';

/** A reply cut at "and" takes the second conjunct of a coordinated noun phrase. Invented text. */

describe('coordinated noun phrase kept whole', () => {
  it('takes "and <noun phrase>" that closes at a relative word, with the leading article', () => {
    const s = 'The crew hauled a rusty winch and ropes that the harbour master had lent them.';
    expect(withCoordinatedPart('rusty winch', s)).toBe('a rusty winch and ropes');
  });

  it('reads a plural closing the sentence as a noun, and keeps an abbreviation’s stop', () => {
    expect(
      withCoordinatedPart('student grants', 'Money from the gala goes toward student grants and prizes.'),
    ).toBe('student grants and prizes');
    expect(
      withCoordinatedPart('Alder Corp', 'The fund holds Alder Corp. and Briar Mills, two mill owners.'),
    ).toBe('Alder Corp. and Briar Mills');
  });

  it('leaves a reply alone when "and" opens a new clause', () => {
    const s = 'She praised the ferry timetable and sailed to the island on Monday.';
    expect(withCoordinatedPart('the ferry timetable', s)).toBe('the ferry timetable');
  });

  it('keeps one conjunct when the question asks for one thing', () => {
    const s = 'The fund holds Alder Corp. and Briar Mills, two mill owners.';
    expect(coordinated({ type: 'organisation', askedNoun: 'company' }, 'Alder Corp', s)).toBe('Alder Corp');
    expect(coordinated({ type: 'organisation', askedNoun: 'companies' }, 'Alder Corp', s)).toBe(
      'Alder Corp. and Briar Mills',
    );
    expect(coordinated({ type: 'person', askedNoun: null }, 'Alder Corp', s)).toBe('Alder Corp');
  });
});

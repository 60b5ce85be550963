import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/qa/question.js';

/** "In which years ...?" asks for dates, as "in which year" does (session 12). */
describe('parseQuestion: plural time nouns', () => {
  it('reads "In which years did the council vote ...?" as a date question', () => {
    expect(parseQuestion('In which years did the Brask council vote to raise the tolls?').type).toBe('date');
  });

  it('reads "Over which months did the works close the bridge?" as a date question', () => {
    expect(parseQuestion('Over which months did the works close the Havel bridge?').type).toBe('date');
  });
});

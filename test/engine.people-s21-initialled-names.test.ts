import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

// Invented text: the people, clubs and places are made up.

/** Each person as "name [aliases]", aliases sorted, so a test reads as the people listed. */
function peopleOf(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.map(
    (p) => `${p.name} [${[...p.aliases].sort().join('|')}]`,
  );
}

describe('a name with its given name as initials joins the person named in full (initialled-names.ts)', () => {
  it('given "B. Vellander" in a results line and "Boris Vellander" in the story, they are one person', () => {
    const people = peopleOf([
      'Boris Vellander won the final in Tarvik on Sunday after a long rain delay.',
      'Results: 1. B. Vellander 3 hours 2 minutes, 2. Tomas Harrow 3 hours 5 minutes.',
    ]);
    expect(people.filter((p) => p.includes('Vellander'))).toEqual([
      'Boris Vellander [B. Vellander|Vellander]',
    ]);
  });

  it('joins the initialled form written first to the full name written after it', () => {
    const people = peopleOf([
      'The Dunmore board made E.J. Mardle its chair in 1990, a post he held for a decade.',
      'Eddie Mardle died on Friday at 88, his family said.',
    ]);
    expect(people.filter((p) => p.includes('Mardle'))).toEqual(['Eddie Mardle [E.J. Mardle|Mardle]']);
  });

  it('keeps an initial that opens neither given name apart, and still joins the one that matches', () => {
    const people = peopleOf([
      'Mark Vellander and Steve Vellander both batted for Dunmore on Saturday.',
      'M. Vellander made 40 before he was caught at slip.',
      'R. Vellander, a cousin, did not play.',
    ]);
    expect(people.filter((p) => p.includes('Vellander'))).toEqual([
      'Mark Vellander [M. Vellander|Vellander]',
      'Steve Vellander [Vellander]',
      'R. Vellander [Vellander]',
    ]);
  });
});

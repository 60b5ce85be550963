import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

/** Each person as "name [aliases]", aliases sorted, so a test reads as the people listed. */
function peopleOf(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.map(
    (p) => `${p.name} [${[...p.aliases].sort().join('|')}]`,
  );
}

describe('one person under several forms (people.ts)', () => {
  it('given a full name ending in "Jr." and the surname with a title later, folds them into one person', () => {
    const people = peopleOf([
      'Admiral Tomas B. Harrow Jr. took command of the Tarvik fleet on Monday.',
      'Admiral Harrow said the fleet would sail in spring.',
    ]);
    expect(people).toEqual(['Tomas B. Harrow Jr. [Admiral Harrow|Harrow]']);
  });

  it('given a title the tagger read into the name ("Justice Quist"), joins the person named in full', () => {
    const people = peopleOf([
      'Justice Mara Quist wrote the opinion for the court on Monday.',
      'Later, while Justice Quist overtook Justice Ana Rolle as the most liberal member, her votes drew notice.',
    ]);
    expect(people).toEqual(['Mara Quist [Justice Quist|Quist]', 'Ana Rolle [Rolle]']);
  });

  it('given a couple with one surname, "Mrs." goes to her and "Mr." to him', () => {
    const people = peopleOf([
      'Tom Rusk and Ada Rusk opened the bakery in Dunmore in 1990.',
      'Mrs. Rusk bakes the bread, and Mr. Rusk keeps the books.',
    ]);
    expect(people).toEqual(['Tom Rusk [Mr. Rusk|Rusk]', 'Ada Rusk [Mrs. Rusk|Rusk]']);
  });

  it('given "Mr." and "Mrs." of one surname and only him named in full, she is a person of her own; one honorific alone stays with him', () => {
    expect(
      peopleOf([
        'Tom Vane opened the bakery in Dunmore in 1990.',
        'Mr. Vane bakes the bread, and Mrs. Vane keeps the books.',
      ]),
    ).toEqual(['Tom Vane [Mr. Vane|Vane]', 'Vane [Mrs. Vane]']);
    // A given-name list may be wrong about a name: with no honorific of the other gender, it decides nothing.
    expect(
      peopleOf(['Lindsey Dorr opened the bakery in Dunmore in 1990.', 'Mr. Dorr bakes the bread.']),
    ).toEqual(['Lindsey Dorr [Dorr|Mr. Dorr]']);
  });
});

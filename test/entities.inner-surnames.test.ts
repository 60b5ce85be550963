import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

/** Each person the entity stage finds, as its name and aliases. */
function people(sentences: string[]): { name: string; aliases: string[] }[] {
  return extractEntities(sentenceDoc(sentences)).people.map((p) => ({ name: p.name, aliases: p.aliases }));
}

describe('a lone inner word of a name of three words or more is that person (people.ts innerSurnameOwner)', () => {
  it('given a first of two surnames or a cut compound surname alone, it joins the person named in full', () => {
    const found = people([
      'Carlos Manuel Dorra Velasco, the consul general, will take the post in May.',
      'Dorra, the incoming ambassador, said he was honoured.',
      'Rep. Ada Kessler Marsh won her primary on Tuesday.',
      'Kessler said she was pleased.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Carlos Manuel Dorra Velasco', 'Ada Kessler Marsh']);
    expect(found[0]?.aliases).toContain('Dorra');
    expect(found[1]?.aliases).toContain('Kessler');
  });

  it('given an honorific of the other gender, the word stays another person', () => {
    const found = people([
      'Carlos Manuel Dorra Velasco, the consul general, will take the post in May.',
      'Ms. Dorra, his sister, said she was proud.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Carlos Manuel Dorra Velasco', 'Dorra']);
  });
});

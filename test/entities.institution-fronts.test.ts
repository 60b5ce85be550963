import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

/** Every form of every person the entity stage finds. */
function peopleForms(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.flatMap((p) => [p.name, ...p.aliases]);
}

describe('a one-word name heading an institution the article names is that institution (institution-fronts.ts)', () => {
  it('given "X College" or "X Group" in the article, X alone is no person', () => {
    const forms = peopleForms([
      'Students at Hartley College protested on Monday.',
      'Hartley said it would not raise fees next year.',
      'The Greenholm Party won two seats, said Ada Vell.',
      'Morrow Group shares rose.',
      'Morrow announced a deal with Tom Rusk.',
    ]);
    expect(forms).not.toContain('Hartley');
    expect(forms).toEqual(expect.arrayContaining(['Ada Vell', 'Tom Rusk']));
  });

  it('given a surname inside a longer name, a given name, or a person named in full, the person stays', () => {
    const forms = peopleForms([
      'She told her story on Jo Kessler Investigative Radio last week.',
      'Kessler said two other women had called the show.',
      'Tom Rusk founded the Rusk Foundation in 2001.',
      'Rusk said the charity would grow.',
    ]);
    expect(forms).toEqual(expect.arrayContaining(['Kessler', 'Tom Rusk', 'Rusk']));
  });
});

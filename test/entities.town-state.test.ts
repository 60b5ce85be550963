import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

/** Every form of every person the entity stage finds. */
function peopleForms(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.flatMap((p) => [p.name, ...p.aliases]);
}

describe('a name followed by a comma and a US state closing the phrase is a town (town-state.ts)', () => {
  it('given "<name>, <state>," or a signature line "<name>, Calif.", the name is no person', () => {
    const forms = peopleForms([
      'Ada Vell, a nurse from Cedar Key, Fla., said she would vote.',
      'Rusk claimed that Kelton, Missouri, has more crime than Chicago.',
      'Tom Rusk wrote the letter.',
      'Harlow Beach, Calif.',
    ]);
    expect(forms).not.toContain('Cedar Key');
    expect(forms).not.toContain('Kelton');
    expect(forms).not.toContain('Harlow Beach');
    expect(forms).toEqual(expect.arrayContaining(['Ada Vell', 'Tom Rusk']));
  });

  it('given a state opening the next title or a role, or a full name, the person stays', () => {
    const forms = peopleForms([
      'Former Florida Gov. Jeb Vell, Kentucky Sen. Tom Rusk and others spoke on Monday.',
      'Mara Dunhill, South Carolina organiser for Vell, said so.',
    ]);
    expect(forms).toEqual(expect.arrayContaining(['Jeb Vell', 'Tom Rusk', 'Mara Dunhill']));
  });
});

import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { sentenceDoc } from './helpers/docs.js';

/** Every form of every person the entity stage finds. */
function peopleForms(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.flatMap((p) => [p.name, ...p.aliases]);
}

describe('a name right before a company officer or owner is the company (company-officers.ts)', () => {
  it('given "X executives", "X CEO Y" or "a X board member", X is no person wherever it stands', () => {
    const forms = peopleForms([
      'Tom Rusk met Dorvane CEO Ada Vell in Velmont on Monday.',
      'Dorvane has been shopping itself for months, Rusk said.',
      'Kelbrix executives conceded on the call that the walkout hurt sales.',
      'Her lawyer, Jo Marsh, a Quelvo board member, declined to comment.',
      'Quelvo said in a statement it would appeal.',
    ]);
    expect(forms).not.toContain('Dorvane');
    expect(forms).not.toContain('Kelbrix');
    expect(forms).not.toContain('Quelvo');
    expect(forms).toEqual(expect.arrayContaining(['Tom Rusk', 'Ada Vell', 'Jo Marsh']));
  });

  it("given a person's staff after the name, the person stays", () => {
    const forms = peopleForms([
      'Tom Rusk spoke in Velmont on Monday.',
      'Rusk spokesman Ben Oakes said the campaign would appeal.',
      'Two former Rusk employees declined to comment.',
    ]);
    expect(forms).toEqual(expect.arrayContaining(['Tom Rusk', 'Rusk', 'Ben Oakes']));
  });
});

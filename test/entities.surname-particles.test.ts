import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

describe('two-word surnames with a one-word Dutch particle (issue 11, round 3)', () => {
  it('given a surname opening with "Vanden" or "Vander", keeps the particle in the surname alias', () => {
    const article = parseArticle({
      text: 'Harbour news\n\nAda Vanden Rusk chairs the board. Vanden Rusk said the vote would go ahead. Tom Vander Marr agreed.',
      title: '',
    });
    const aliases = Object.fromEntries(article.people.map((p) => [p.name, p.aliases]));
    expect(aliases['Ada Vanden Rusk']).toContain('Vanden Rusk');
    expect(aliases['Tom Vander Marr']).toEqual(['Vander Marr']);
  });
});

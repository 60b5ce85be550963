import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/engine/schema.js';
import { sentenceCandidates } from '../../src/qa/candidates.js';
import { sentencesArticle } from '../helpers/articles.js';

/** Each candidate of the one invented sentence as kind:text. */
const texts = (sentence: string, extra: Partial<ParsedArticle> = {}) =>
  sentenceCandidates(sentencesArticle([sentence], extra), 0, { reason: false }).candidates.map(
    (c) => `${c.kind}:${c.text}`,
  );

const person = (name: string, aliases: string[] = []) => ({
  name,
  aliases,
  roles: [],
  mentions: 1,
  gender: null,
  firstSentence: 0,
});

describe('candidate finders skip sentences by a cheap forward test, finding the same phrases', () => {
  it('places a name form whose first word the sentence writes, and skips one it does not', () => {
    const found = texts('Skipper Orla Venn moored at the quay after Brisk sailed.', {
      people: [person('Orla Venn', ['Venn']), person('Tam Brisk-Hale')],
    });
    expect(found).toContain('person:Orla Venn');
    // "Brisk" is written, but not as the whole first word of any form of Tam Brisk-Hale.
    expect(found.some((c) => c.startsWith('person:') && c.includes('Brisk'))).toBe(false);
  });

  it('reads a span of time only where a unit of time is written, in any case', () => {
    expect(texts('The quay stayed shut for two weeks.')).toEqual(
      expect.arrayContaining(['number:two weeks', 'date:for two weeks']),
    );
    expect(texts('THE QUAY STAYED SHUT FOR TWO WEEKS.')).toContain('number:TWO WEEKS');
    expect(texts('The quay stayed shut for two tides.').some((c) => c.startsWith('date:'))).toBe(false);
  });

  it('joins list items only across a comma, "and" or "or", never across a longer gap', () => {
    expect(texts('Crews carried ropes, nets and buoys.')).toContain('phrase:ropes, nets and buoys');
    expect(texts('Crews loaded ropes, they said, and nets.').some((c) => c.includes('ropes,'))).toBe(false);
  });
});

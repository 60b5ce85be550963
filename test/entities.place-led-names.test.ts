import { describe, expect, it } from 'vitest';
import { settleAcrossArticle } from '../src/engine/entities/consistency.js';
import type { Mention } from '../src/engine/entities/mentions/index.js';
import { mentionOf } from './helpers/mentions.js';

// Invented names: "Ostria" stands for no real place; the lexicon's places used are common ones.
const mention = mentionOf;

const kinds = (ms: Mention[]) => ms.map((m) => `${m.text}:${m.kind}`);

describe('a name opening with a place, typed a person by the tagger (consistency.ts)', () => {
  it('does not make the lone place at its end a person', () => {
    const settled = settleAcrossArticle(
      [mention('North Ostria', 'person', 0), mention('Ostria', 'place', 1)],
      () => 'said',
    );
    expect(kinds(settled)).toContain('Ostria:place');
  });

  it('does not make a team named after a city a surname', () => {
    const settled = settleAcrossArticle(
      [mention('Atlanta Herons', 'person', 0), mention('Herons', 'organization', 1)],
      () => 'the',
    );
    expect(kinds(settled)).toContain('Herons:organization');
  });

  it('still reads a given name that is also a place as a person’s first name', () => {
    const settled = settleAcrossArticle(
      [mention('Georgia Vellmar', 'person', 0), mention('Vellmar', 'organization', 1)],
      () => 'said',
    );
    expect(kinds(settled)).toContain('Vellmar:person');
  });
});

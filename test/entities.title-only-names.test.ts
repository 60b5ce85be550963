import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { isTitleOnlyName } from '../src/engine/entities/title-only-names.js';
import { sentenceDoc } from './helpers/docs.js';
import { mentionOf } from './helpers/mentions.js';

/** Every form of every person the entity stage finds, lower-cased. */
function peopleForms(sentences: string[]): string[] {
  return extractEntities(sentenceDoc(sentences)).people.flatMap((p) =>
    [p.name, ...p.aliases].map((f) => f.toLowerCase()),
  );
}

/** A one-word person mention with the title or honorific the tagger read before it. */
function titled(text: string, titleText: string | null) {
  return { ...mentionOf(text, 'person', 0), titleText };
}

describe('a "person" named only by titles and role nouns is an office (title-only-names.ts)', () => {
  it('given an office alone, an address form or a plural title, it is no person', () => {
    expect(isTitleOnlyName(titled('Chairwoman', null), new Set())).toBe(true);
    expect(isTitleOnlyName(titled('Chair', 'Madam'), new Set())).toBe(true);
    expect(isTitleOnlyName(titled('Justice', 'Chief'), new Set())).toBe(true);
    expect(isTitleOnlyName(titled('Senators', null), new Set())).toBe(true);
    expect(isTitleOnlyName(titled('Editor-in-Chief', null), new Set())).toBe(true);
  });

  it('given a surname that is a title, after an honorific or ending a full name, or a sovereign, it stays', () => {
    expect(isTitleOnlyName(titled('King', 'Mr.'), new Set())).toBe(false);
    expect(isTitleOnlyName(titled('Bishop', null), new Set(['Bishop']))).toBe(false);
    expect(isTitleOnlyName(titled('Queen', null), new Set())).toBe(false);
    expect(isTitleOnlyName(titled('Pope', null), new Set())).toBe(false);
    expect(isTitleOnlyName(titled('Vell', null), new Set())).toBe(false);
  });

  it('given an article naming offices beside people, only the people are found', () => {
    const forms = peopleForms([
      "The former Chairwoman's laptop was stolen, officials said on Tuesday.",
      'Madame Chair, delegates, good people of Ostria, I thank you.',
      'Majority Leader Tom Rusk and Whip Ada Vell backed the bill.',
      'Tom Dean spoke at the rally on Monday.',
      'Dean said no to the plan.',
      'Mr. King said he agreed.',
    ]);
    expect(forms).not.toContain('chairwoman');
    expect(forms).not.toContain('chair');
    expect(forms).not.toContain('whip');
    expect(forms).toEqual(expect.arrayContaining(['tom rusk', 'ada vell', 'tom dean', 'dean', 'mr. king']));
  });
});

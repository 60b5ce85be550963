import { describe, expect, it } from 'vitest';
import { SpeakerBook } from '../src/engine/quotes/names.js';

describe('speaker book look-ups', () => {
  it('finds a speaker added after the same name was looked up and missed', () => {
    const book = new SpeakerBook({ people: [], organizations: [], places: [] });
    expect(book.find('Marta Quell', 'person')).toBeNull();
    expect(book.find('Quell')).toBeNull();
    const marta = book.add({
      name: 'Marta Quell',
      kind: 'person',
      gender: 'female',
      role: null,
      forms: new Set(['marta quell', 'quell']),
      confirmed: true,
    });
    expect(book.find('Marta Quell', 'person')).toBe(marta);
    expect(book.find('Quell')).toBe(marta);
    expect(book.find('Quell', 'org')).toBeNull();
  });

  it('keeps answers for different kinds of the same name apart', () => {
    const book = new SpeakerBook({ people: [], organizations: [], places: [] });
    const org = book.organisation('Fenwick Mills', true);
    expect(book.find('Fenwick Mills', 'org')).toBe(org);
    expect(book.find('Fenwick Mills', 'person')).toBeNull();
    expect(book.find('Fenwick Mills')).toBe(org);
  });
});

import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/engine/schema.js';
import { withFullName } from '../../src/qa/full-name.js';

/** "Who ...?" answered with a surname alone takes the full name the article gives. Invented names. */

const person = (name: string) => ({ name, aliases: [], roles: [] });
const article = (...names: string[]) => ({ people: names.map(person) }) as unknown as ParsedArticle;

describe('withFullName', () => {
  it('gives the full name of the one person with that surname', () => {
    expect(withFullName('Voss', article('Lina Voss', 'Teo Marsh'), 'Voss said the pier would close.')).toBe(
      'Lina Voss',
    );
  });

  it('leaves a surname two people share as written', () => {
    expect(withFullName('Voss', article('Lina Voss', 'Anton Voss'), 'Voss said the pier would close.')).toBe(
      'Voss',
    );
  });

  it('prefers the one the evidence writes in full', () => {
    expect(
      withFullName(
        'Voss',
        article('Lina Voss', 'Anton Voss'),
        'Anton Voss thanked the crew; Voss then left.',
      ),
    ).toBe('Anton Voss');
  });

  it('leaves it when the evidence gives the surname another first name the engine missed', () => {
    expect(withFullName('Voss', article('Lina Voss'), 'the boat carried young Piet Voss home')).toBe('Voss');
  });

  it('leaves full names and non-names alone', () => {
    expect(withFullName('Teo Marsh', article('Teo Marsh'), '')).toBe('Teo Marsh');
    expect(withFullName('the harbour board', article('Lina Voss'), '')).toBe('the harbour board');
  });
});

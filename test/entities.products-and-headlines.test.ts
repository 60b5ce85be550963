import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

const people = (text: string) => parseArticle({ text, title: '' }).people.map((p) => p.name);

describe('false people from products, laws, places and headlines (issue 11, round 3)', () => {
  it("given a maker, a model number and the model's name, finds no person in the model but keeps a rider after a rank", () => {
    expect(people('Harbour news\n\nA Boeing 737 Max landed safely in Brannock, said Ada Vell.')).toEqual([
      'Ada Vell',
    ]);
    expect(people('Harbour news\n\nThe Airbus A320 Neo was grounded, said Ada Vell.')).toEqual(['Ada Vell']);
    expect(people('Honda 4 Tom Rusk')).toEqual(['Tom Rusk']);
  });

  it("given a statute's name ending in Act on a line of its own, finds no person in it", () => {
    expect(people('Harbour news\n\nEvery Pupil Succeeds Act')).toEqual([]);
  });

  it('given a place named "<Name> City", finds no person in it', () => {
    expect(
      people(
        'Harbour news\n\nFar from either Garrison City or Dalton City, the towns are small, Ada Vell said.',
      ),
    ).toEqual(['Ada Vell']);
    expect(people('Harbour news\n\nAda Vell and Hollis City officials met.')).toEqual(['Ada Vell']);
  });

  it('given words of a title-case headline the article also writes in lower case, finds no person in them', () => {
    expect(
      people(
        'Harbour news\n\nQuarry Safety Check. The council will check the quarry on Monday, said Ada Vell.',
      ),
    ).toEqual(['Ada Vell']);
  });
});

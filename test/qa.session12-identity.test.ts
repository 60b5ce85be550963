import { describe, expect, it } from 'vitest';
import { isTitleAbbreviation, roleThroughComplement } from '../src/qa/role-extent.js';
import { articleToAsk } from './helpers/qa-article.js';

/** "Who is X?" answered with the whole description news writing sets off; invented articles. */
describe('"who is X?": the role as far as its apposition runs', () => {
  it('goes on past a preposition to the comma that closes the apposition', async () => {
    const { ask, close } = await articleToAsk(
      'Flood defences along the Kell estuary will be raised by a metre, the council said on Monday.\n\n' +
        '“The tide has beaten every forecast we made,” said Orla Penhallow, an expert on tidal surges at the Harwell Marine Institute, who advised the council.\n\n' +
        'Work is due to start in the spring.',
    );
    const r = await ask('Who is Orla Penhallow?');
    await close();
    expect(r.answer).toContain('an expert on tidal surges at the Harwell Marine Institute');
    expect(r.answer).not.toContain('advised');
  });

  it('adds the post to a bare rank written before the name', async () => {
    const { ask, close } = await articleToAsk(
      'The harbour bill cleared its first vote on Tuesday.\n\n' +
        'It was backed by Sen. Maren Tollefsen of Norland, the ranking member of the Harbour Committee, who called it overdue.\n\n' +
        'A second vote is expected next month.',
    );
    const r = await ask('Who is Maren Tollefsen?');
    await close();
    expect(r.answer).toContain('Sen.');
    expect(r.answer).toContain('the ranking member of the Harbour Committee');
  });
});

describe('roleThroughComplement', () => {
  it('leaves a predicate alone: it runs into the rest of the clause', () => {
    const s = 'Brannock was head of the Vell library from 1990 to 1994 and still lives in Tarrow.';
    expect(roleThroughComplement(s, 'head of the Vell library')).toBe('head of the Vell library');
  });

  it('stops at a relative clause inside the apposition', () => {
    const s = 'said Ivo Kestrel, a lecturer in law at Harwell College who studies tenancy.';
    expect(roleThroughComplement(s, 'a lecturer')).toBe('a lecturer in law at Harwell College');
  });

  it('tells a rank abbreviation from a post', () => {
    expect(isTitleAbbreviation('Rep.')).toBe(true);
    expect(isTitleAbbreviation('Montana Sen.')).toBe(false);
    expect(isTitleAbbreviation('spokesman')).toBe(false);
  });
});

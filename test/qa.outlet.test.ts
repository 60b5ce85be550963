import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { outletOfPerson } from '../src/qa/identity.js';
import { parseQuestion } from '../src/qa/question.js';
import { articleToAsk } from './helpers/qa-article.js';

/**
 * "Which network is X with?", "which publication does X write for?": the outlet news writing puts
 * beside a journalist's full name ("X of the Harbour Times", "the Harbour Times' X"), on an
 * invented article parsed by the real engine.
 */

const TEXT = [
  'Mayor Tova Lindqvist defends the ferry plan.',
  'On Monday, Mayor Tova Lindqvist told Pavel Odum of Coastline Radio that the new ferry route would open in May.',
  'The Norland Courier’s Greta Hallam wrote that the route would cost more than planned.',
  'Sen. Ivo Kell of Ohio said he would back the plan.',
].join('\n\n');

let article: Awaited<ReturnType<typeof articleToAsk>>;

beforeAll(async () => {
  article = await articleToAsk(TEXT);
});
afterAll(async () => await article.close());

const ask = (q: string) => article.ask(q);

describe('the outlet beside a journalist', () => {
  it('"<name> of <outlet>" answers "which network"', async () => {
    const r = await ask('Which network is Pavel Odum with?');
    expect(r).toMatchObject({ status: 'answered', answer: 'Coastline Radio' });
    expect(r.evidence).toContain('Pavel Odum of Coastline Radio');
  });

  it('"<outlet>’s <name>" answers "which publication"', async () => {
    const r = await ask('Which publication does Greta Hallam write for?');
    expect(r).toMatchObject({ status: 'answered', answer: 'The Norland Courier' });
  });

  it('a known place after "<name> of" is a state, no outlet', () => {
    const parsed = parseArticle({ text: 'Sen. Ivo Kell of Ohio said he would back the plan.' });
    const q = parseQuestion('Which newspaper does Ivo Kell write for?');
    expect(outletOfPerson(parsed, q.askedNoun, q.names)).toBeNull();
  });

  it('only a question asking for an outlet is read this way', () => {
    const parsed = parseArticle({ text: TEXT });
    const q = parseQuestion('Which group is Pavel Odum with?');
    expect(outletOfPerson(parsed, q.askedNoun, q.names)).toBeNull();
    const r = parseQuestion('Which network is Pavel Odum with?');
    expect(outletOfPerson(parsed, r.askedNoun, r.names)?.text).toBe('Coastline Radio');
  });
});

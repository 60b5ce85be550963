import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { parseQuestion } from '../src/qa/question.js';
import { placeBesideFocus } from '../src/qa/where.js';
import { articleToAsk } from './helpers/qa-article.js';

/**
 * "Where did X ...?": the place written right after the question's own word ("the strike in
 * Lyon", "a rally at ...", "the march to ..."), on invented text parsed by the real engine.
 */

const TEXT = [
  'Union leader Maren Tollefsen faces a hard week.',
  'Tollefsen, who once backed a deal with the ferry owners, led the strike in Lyon last spring, and she says the dockers will hold firm.',
  'Her rival Osric Delane said the talks in March had gone nowhere.',
].join('\n\n');

let article: Awaited<ReturnType<typeof articleToAsk>>;

beforeAll(async () => {
  article = await articleToAsk(TEXT);
});
afterAll(async () => await article.close());

describe('the place after the event word', () => {
  it('"where did X lead the strike?" is the place right after "strike"', async () => {
    const r = await article.ask('Where did Tollefsen lead the strike?');
    expect(r).toMatchObject({ status: 'answered', answer: 'Lyon' });
  });

  it('a month after the word is no place', () => {
    const parsed = parseArticle({ text: TEXT });
    const q = parseQuestion('Where were the talks held?');
    const ranked = [{ index: 2, coverage: 0.5, bm25: 1, windowCoverage: 0.5 }];
    expect(placeBesideFocus(parsed, q.focus, ranked)).toBeNull();
  });

  it('only a word of the question ties the place: a name in the question does not', () => {
    const parsed = parseArticle({ text: 'Mayor Ilse Varga spoke in Lyon on Monday.' });
    const ranked = [{ index: 0, coverage: 0.5, bm25: 1, windowCoverage: 0.5 }];
    expect(placeBesideFocus(parsed, parseQuestion('Where did Varga speak?').focus, ranked)?.text).toBe(
      'Lyon',
    );
    expect(placeBesideFocus(parsed, parseQuestion('Where does Varga live?').focus, ranked)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isQuestionsOwnName } from '../../src/qa/own-name.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A "who" answer is never the person the question itself names. Invented text. */

const harbour = `Harbour master Lina Voss was appointed to the port board by Governor Teo Marsh in 2019.
Voss was joined on the quay by deputy mayor Arno Kell for the reopening.`;

describe("the question's own name is not the answer", () => {
  const article = askingArticle(harbour);

  it('answers "who joined X?" with the one after "by", not X before the passive verb', async () => {
    const r = await article.ask('Who joined Voss on the quay?');
    expect(r.answer).not.toBeNull();
    expect(r.answer).toContain('Arno Kell');
  });
});

describe('isQuestionsOwnName', () => {
  it('is true for a name ending in a surname the question names', () => {
    expect(isQuestionsOwnName('Lina Voss', 'Who appointed Voss to the board?', null)).toBe(true);
    expect(isQuestionsOwnName('Voss', "Who replied to Voss's letter?", null)).toBe(true);
  });

  it('is false for another person, a "who is X?" question or a choice', () => {
    expect(isQuestionsOwnName('Teo Marsh', 'Who appointed Voss to the board?', null)).toBe(false);
    expect(isQuestionsOwnName('Lina Voss', 'Who is Lina Voss?', 'Lina Voss')).toBe(false);
    expect(isQuestionsOwnName('Voss', 'Who won, Voss or Kell?', null)).toBe(false);
  });
});

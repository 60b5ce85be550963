import { describe, expect, it } from 'vitest';
import { extendsWrittenList } from '../../src/qa/written-list.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A list of names the sentence writes with "and" is answered as written. Invented text. */

const span = (sentence: string, text: string) => {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length, text };
};

describe('extendsWrittenList', () => {
  it('keeps the written pair apart from a name set off by a clause', () => {
    const s = 'Its backers include Mara Quintell and Tomas Vellan, ferry owners who are backing Ivo Tarnow.';
    const written = span(s, 'Mara Quintell and Tomas Vellan');
    const everyone = {
      ...span(s, 'Mara Quintell and Tomas Vellan, ferry owners who are backing Ivo Tarnow'),
      text: 'Mara Quintell, Tomas Vellan and Ivo Tarnow',
    };
    expect(extendsWrittenList(s, written, everyone)).toBe(false);
  });

  it('joins names set apart only by "and" and a title', () => {
    const s = 'The bid was backed by Gov. Ada Brookline and Sens. Mara Quintell and Tomas Vellan.';
    const written = span(s, 'Mara Quintell and Tomas Vellan');
    const everyone = {
      ...span(s, 'Ada Brookline and Sens. Mara Quintell and Tomas Vellan'),
      text: 'Ada Brookline, Mara Quintell and Tomas Vellan',
    };
    expect(extendsWrittenList(s, written, everyone)).toBe(true);
  });
});

describe('a "which two" question in an article', () => {
  const article = askingArticle(`The Harbour Fund opened its books on Monday.
Its biggest backers include Mara Quintell and Tomas Vellan, shipping magnates who are also backing Ivo Tarnow for mayor.
The fund plans a second round in May.`);

  it('answers with the two names the sentence joins, not every name in it', async () => {
    const r = await article.ask('Which two shipping magnates back the Harbour Fund?');
    expect(r.answer).toBe('Mara Quintell and Tomas Vellan');
  });
});

import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';
import { lemma } from '../../src/qa/lexicon.js';
import { parseQuestion } from '../../src/qa/question.js';

/**
 * "Which two networks ...?": the count says how many answers are wanted, not what the question
 * does, and the answer is every name the sentence joins with "and". Invented article.
 */

const ferries = `Orrin Bay ferry crews walked out on Friday in a row over night shifts.
The Coast Courier and Radio Kell reported the walkout less than an hour after the first sailing was cancelled.
The harbour board held talks in the afternoon with union organiser Lena Varga and pilot Tomas Ruel.
In 1998, veteran skipper Ada Merrow rallied dock workers largely on the strength of her opposition to the sale of the port.`;

describe('questions that count their answers ("which two")', () => {
  const article = askingArticle(ferries);

  it('reads the verb after the count and the kind, not the count word', () => {
    expect(parseQuestion('Which two networks reported the walkout?').verb).toBe(lemma('report'));
    expect(parseQuestion('Which two leaders did the board meet?').verb).toBeNull();
    expect(parseQuestion('Which two leaders did the board meet?').subjectAsked).toBe(false);
  });

  it('takes a participle after the kind noun as the verb ("which skipper rallied")', () => {
    const q = parseQuestion('Which skipper rallied dock workers in 1998?');
    expect(q.askedNoun).toBe('skipper');
    expect(q.verb).toBe(lemma('rally'));
  });

  it('reads a plural group name after a count as the kind asked for, and several as wanted', () => {
    const q = parseQuestion('Which two senior Republicans voted against the harbour bill?');
    expect(q.askedNoun).toBe('republicans');
    expect(q.type).toBe('person');
    expect(q.several).toBe(true);
  });

  it('answers "which two networks" with both outlets joined by "and"', async () => {
    const r = await article.ask('Which two networks reported the walkout?');
    expect(r.answer).toBe('The Coast Courier and Radio Kell');
  });

  it('answers "which two organisers" with both people the sentence joins', async () => {
    const r = await article.ask('Which two organisers did the harbour board hold talks with?');
    expect(r.answer).toContain('Lena Varga');
    expect(r.answer).toContain('Tomas Ruel');
  });
});

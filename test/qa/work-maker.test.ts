import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';
import { makerOfAskedWork } from '../../src/qa/work-maker.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who wrote <work>?" answered by the possessor written before the work. Invented text. */

const endOf = (sentence: string, name: string) => sentence.indexOf(name) + name.length;

describe('makerOfAskedWork', () => {
  it('credits the possessor of the asked work, modifiers allowed between', () => {
    const s = 'A new account in harbour historian Ada Brookline’s book Tides of Vell reveals more.';
    expect(makerOfAskedWork(s, endOf(s, 'Ada Brookline'), parseQuestion('Who wrote Tides of Vell?'))).toBe(
      true,
    );
    const t = 'In Mayor Ivo Tarnow’ column on Friday, the mayor blamed the weather.';
    expect(makerOfAskedWork(t, endOf(t, 'Ivo Tarnow'), parseQuestion('Who wrote the column?'))).toBe(true);
  });

  it('leaves other verbs, other things and a work in a prepositional phrase alone', () => {
    const s = 'The reply to Ada Brookline’s address came a day later.';
    expect(
      makerOfAskedWork(s, endOf(s, 'Ada Brookline'), parseQuestion('Who wrote the reply to the address?')),
    ).toBe(false);
    expect(makerOfAskedWork(s, endOf(s, 'Ada Brookline'), parseQuestion('Who praised the address?'))).toBe(
      false,
    );
    const t = 'Ada Brookline’s office sent the column.';
    expect(makerOfAskedWork(t, endOf(t, 'Ada Brookline'), parseQuestion('Who wrote the column?'))).toBe(
      false,
    );
  });
});

describe('"who wrote <work>?" in an article', () => {
  const article = askingArticle(`Ferry fares rose again this spring.
A detailed account from harbour historian Ada Brookline’s book Tides of Vell shows how often it has happened before.
The harbour board meets on Monday.`);

  it('answers with the possessor of the work though the sentence never says "wrote"', async () => {
    const r = await article.ask('Who wrote Tides of Vell?');
    expect(r.answer).toContain('Ada Brookline');
  });
});

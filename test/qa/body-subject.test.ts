import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/engine/schema.js';
import { bodyBeforeVerb } from '../../src/qa/body-subject.js';
import type { ScoredSentence } from '../../src/qa/evidence.js';

/** "Which <kind> <verb> ...?": the body written as the verb's subject. Invented text. */

function ask(sentence: string, question: string, noun: string, people: string[] = []): string | null {
  const parsed = {
    sentences: [sentence],
    people: people.map((name) => ({ name, aliases: [] })),
  } as unknown as ParsedArticle;
  const ranked = [{ index: 0, coverage: 1 } as unknown as ScoredSentence];
  return (
    bodyBeforeVerb(parsed, { text: question, askedNoun: noun, names: [], several: false }, ranked)?.text ??
    null
  );
}

describe('the body written before the question verb', () => {
  it('reads the name across an apposition', () => {
    const s =
      'Harbour Watch, a tenants’ group formed after the floods, filed a lawsuit against the port on Monday.';
    expect(ask(s, 'Which group filed a lawsuit against the port?', 'group')).toBe('Harbour Watch');
  });

  it('keeps the capitalised "The" of a title and skips an adverb before the verb', () => {
    const s = 'The Quayside Ledger first reported the mayor’s resignation late on Friday.';
    expect(ask(s, 'Which newspaper first reported the resignation?', 'newspaper')).toBe(
      'The Quayside Ledger',
    );
  });

  it('reads the name before ", which" and a negated verb', () => {
    const s =
      'Markets slipped on news from the Reserve Bank of Tarnland, which did not cut rates as expected.';
    expect(ask(s, 'Which bank did not cut rates?', 'bank')).toBe('Reserve Bank of Tarnland');
  });

  it('leaves a person, a noun compound and another use of the verb', () => {
    const s = 'Ivo Brandt filed a lawsuit against the port on Monday.';
    expect(ask(s, 'Which group filed a lawsuit against the port?', 'group', ['Ivo Brandt'])).toBeNull();
    const t = 'Lena Okafor funded the campaign, and Tarn Capital funded nothing.';
    expect(ask(t, 'Which hedge fund backer funded the campaign?', 'hedge')).toBeNull();
    const p = 'The appeal from Vellport Docks was filed on Monday by a tenants’ group.';
    expect(ask(p, 'Which group filed the appeal?', 'group')).toBeNull();
    const u = 'Harbour Watch filed its taxes late, the council said.';
    expect(ask(u, 'Which group filed a lawsuit against the port?', 'group')).toBeNull();
  });
});

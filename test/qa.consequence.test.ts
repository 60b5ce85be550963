import { describe, expect, it } from 'vitest';
import { consequenceReason } from '../src/qa/consequence.js';
import { parseQuestion } from '../src/qa/question.js';

/** "Why ...?" answered by the cause a ", so" result names before it (invented sentences). */

const ask = (sentences: string[], question: string) =>
  consequenceReason(
    { sentences },
    sentences.map((_, index) => ({ index, coverage: 0.8, bm25: 0, windowCoverage: 0.8 })),
    parseQuestion(question).focus,
    0.5,
  );

describe('a result joined by ", so" gives its cause', () => {
  it('the clause before ", so" answers when the question is about the result', () => {
    const found = ask(
      ['“She knows the tides better than anyone, so I would love to have Lina take the helm,” Ferrand said.'],
      'Why would Ferrand love Lina to take the helm?',
    );
    expect(found?.text).toBe('She knows the tides better than anyone');
  });

  it('not when the question is about the cause side, nor for an intensifier or "so that"', () => {
    const sentences = ['The ferry was late, so the mayor cancelled the ceremony.'];
    expect(ask(sentences, 'Why was the ferry late?')).toBeNull();
    expect(ask(sentences, 'Why did the mayor cancel the ceremony?')?.text).toBe('The ferry was late');
    expect(
      ask(['The plan was so bad, so reckless, that the mayor cancelled it.'], 'Why did the mayor cancel it?'),
    ).toBeNull();
    expect(
      ask(
        ['The council cut fares, so that more residents ride the ferry.'],
        'Why do residents ride the ferry?',
      ),
    ).toBeNull();
  });
});

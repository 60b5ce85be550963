import { describe, expect, it } from 'vitest';
import { isSpeechVerb } from '../src/engine/lexicon/speech.js';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 10, session 15). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('"answered" tags a reply', () => {
  it('given a question tagged "Reed asked" and a reply tagged "Pell answered", the reply is Pell\'s', () => {
    const text =
      'Ferry row\nMayor Ada Pell met union chief Tom Reed on Monday. ' +
      '“Can you find the money for the winter ferry?” Reed asked. ' +
      '“We will find the money somewhere,” Pell answered.';
    expect(speakerOf(text, 'Can you find')).toBe('Tom Reed');
    expect(speakerOf(text, 'We will find')).toBe('Ada Pell');
  });

  it('reads the past form only: "answer" and "answers" stay nouns', () => {
    expect(isSpeechVerb('answered')).toBe(true);
    expect(isSpeechVerb('answer')).toBe(false);
    expect(isSpeechVerb('answers')).toBe(false);
  });
});

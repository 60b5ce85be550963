import { describe, expect, it } from 'vitest';
import { isSpeechVerb } from '../src/engine/lexicon/speech.js';
import { introducesUnnamed } from '../src/engine/quotes/anonymous.js';
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

describe('an indefinite description as the tag\'s subject brings in someone unnamed ("a council official said")', () => {
  it('given "a Dunloe Council official said," the official speaks as written, not the council the subject search finds', () => {
    const text =
      'Fund-raiser\nAsked about the leaked papers on Monday, a Dunloe Council official said, ' +
      '“We will not comment on what these papers hold or on who wrote them.”';
    expect(speakerOf(text, 'We will not comment')).toBe('a Dunloe Council official');
  });

  it('reads a person\'s noun after "a", "an", "one" or "another", in the description\'s own phrase', () => {
    expect(introducesUnnamed('a Dunloe Council official', 'official', true)).toBe(true);
    expect(introducesUnnamed('one former executive', 'executive', true)).toBe(true);
    expect(introducesUnnamed('a source close to the council', 'source', true)).toBe(true);
  });

  it('leaves definite descriptions, documents, audiences after a preposition and appositives alone', () => {
    expect(introducesUnnamed('the official', 'official', true)).toBe(false);
    expect(introducesUnnamed('a statement', 'statement', false)).toBe(false);
    expect(introducesUnnamed('a text message to supporters', 'supporters', true)).toBe(false);
    expect(introducesUnnamed('a teacher from Dunloe —', 'teacher', true)).toBe(false);
  });
});

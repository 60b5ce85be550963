import { describe, expect, it } from 'vitest';
import type { Mention, SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { isNeverAlone, WordsStandingAlone } from '../src/engine/entities/never-alone.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { mentionOf } from './helpers/mentions.js';

/** Filler sentences that make a short text a story, naming nobody. */
const FILLER = ['The vote is due next week.', 'Turnout was low in the north.'];

/** The article's sentences as the rule reads them: their tokens, none in capitals. */
function sentencesOf(article: readonly string[]): SentenceMentions[] {
  return article.map(
    (text, index) => ({ index, tokens: tokenize(text), shouting: false }) as unknown as SentenceMentions,
  );
}

/**
 * Is `name`, where the article's first sentence writes it, a piece of a longer name or a group's
 * label? `fullNames` are the people the article names in full; `opensPerson` says a person's
 * mention follows it.
 */
function piece(
  article: readonly string[],
  name: string,
  fullNames: readonly string[] = [],
  opensPerson = false,
): boolean {
  const sentences = sentencesOf(article);
  const start = (sentences[0]?.tokens ?? []).findIndex((t) => t.text === name);
  const m: Mention = mentionOf(name, 'person', 0);
  m.span = { start, end: start + 1, title: null, honorificOnly: false };
  const fullNameWords = new Set(fullNames.flatMap((n) => n.split(' ').slice(1)));
  return isNeverAlone(m, new WordsStandingAlone(sentences), fullNameWords, opensPerson);
}

describe('a one-word person never written alone is no person (never-alone.ts)', () => {
  it('given a word the story only writes beside other capitals or before members, it is no person', () => {
    expect(
      piece(
        ['Harbour Democrats stayed quiet on the bill.', 'On Capitol Harbour, aides met.', ...FILLER],
        'Harbour',
      ),
    ).toBe(true);
    expect(piece(['Rural voters made up half of the turnout.', ...FILLER], 'Rural')).toBe(true);
    expect(piece(['She studied at Brenmoor State College.', ...FILLER], 'Brenmoor')).toBe(true);
  });

  it('given the word alone elsewhere, a full name holding it, a split name or a short text, it stays a person', () => {
    expect(
      piece(['Marsh aides declined to comment.', 'Marsh said the plan would pass.', ...FILLER], 'Marsh'),
    ).toBe(false);
    expect(piece(['Marsh voters were loud.', 'Ada Marsh spoke.', ...FILLER], 'Marsh', ['Ada Marsh'])).toBe(
      false,
    );
    expect(piece(['The singer Dovrin Keltsey sang.', ...FILLER], 'Dovrin', [], true)).toBe(false);
    expect(piece(['Harbour Democrats stayed quiet on the bill.'], 'Harbour')).toBe(false);
  });
});

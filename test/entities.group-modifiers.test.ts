import { describe, expect, it } from 'vitest';
import { isGroupLabel, WordsStandingAlone } from '../src/engine/entities/group-modifiers.js';
import type { Mention, SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { mentionOf } from './helpers/mentions.js';

/** The article's sentences as the rule reads them: their tokens, none in capitals. */
function sentencesOf(article: readonly string[]): SentenceMentions[] {
  return article.map(
    (text, index) => ({ index, tokens: tokenize(text), shouting: false }) as unknown as SentenceMentions,
  );
}

/**
 * Is `name`, where the article's first sentence writes it, the label of a group? `fullNames` are
 * the people the article names in full.
 */
function label(article: readonly string[], name: string, fullNames: readonly string[] = []): boolean {
  const sentences = sentencesOf(article);
  const tokens = sentences[0]?.tokens ?? [];
  const start = tokens.findIndex((t) => t.text === name);
  const m: Mention = mentionOf(name, 'person', 0);
  m.span = { start, end: start + 1, title: null, honorificOnly: false };
  const fullNameWords = new Set(fullNames.flatMap((n) => n.split(' ').slice(1)));
  return isGroupLabel(tokens, m, new WordsStandingAlone(sentences), fullNameWords);
}

describe('a word written only before a plural of members labels a group (group-modifiers.ts)', () => {
  it('given a party plural or "voters" after a word the article never writes alone, the word is no person', () => {
    expect(
      label(['Harbour Democrats stayed quiet on the bill.', 'On Capitol Harbour, aides met.'], 'Harbour'),
    ).toBe(true);
    expect(label(['Rural voters made up half of the turnout.'], 'Rural')).toBe(true);
    expect(label(['Velvet Republicans asked for a plank.', 'The Velvet Games drew crowds.'], 'Velvet')).toBe(
      true,
    );
  });

  it('given the word alone elsewhere, as a surname of someone named in full, or no plural after it, it stays a person', () => {
    expect(label(['Marsh aides declined to comment.', 'Marsh said the plan would pass.'], 'Marsh')).toBe(
      false,
    );
    expect(label(['Marsh voters were loud.', 'Ada Marsh spoke.'], 'Marsh', ['Ada Marsh'])).toBe(false);
    expect(label(['Harbour stayed quiet on the bill.'], 'Harbour')).toBe(false);
    expect(label(['Backers of Marsh met.', 'Marsh officials agreed.'], 'Marsh')).toBe(false);
  });
});

import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Which term did the minister avoid?", "what slogan did the campaign use?": news writing quotes a
 * term right after the noun that names it ("the term “managed retreat”", "its slogan, “Kell
 * First,”"). So in the sentences holding the question's words, best covered first, and the one
 * before each (the term is often quoted in one sentence and judged in the next: "... the phrase
 * ‘X.’ It's a slogan."), the quoted words after the asked noun are the answer; they stand by the
 * noun itself, so a sentence that only says "the term" with "she" for the question's name counts. On PolNeAR train articles 0-499, 9 of 9
 * such "<term|phrase|slogan|nickname|...> “...”" quoted the term itself.
 */
export function quotedTerm(
  parsed: ParsedArticle,
  askedNoun: string | null,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  if (!askedNoun || !TERM_NOUNS.has(askedNoun.toLowerCase())) return null;
  for (const r of ranked) {
    for (const index of [r.index, r.index - 1]) {
      const text = termIn(parsed.sentences[index] ?? '');
      if (text) return { text, sentence: index, coverage: 1 };
    }
  }
  return null;
}

/** Nouns that name a form of words. Not "words": "in her words, “...”" quotes a statement. */
const TERM_NOUNS = new Set(
  'term terms phrase phrases slogan slogans nickname nicknames motto catchphrase hashtag label'.split(' '),
);

/** The noun, an optional comma, and a quotation of one to eight words in any pair of marks. */
const TERM_QUOTED =
  /\b(?:term|phrase|slogan|nickname|motto|catchphrase|hashtag|label)s?,?\s+(?:“([^”]{1,60})”|"([^"]{1,60})"|‘([^’]{1,60})’|'([^']{1,60})')/iu;

function termIn(sentence: string): string | null {
  const m = TERM_QUOTED.exec(sentence);
  const quoted = m?.slice(1).find((g) => g !== undefined);
  if (!quoted) return null;
  // The sentence's own stop or comma, written inside the marks in American style, is no part of it.
  const term = quoted.replace(/[.,;:!?]+$/, '').trim();
  const count = term.split(/\s+/).filter(Boolean).length;
  return count >= 1 && count <= MAX_TERM_WORDS ? term : null;
}

const MAX_TERM_WORDS = 8;

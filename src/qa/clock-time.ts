import { CLOCK_TIME_PATTERN } from '../engine/dates/lexicon.js';
import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';
import type { ReadAnswer } from './read-answer.js';
import { isStopWord, words } from './text.js';

/**
 * "At what time did the ferry leave?" asks for the hour, and news writing gives it as a clock time
 * ("about 9:40 p.m.", "at 7 a.m. Eastern", "shortly before noon"), usually in the same sentence as
 * the day ("on Friday night ... at 10:30 p.m."). The date reader prefers the day, which answers
 * "when" but not "what time". So for such a question the clock time of the best covered sentence
 * that holds one answers, before the scorer; where the sentence holds two ("the opening at 7 p.m.
 * and the final race at 9 p.m."), the one with a question word nearest before it.
 */

/** "At what time ...?", "What time does ...?", "At what hour ...?" ("what time of year" asks a season). */
export function asksClockTime(question: string): boolean {
  return /\bwhat\s+(?:time|hour)\b(?!\s+of\s+(?:the\s+)?year)/i.test(question);
}

/**
 * The date stage's clock time (dates/lexicon.ts), never the tail of a longer figure ("30pm" of
 * "1.30pm") nor "noon" inside a word ("afternoon").
 */
const CLOCK = new RegExp(String.raw`(?<![\d.:\p{L}])${CLOCK_TIME_PATTERN}(?!\p{L})`, 'giu');

/** The clock times a text writes, in order. */
export function clockTimesIn(text: string): string[] {
  return [...text.matchAll(CLOCK)].map((m) => m[0]);
}

/** Words before a clock time that count as its context. */
const WINDOW = 6;

/** The clock time that answers a "what time" question, from the best covered ranked sentence holding one. */
export function clockTimeAnswer(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
  bar: number,
): ReadAnswer | null {
  const asked = new Set(
    words(question)
      .filter((w) => !isStopWord(w) && !/^(?:time|hour)$/i.test(w))
      .map((w) => lemma(w.toLowerCase())),
  );
  for (const r of ranked) {
    if (r.coverage < bar) continue;
    const sentence = parsed.sentences[r.index] ?? '';
    let best: { text: string; near: number } | null = null;
    for (const m of sentence.matchAll(CLOCK)) {
      const before = words(sentence.slice(0, m.index)).slice(-WINDOW);
      // The nearest question word counts: in "the heats at 7 p.m. and the final race at 9 p.m."
      // each time belongs to the noun right before it.
      const at = before.findLastIndex((w) => asked.has(lemma(w.toLowerCase())));
      const near = at < 0 ? 0 : at + 1;
      if (!best || near > best.near) best = { text: m[0], near };
    }
    if (best) return { text: best.text, sentence: r.index, coverage: r.coverage };
  }
  return null;
}

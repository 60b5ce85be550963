import { lookupPlace } from '../engine/lexicon/places.js';
import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { lemma, rootMatch } from './lexicon.js';
import type { FocusTerm } from './question.js';

/**
 * "Where did the talks stall?" in "the talks in Lisbon stalled": news writing ties a place to an
 * event by a preposition right after the event's word ("the war in Norland", "a rally at Quay
 * Park", "the march to Harbour Square"). So the place written right after one of the question's
 * own (non-name) words, in the sentence that best covers the question, is where it happened. Only
 * a place the article or the gazetteer knows as a place counts: "the talks in March", "a deal
 * with Tarn Boats" are not places.
 */
export function placeBesideFocus(
  parsed: ParsedArticle,
  focus: readonly FocusTerm[],
  ranked: readonly ScoredSentence[],
): { text: string; sentence: number; coverage: number } | null {
  const roots = new Set(focus.filter((f) => !f.name).map((f) => f.lemma));
  if (roots.size === 0) return null;
  const places = new Set(parsed.places.flatMap((p) => namesOf(p)));
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(WORD_THEN_PLACE)) {
      const [, word, run] = m;
      // The event's word or its synonym ("the trip to <city>" for "where did she travel?").
      if (!word || !run || rootMatch(lemma(word), roots) === 0) continue;
      const bare = run.replace(/^the\s+/, '');
      if (places.has(bare) || lookupPlace(bare))
        return { text: run, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}

/** A word, then "in", "at" or "to", then a capitalised run (with "the" before it, when written). */
const WORD_THEN_PLACE =
  /\b(\p{L}+)\s+(?:in|at|to)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu;

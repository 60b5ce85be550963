import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * "Why would the mayor welcome a rival bid?" answered by "She knows the tides, so I would
 * welcome her bid": a result joined by ", so" names its cause in the clause before it.
 * When the question's words sit after the "so", the clause before is the reason. Not an
 * intensifier ("so bad, so horrible"), an inversion ("so has their activism"), "so that" (a
 * purpose, which reason.ts reads) or "so far/much/many/long". On a sample of 15 ", so" joins in
 * PolNeAR training text, 10 joined a cause to its result; the shapes left out made up the rest.
 * ", which is why" joins them the same way ("The ferry was late, which is why the market opened
 * at noon"): on all 840 PolNeAR train articles, 4 of 4 such joins had the cause before the comma.
 */

const SO =
  /,\s+(?:so\s+(?!(?:that|far|much|many|long|too|is|are|was|were|has|have|had|does|do|did|will|can|could|would)\b|-called\b)|which\s+is\s+why\s+)/gi;
/** An intensifier: "so bad," — "so" with one word before a comma. */
const INTENSIFIER = /^\s*\p{L}+\s*,/u;
/** Sentences tried, best covered first. */
const TRIED = 3;

export interface ConsequenceFound {
  sentence: number;
  coverage: number;
  text: string;
}

export function consequenceReason(
  parsed: Pick<ParsedArticle, 'sentences'>,
  ranked: readonly ScoredSentence[],
  focus: readonly { lemma: string; name: boolean }[],
  minCoverage: number,
): ConsequenceFound | null {
  const asked = focus.filter((f) => !f.name).map((f) => f.lemma);
  if (asked.length === 0) return null;
  for (const r of ranked.slice(0, TRIED)) {
    if (Math.max(r.coverage, r.windowCoverage ?? 0) < minCoverage) continue;
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(SO)) {
      const after = sentence.slice(m.index + m[0].length);
      if (INTENSIFIER.test(after)) continue;
      const afterRoots = new Set(words(after).map(lemma));
      const held = asked.filter((a) => afterRoots.has(a)).length;
      // Most of what the question asks about is in the result.
      if (held < Math.max(1, Math.ceil(asked.length / 2))) continue;
      const cause = sentence
        .slice(0, m.index)
        .replace(/^[\s“"‘']+/, '')
        .trim();
      if (words(cause).length >= 3) return { sentence: r.index, coverage: r.coverage, text: cause };
    }
  }
  return null;
}

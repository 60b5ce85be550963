import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ParsedQuestion } from './question.js';

/**
 * "Did Iran confirm the talks?": "Yes" or "No" with the sentence that says so. The best-covered
 * sentence is the evidence when it holds most of the question's words; a negation or a denial
 * in one and not the other ("Iran did not confirm", "Iran denied") makes it "No".
 */

/** Below this share of the question's words the article isn't taken to speak to the question. */
const MIN_COVERAGE = 0.6;

const NEGATION =
  /\b(?:not|never|no|neither|nor|denied|denies|deny|refused|refuses|rejected|rejects|declined|declines|failed|fails)\b|n['’]t\b/i;

/** How much less of the question a plainly stated sentence may cover than a reported claim. */
const CLOSE = 0.2;

/** The writer reports a claim without vouching for it. */
const HEDGED =
  /\b(?:claim(?:s|ed)?|alleg(?:e|es|ed|edly)|reportedly|purportedly|supposedly|rumou?red|insist(?:s|ed)?)\b/i;

export interface YesNo {
  text: 'Yes' | 'No';
  sentence: number;
  coverage: number;
}

export function yesNoAnswer(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): YesNo | null {
  const top = ranked[0];
  if (!top || top.coverage < MIN_COVERAGE) return null;
  // A claim the writer only reports ("X claimed that the museum had offered") gives way to a
  // sentence about as well covered that states the matter outright ("the museum said it never
  // offered"): the writer vouches for the second, not the first.
  const near = ranked
    .slice(0, 5)
    .filter((r) => r.coverage >= MIN_COVERAGE && r.coverage >= top.coverage - CLOSE);
  const hedged = (r: ScoredSentence) => HEDGED.test(parsed.sentences[r.index] ?? '');
  const best = hedged(top) ? (near.find((r) => !hedged(r)) ?? top) : top;
  const sentence = parsed.sentences[best.index] ?? '';
  const negated = NEGATION.test(sentence) !== NEGATION.test(q.text);
  return { text: negated ? 'No' : 'Yes', sentence: best.index, coverage: best.coverage };
}

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
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return null;
  const sentence = parsed.sentences[best.index] ?? '';
  const negated = NEGATION.test(sentence) !== NEGATION.test(q.text);
  return { text: negated ? 'No' : 'Yes', sentence: best.index, coverage: best.coverage };
}

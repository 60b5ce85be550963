import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { clauseEnd } from './reason.js';

/**
 * "Why did X not open the bridge?", "why did the band miss the festival?": a question about
 * something that did not happen. News writes the reason as the turn after what was meant to
 * happen: "The mayor was due to cut the ribbon but the council postponed the ceremony", "The
 * club tried to sign him. But the deal collapsed.", so the "but" clause (or a next sentence
 * opening with "But" or "However") is the answer, where a purpose clause would only restate the plan.
 */

/** A why-question about something that did not happen. */
const NEGATIVE_WHY =
  /^\s*why\b.*(?:\bnot\b|n['’]t\b|\bnever\b|\b(?:miss|missed|misses|missing|fail|failed|fails|unable|refuse|refused|refuses|skip|skipped|absent|withdr[ae]w|withdrawn|pull(?:ed)? out|drop(?:ped)? out|cancel(?:l)?ed)\b)/i;

export function asksWhyNot(question: string): boolean {
  return NEGATIVE_WHY.test(question);
}

/** A turn inside a sentence: "..., but ...", "... but ...". */
const TURN = /\b(?:but|however|only for)\s+/gi;
/** A sentence that turns on the one before. */
const OPENING_TURN = /^\s*(?:but|however|yet)\b[,\s]*/i;
/** Sentences tried, best covered first. */
const TRIED = 3;

export interface ContrastFound {
  sentence: number;
  coverage: number;
  text: string;
}

/**
 * The turn in the best covered sentences: a "but" clause after the start of the sentence, else
 * the next sentence when it opens with "But"/"However" (read whole, without the opening word).
 */
export function contrastAnswer(
  parsed: ArticleSentences,
  ranked: readonly ScoredSentence[],
  minCoverage: number,
): ContrastFound | null {
  for (const r of ranked.slice(0, TRIED)) {
    if (r.coverage < minCoverage) break;
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(TURN)) {
      if (m.index === 0) continue;
      const start = m.index + m[0].length;
      const end = clauseEnd(sentence, start);
      if (end - start > 3)
        return { sentence: r.index, coverage: r.coverage, text: sentence.slice(start, end).trim() };
    }
    const next = parsed.sentences[r.index + 1] ?? '';
    const opening = OPENING_TURN.exec(next);
    if (opening) {
      const start = opening[0].length;
      const end = clauseEnd(next, start);
      if (end - start > 3)
        return { sentence: r.index + 1, coverage: r.coverage, text: next.slice(start, end).trim() };
    }
  }
  return null;
}

type ArticleSentences = Pick<ParsedArticle, 'sentences'>;

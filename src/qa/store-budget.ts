import type { ScoredSentence } from './evidence.js';

/**
 * How many evidence sentences each retrieved article may have tagged and chunked when a question
 * has no article in scope. Gathering candidate phrases is most of a question's cost (about half
 * of a store-wide one, ADR 015 session 20), and a store-wide question reads up to five articles:
 * reading each one's best sixteen sentences, as a one-article question does, costs about twice a
 * one-article question. The sentences of all retrieved articles are ranked together by the same
 * coverage the one-article path ranks by (a share of the question's weighted words, so it reads
 * alike in every article), and each article reads as many as it has among the best `total`
 * overall: an article whose sentences barely touch the question reads few, the one that answers
 * reads many. Never fewer than `least` (the pick needs a few rivals to be judged fairly) and never
 * more than `most` (the model's one-article setting). With an infinite total every article reads
 * `most`, as before. Measured with a budget of 16 on the training questions asked of one store of
 * all 840 PolNeAR-train articles (eval/store-wide-questions.ts): right 901 -> 897 of 1,843
 * (articles 2..599) and 456 -> 455 of 932 (600..839, confirm), CPU per question 9.5 -> 5.6-6.5 ms
 * mean, 43-45 -> 21-30 ms p99; article-scoped replies unchanged (ADR 015, session 21).
 */
export function storeSentenceLimits(
  rankings: ReadonlyArray<readonly ScoredSentence[]>,
  total: number,
  most: number,
  least: number,
): number[] {
  if (!Number.isFinite(total)) return rankings.map(() => most);
  // Each article's sentences are already best first: the pool need only hold each one's first `most`.
  const pool: { article: number; coverage: number; rank: number }[] = [];
  rankings.forEach((ranked, article) => {
    ranked.slice(0, most).forEach((s, rank) => {
      pool.push({ article, coverage: s.coverage, rank });
    });
  });
  // Best covered first; on a tie the better retrieved article, then its own order.
  pool.sort((a, b) => b.coverage - a.coverage || a.article - b.article || a.rank - b.rank);
  const counts = rankings.map(() => 0);
  for (const s of pool.slice(0, total)) counts[s.article] = (counts[s.article] ?? 0) + 1;
  return counts.map((n) => Math.min(most, Math.max(least, n)));
}

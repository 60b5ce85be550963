import type { Quote } from '../schema.js';
import { countLetteredWords } from '../text/tokens.js';

/** Most quotes a reader is shown as the article's best. */
const MAX_KEY = 3;

/** How well a quote stands alone: full clause, credited, and neither a fragment nor a wall of text. */
function keyScore(q: Quote): number {
  if (q.partial || q.speaker === null) return 0;
  const words = countLetteredWords(q.text);
  if (words < 6) return 0;
  const length = words < 12 ? 0.5 + (words - 6) / 12 : words <= 45 ? 1 : Math.max(0.4, 1 - (words - 45) / 80);
  const named =
    q.basis === 'description' ? 0.8 : q.basis === 'pronoun' || q.basis === 'continuation' ? 0.9 : 1;
  return length * named;
}

/** Marks up to three key quotes, preferring different speakers, then earlier quotes. */
export function markKeyQuotes(quotes: Quote[]): Quote[] {
  const ranked = quotes
    .map((q, i) => ({ i, score: keyScore(q) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen = new Set<number>();
  const speakers = new Set<string>();
  for (const pass of [true, false]) {
    for (const r of ranked) {
      if (chosen.size >= MAX_KEY) break;
      const speaker = quotes[r.i]!.speaker ?? '';
      if (chosen.has(r.i) || (pass && speakers.has(speaker))) continue;
      chosen.add(r.i);
      speakers.add(speaker);
    }
  }
  return quotes.map((q, i) => ({ ...q, key: chosen.has(i) }));
}

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F-measures, following Google's rouge-score package (the
 * scorer behind published CNN/DailyMail figures): lowercase, every run of characters other than
 * a-z and 0-9 separates tokens, tokens longer than three characters are Porter-stemmed, and
 * ROUGE-Lsum is the summary-level union-LCS over sentences, with each token credited at most as
 * often as it occurs on both sides.
 */
import { porterStem } from '../src/engine/text/porter.js';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

function rougeTokens(text: string): string[] {
  const tokens = text.toLowerCase().split(/[^a-z0-9]+/);
  return tokens.filter(Boolean).map((t) => (t.length > 3 ? porterStem(t) : t));
}

function fMeasure(hits: number, candidateTotal: number, referenceTotal: number): number {
  if (hits === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = hits / candidateTotal;
  const recall = hits / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return fMeasure(hits, total(c), total(r));
}

/** Positions in `a` of one longest common subsequence of `a` and `b`. */
function lcsPositions(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const positions: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return positions.reverse();
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function rougeLsum(candidate: string[][], reference: string[][]): number {
  const candidateTotal = candidate.reduce((n, s) => n + s.length, 0);
  const referenceTotal = reference.reduce((n, s) => n + s.length, 0);
  const left = { c: countTokens(candidate), r: countTokens(reference) };
  let hits = 0;
  for (const refSentence of reference) {
    const union = new Set<number>();
    for (const candSentence of candidate)
      for (const p of lcsPositions(refSentence, candSentence)) union.add(p);
    for (const p of [...union].sort((x, y) => x - y)) {
      const token = refSentence[p]!;
      if ((left.c.get(token) ?? 0) > 0 && (left.r.get(token) ?? 0) > 0) {
        hits++;
        left.c.set(token, left.c.get(token)! - 1);
        left.r.set(token, left.r.get(token)! - 1);
      }
    }
  }
  return fMeasure(hits, candidateTotal, referenceTotal);
}

/** Scores one candidate summary against one reference; both given as lists of sentences. */
export function rouge(candidate: string[], reference: string[]): RougeScores {
  const cand = candidate.map(rougeTokens);
  const ref = reference.map(rougeTokens);
  const flatCand = cand.flat();
  const flatRef = ref.flat();
  return {
    rouge1: rougeN(flatCand, flatRef, 1),
    rouge2: rougeN(flatCand, flatRef, 2),
    rougeLsum: rougeLsum(cand, ref),
  };
}

/** Mean of per-document scores, as percentages. */
export function meanRouge(scores: RougeScores[]): RougeScores {
  const mean = (pick: (s: RougeScores) => number) =>
    scores.length === 0 ? 0 : (100 * scores.reduce((a, s) => a + pick(s), 0)) / scores.length;
  return {
    rouge1: mean((s) => s.rouge1),
    rouge2: mean((s) => s.rouge2),
    rougeLsum: mean((s) => s.rougeLsum),
  };
}

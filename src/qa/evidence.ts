import type { ParsedArticle } from '../engine/schema.js';
import { lemma, synonymsOf, synonymWords } from './lexicon.js';
import type { FocusTerm, ParsedQuestion } from './question.js';
import { words } from './text.js';

/**
 * Which sentences of an article hold the evidence for a question: each focus word is weighted
 * by how rare it is in the article (names count double), a sentence scores the weighted share
 * of focus words it holds (a synonym counts 0.7 of the word itself), and the store's BM25
 * ranking adds a small push to its top hits.
 */

/** Each sentence's roots, computed once per article and kept for the next questions about it. */
export interface ArticleIndex {
  sentenceRoots: Set<string>[];
  /** Lower-cased sentence text, for spotting repeated sentences. */
  keys: string[];
}

const INDEX_CACHE_SIZE = 512;
const indexCache = new Map<string, ArticleIndex>();

/** Per-article index, cached by a key that changes when the article does (id plus content hash). */
export function articleIndex(key: string, parsed: ParsedArticle): ArticleIndex {
  const hit = indexCache.get(key);
  if (hit) {
    // Re-insert so the map's order is least recently used first.
    indexCache.delete(key);
    indexCache.set(key, hit);
    return hit;
  }
  const index: ArticleIndex = {
    sentenceRoots: parsed.sentences.map((s) => new Set(words(s).map(lemma))),
    keys: parsed.sentences.map((s) => s.trim().toLowerCase()),
  };
  indexCache.set(key, index);
  if (indexCache.size > INDEX_CACHE_SIZE) {
    const oldest = indexCache.keys().next().value;
    if (oldest !== undefined) indexCache.delete(oldest);
  }
  return index;
}

export const SYNONYM_CREDIT = 0.7;
const NAME_WEIGHT = 2;

/** How much of one focus term a sentence holds: 1 for the word's own root, less for a synonym. */
export function termMatch(term: FocusTerm, roots: ReadonlySet<string>): number {
  if (roots.has(term.lemma)) return 1;
  if (term.name) return 0;
  for (const s of synonymsOf(term.lemma)) if (roots.has(s)) return SYNONYM_CREDIT;
  return 0;
}

export interface ScoredSentence {
  index: number;
  /** Weighted share of the question's focus the sentence holds, 0 to 1. */
  coverage: number;
}

/** Sentences holding any focus word, best covered first; repeated sentences appear once. */
export function rankSentences(index: ArticleIndex, focus: readonly FocusTerm[]): ScoredSentence[] {
  const n = index.sentenceRoots.length;
  const weights = focus.map((term) => {
    let df = 0;
    for (const roots of index.sentenceRoots) if (termMatch(term, roots) > 0) df++;
    return Math.log(1 + n / (1 + df)) * (term.name ? NAME_WEIGHT : 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const seen = new Set<string>();
  const scored: ScoredSentence[] = [];
  index.sentenceRoots.forEach((roots, i) => {
    const key = index.keys[i] ?? '';
    if (seen.has(key)) return;
    seen.add(key);
    let matched = 0;
    focus.forEach((term, t) => {
      matched += termMatch(term, roots) * (weights[t] ?? 0);
    });
    if (matched > 0) scored.push({ index: i, coverage: matched / total });
  });
  return scored.sort((a, b) => b.coverage - a.coverage || a.index - b.index);
}

/** The full-text query for a question: its focus words plus their synonyms (the store stems them). */
export function searchTerms(question: ParsedQuestion): string {
  const terms = new Set<string>();
  for (const f of question.focus) {
    terms.add(f.word.toLowerCase());
    if (!f.name) for (const s of synonymWords(f.word)) terms.add(s);
  }
  return [...terms].join(' ');
}

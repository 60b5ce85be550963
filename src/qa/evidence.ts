import type { ParsedArticle } from '../engine/schema.js';
import { lemma, rootMatch, SYNONYM_CREDIT, synonymsOf } from './lexicon.js';
import { pronounReferentRoots } from './pronoun-referents.js';
import { speakerReferentRoots } from './speaker-referents.js';
import type { FocusTerm, ParsedQuestion } from './question.js';
import { isStopWord, words } from './text.js';

/**
 * Which sentences of an article hold the evidence for a question: each focus word is weighted
 * by how rare it is in the article (names count double), a sentence scores the weighted share
 * of focus words it holds (a synonym counts 0.7 of the word itself), and BM25 over the article's
 * sentences (term frequency, sentence length) breaks near ties. Computed in memory from a cached
 * per-article index: a full-text query filtered to one article would scan every matching
 * sentence in the store first.
 */

/** Each sentence's roots, computed once per article and kept for the next questions about it. */
export interface ArticleIndex {
  sentenceRoots: Set<string>[];
  /** Each sentence's roots with their counts, for BM25's term frequency. */
  rootCounts: Map<string, number>[];
  /** Words per sentence, and their mean, for BM25's length normalisation. */
  lengths: number[];
  meanLength: number;
  /** Lower-cased sentence text, for spotting repeated sentences. */
  keys: string[];
  /**
   * Name roots of the person each sentence names through a pronoun alone ("She resigned in
   * May" after a sentence naming Ada Brook, pronoun-referents.ts) or through the speaker the
   * quote reader gave its quotation ("“...,” the former mayor said", speaker-referents.ts):
   * such a sentence holds that person's name words.
   */
  referredRoots: ReadonlySet<string>[];
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
  const roots = parsed.sentences.map((s) => words(s).map(lemma));
  const lengths = roots.map((r) => r.length);
  const sentenceRoots = roots.map((r) => new Set(r));
  const index: ArticleIndex = {
    sentenceRoots,
    rootCounts: roots.map((r) => {
      const counts = new Map<string, number>();
      for (const root of r) counts.set(root, (counts.get(root) ?? 0) + 1);
      return counts;
    }),
    lengths,
    meanLength: lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length),
    keys: parsed.sentences.map((s) => s.trim().toLowerCase()),
    referredRoots: joined(
      pronounReferentRoots(parsed, sentenceRoots),
      speakerReferentRoots(parsed, sentenceRoots),
    ),
  };
  indexCache.set(key, index);
  if (indexCache.size > INDEX_CACHE_SIZE) {
    const oldest = indexCache.keys().next().value;
    if (oldest !== undefined) indexCache.delete(oldest);
  }
  return index;
}

/** Each sentence's referred name roots from two readers, one set per sentence. */
function joined(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): ReadonlySet<string>[] {
  return a.map((roots, i) => {
    const more = b[i];
    if (!more || more.size === 0) return roots;
    if (roots.size === 0) return more;
    return new Set([...roots, ...more]);
  });
}

const NAME_WEIGHT = 2;

/**
 * How much of one focus term a sentence holds: 1 for the word's own root, less for a synonym; a
 * name has none, but a name word of the person the sentence's pronoun refers back to counts.
 */
function termMatch(term: FocusTerm, roots: ReadonlySet<string>, referred?: ReadonlySet<string>): number {
  if (term.name) return roots.has(term.lemma) || referred?.has(term.lemma) ? 1 : 0;
  return rootMatch(term.lemma, roots);
}

export interface ScoredSentence {
  index: number;
  /** Weighted share of the question's focus the sentence holds, 0 to 1. */
  coverage: number;
  /** BM25 of the sentence for the focus words, relative to the article's best (0 to 1). */
  bm25: number;
  /**
   * Share of the focus held by the sentence together with the one before it: news writing names
   * the subject once and goes on with "he", "the club" or "the attack" in the next sentence, which
   * then holds the answer without the name.
   */
  windowCoverage: number;
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** Occurrences of the term (or, at synonym credit, of a synonym) in a sentence. */
function termFrequency(term: FocusTerm, counts: ReadonlyMap<string, number>): number {
  const own = counts.get(term.lemma) ?? 0;
  if (own > 0 || term.name) return own;
  let synonyms = 0;
  for (const s of synonymsOf(term.lemma)) synonyms += counts.get(s) ?? 0;
  return synonyms * SYNONYM_CREDIT;
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
    let windowMatched = 0;
    let bm25 = 0;
    const before = index.sentenceRoots[i - 1];
    const counts = index.rootCounts[i] ?? new Map<string, number>();
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * (index.lengths[i] ?? 0)) / Math.max(1, index.meanLength));
    focus.forEach((term, t) => {
      const weight = weights[t] ?? 0;
      const own = termMatch(term, roots, index.referredRoots[i]);
      matched += own * weight;
      windowMatched +=
        Math.max(own, before ? termMatch(term, before, index.referredRoots[i - 1]) : 0) * weight;
      const tf = termFrequency(term, counts);
      bm25 += (weight * tf * (BM25_K1 + 1)) / (tf + norm);
    });
    if (matched > 0)
      scored.push({ index: i, coverage: matched / total, bm25, windowCoverage: windowMatched / total });
  });
  const top = Math.max(0, ...scored.map((s) => s.bm25));
  for (const s of scored) s.bm25 = top > 0 ? s.bm25 / top : 0;
  return scored.sort((a, b) => b.coverage - a.coverage || b.bm25 - a.bm25 || a.index - b.index);
}

/**
 * How telling each of the question's words is in this article: log(1 + n / (1 + df)) over its
 * sentences, so a word every sentence holds ("said", the subject's name) weighs little and the
 * rare ones ("deported", "jumpsuits") much. What the phrase features weigh their nearby words by.
 */
export function lemmaWeights(index: ArticleIndex, lemmas: Iterable<string>): Map<string, number> {
  const n = index.sentenceRoots.length;
  const out = new Map<string, number>();
  for (const l of lemmas) {
    let df = 0;
    for (const roots of index.sentenceRoots) if (roots.has(l)) df++;
    out.set(l, Math.log(1 + n / (1 + df)));
  }
  return out;
}

/** Most words a store-wide query carries: each one more is another posting list to score. */
const MAX_SEARCH_TERMS = 6;

/** Index-friendly parts of a typed word: no possessive "'s", no one- or two-letter scraps. */
function searchParts(word: string): string[] {
  return word
    .replace(/['’]s$/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => (w.length >= 3 || /^\p{Lu}{2}$/u.test(w)) && !isStopWord(w));
}

/**
 * The full-text query for finding articles: the names the question mentions when it has any
 * (rare and telling, and cheap for the index), else its focus words. Synonyms are left to the
 * in-article ranking: across the store each extra word is a long posting list to score.
 */
export function searchTerms(question: ParsedQuestion): string {
  const terms = new Set<string>();
  const names = question.focus.filter((f) => f.name);
  for (const f of names.length > 0 ? names : question.focus) {
    for (const part of searchParts(f.word)) terms.add(part.toLowerCase());
  }
  return [...terms].slice(0, MAX_SEARCH_TERMS).join(' ');
}

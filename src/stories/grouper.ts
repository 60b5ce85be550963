import type { StoryDoc } from './doc.js';
import type { DocumentFrequencies } from './frequencies.js';
import { bandKeys, minhashSimilarity } from './minhash.js';
import { shippedStoryScorer, type StoryScorer } from './model.js';
import { type PairSide, pairFeatures } from './pair.js';
import type { StoryMatch, StoryState } from './state.js';

export type { StoryMatch, StoryState } from './state.js';

/**
 * Groups articles into stories as they arrive. A new article is compared with the stories an
 * inverted index proposes (stories sharing its most distinctive terms, its names or a MinHash band),
 * never with every recent story, so the cost per article stays flat as the window fills. It joins
 * the most probable candidate when
 *   - its wording nearly duplicates one of the story's articles (a syndicated copy), or
 *   - the learned pair scorer (`pair.ts`, `model.ts`: TF-IDF cosine with the story's centroid,
 *     headline and lead similarity, the cosine of names and figures alone, names shared by kind,
 *     figures, years and lead weekdays)
 *     gives a probability at or above its threshold,
 * and no publication date its source gave puts the two more than a few days apart (two
 * earthquakes a year apart are two stories, however alike the words).
 */

export interface GroupingSettings {
  /** MinHash similarity at which the article is a copy of a story's article. */
  nearDuplicate: number;
  /** Days between an article's date and a story's dates beyond which they are different events. */
  maxDayGap: number;
}

export const GROUPING: GroupingSettings = {
  nearDuplicate: 0.5,
  maxDayGap: 7,
};

/** Terms of a story (and of a query) that go in the index: its most distinctive ones. */
const INDEX_TERMS = 24;
const QUERY_TERMS = 24;
/** A key shared by more stories than this is not distinctive: skipped in look-ups. */
const MAX_POSTING = 200;
/** Candidates scored in full per article, best by shared keys. */
const MAX_CANDIDATES = 20;
/** A story keeps this many terms of its centroid (most frequent first), and this many signatures. */
const STORY_TERMS = 200;
const STORY_SIGNATURES = 8;

export interface Assignment {
  storyId: string;
  /** Null when the article started the story. */
  match: StoryMatch | null;
}

interface LiveStory extends PairSide {
  id: string;
  terms: Map<string, number>;
  titleTerms: Map<string, number>;
  leadTerms: Map<string, number>;
  names: Map<string, string>;
  properTerms: Map<string, number> | null;
  numbers: Set<string>;
  years: Set<string>;
  latestYear: number | null;
  weekdays: Set<string>;
  signatures: Uint32Array[];
  firstDay: number | null;
  lastDay: number | null;
  size: number;
  createdAt: number;
  keys: string[];
  /** MinHash band keys of its signatures, computed once per signature. */
  bands: string[];
}

const sublinear = (count: number) => Math.log1p(count);

const addTo = (into: Map<string, number>, from: ReadonlyMap<string, number>) => {
  for (const [t, n] of from) into.set(t, (into.get(t) ?? 0) + n);
};
const pruned = (terms: Map<string, number>, keep = STORY_TERMS) =>
  terms.size > keep * 1.5 ? new Map([...terms].sort((a, b) => b[1] - a[1]).slice(0, keep)) : terms;
/**
 * Headline and lead centroids keep fewer terms than the whole text, and a story
 * keeps a bounded set of figures: each is compared with every candidate's article, and stored
 * with the story after each article, so their size is routing time.
 */
const SIDE_TERMS = 60;
const STORY_FIGURES = 100;
/** Capitalised words and figures a story keeps for the names-and-figures cosine, most frequent first. */
const STORY_NAME_TERMS = 120;
const addCapped = (into: Set<string>, from: Iterable<string>, cap: number) => {
  for (const x of from) if (into.size < cap) into.add(x);
};
const minDay = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxDay = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** An article as one side of a pair: a story of one. */
function sideOf(doc: StoryDoc): PairSide {
  return {
    terms: doc.terms,
    titleTerms: doc.titleTerms,
    leadTerms: doc.leadTerms,
    names: doc.names,
    properTerms: doc.properTerms,
    numbers: doc.details.numbers,
    years: doc.details.years,
    latestYear: doc.details.latestYear,
    weekdays: doc.details.weekdays,
    size: 1,
  };
}

/** A candidate story with the pair features of an article against it (for training the scorer). */
export interface CandidateFeatures {
  storyId: string;
  features: number[];
}

export class StoryIndex {
  private readonly stories = new Map<string, LiveStory>();
  private readonly postings = new Map<string, Set<string>>();
  /** IDF by term, valid until the frequencies change (the next article): a story's terms recur across candidates. */
  private readonly idfs = new Map<string, number>();

  constructor(
    private readonly df: DocumentFrequencies,
    private readonly settings: GroupingSettings = GROUPING,
    private readonly scorer: StoryScorer = shippedStoryScorer(),
  ) {}

  get size(): number {
    return this.stories.size;
  }

  /** The story this article belongs to (joining or starting one), counting its terms for IDF first. */
  assign(doc: StoryDoc, at: number): Assignment {
    this.df.add(doc.terms.keys());
    const match = this.bestMatch(doc);
    if (match) {
      this.join(match.storyId, doc);
      return { storyId: match.storyId, match };
    }
    this.start(doc.id, doc, at);
    return { storyId: doc.id, match: null };
  }

  /** The best story for an article without changing anything; null when none is close enough. */
  bestMatch(doc: StoryDoc): StoryMatch | null {
    this.idfs.clear();
    const weights = this.weigh(doc.terms, 1);
    let best: StoryMatch | null = null;
    for (const story of this.candidates(doc, weights)) {
      const m = this.score(doc, weights, story);
      if (m && (!best || m.score > best.score)) best = m;
    }
    return best;
  }

  /**
   * The stories the index proposes for an article, with its pair features against each, without
   * changing anything: what the trainer labels. Call after the article's terms were counted.
   */
  candidateFeatures(doc: StoryDoc): CandidateFeatures[] {
    this.idfs.clear();
    const weights = this.weigh(doc.terms, 1);
    return this.candidates(doc, weights).map((story) => ({
      storyId: story.id,
      features: this.features(doc, weights, story).features,
    }));
  }

  /** Counts an article's terms for IDF, as `assign` does before matching. */
  count(doc: StoryDoc): void {
    this.df.add(doc.terms.keys());
  }

  /** Adds an article to a story already in the index. */
  join(storyId: string, doc: StoryDoc): void {
    const story = this.stories.get(storyId);
    if (!story) throw new Error(`no story ${storyId} in the index`);
    addTo(story.terms, doc.terms);
    story.terms = pruned(story.terms);
    addTo(story.titleTerms, doc.titleTerms);
    story.titleTerms = pruned(story.titleTerms, SIDE_TERMS);
    addTo(story.leadTerms, doc.leadTerms);
    story.leadTerms = pruned(story.leadTerms, SIDE_TERMS);
    for (const [k, label] of doc.nameLabels)
      if (doc.names.has(k) && !story.names.has(k)) story.names.set(k, label);
    // A story restored from before names and figures were kept stays without them: a centroid of
    // its later articles alone would misrepresent it.
    if (story.properTerms) {
      addTo(story.properTerms, doc.properTerms);
      story.properTerms = pruned(story.properTerms, STORY_NAME_TERMS);
    }
    addCapped(story.numbers, doc.details.numbers, STORY_FIGURES);
    addCapped(story.years, doc.details.years, STORY_FIGURES);
    story.latestYear = maxDay(story.latestYear, doc.details.latestYear);
    for (const w of doc.details.weekdays) story.weekdays.add(w);
    if (doc.shingles && story.signatures.length < STORY_SIGNATURES) {
      story.signatures.push(doc.shingles);
      story.bands.push(...bandKeys(doc.shingles));
    }
    story.firstDay = minDay(story.firstDay, doc.day);
    story.lastDay = maxDay(story.lastDay, doc.day);
    story.size++;
    this.reindex(story);
  }

  /** Starts a story with this article. */
  start(storyId: string, doc: StoryDoc, at: number): void {
    const names = new Map<string, string>();
    for (const k of doc.names) names.set(k, doc.nameLabels.get(k) ?? k);
    const story: LiveStory = {
      id: storyId,
      terms: new Map(doc.terms),
      titleTerms: new Map(doc.titleTerms),
      leadTerms: new Map(doc.leadTerms),
      names,
      properTerms: new Map(doc.properTerms),
      numbers: new Set(doc.details.numbers),
      years: new Set(doc.details.years),
      latestYear: doc.details.latestYear,
      weekdays: new Set(doc.details.weekdays),
      signatures: doc.shingles ? [doc.shingles] : [],
      bands: doc.shingles ? bandKeys(doc.shingles) : [],
      firstDay: doc.day,
      lastDay: doc.day,
      size: 1,
      createdAt: at,
      keys: [],
    };
    this.stories.set(storyId, story);
    this.reindex(story);
  }

  /** Drops stories that started before `cutoff` (ms): they no longer absorb new articles. */
  evictBefore(cutoff: number): void {
    // Stories are added in arrival order, so the oldest come first in the map.
    for (const story of this.stories.values()) {
      if (story.createdAt >= cutoff) break;
      this.remove(story);
    }
  }

  state(storyId: string): StoryState | null {
    const s = this.stories.get(storyId);
    if (!s) return null;
    return {
      id: s.id,
      terms: [...s.terms].sort((a, b) => b[1] - a[1]).slice(0, STORY_TERMS),
      names: [...s.names],
      ...(s.properTerms ? { properTerms: [...s.properTerms] } : {}),
      signatures: s.signatures.map((sig) => [...sig]),
      firstDay: s.firstDay,
      lastDay: s.lastDay,
      size: s.size,
      titleTerms: [...s.titleTerms],
      leadTerms: [...s.leadTerms],
      numbers: [...s.numbers],
      years: [...s.years],
      latestYear: s.latestYear,
      weekdays: [...s.weekdays],
      createdAt: s.createdAt,
    };
  }

  /** Puts back a story kept elsewhere (the store), e.g. after a restart. */
  restore(state: StoryState): void {
    const existing = this.stories.get(state.id);
    if (existing) this.remove(existing);
    const story: LiveStory = {
      id: state.id,
      terms: new Map(state.terms),
      titleTerms: new Map(state.titleTerms ?? []),
      leadTerms: new Map(state.leadTerms ?? []),
      names: new Map(state.names),
      properTerms: state.properTerms ? new Map(state.properTerms) : null,
      numbers: new Set(state.numbers ?? []),
      years: new Set(state.years ?? []),
      // A story stored before the latest year was kept: the latest of its years, as read then.
      latestYear:
        state.latestYear !== undefined
          ? state.latestYear
          : (state.years ?? []).reduce<number | null>((m, y) => maxDay(m, Number(y)), null),
      weekdays: new Set(state.weekdays ?? []),
      signatures: state.signatures.map((s) => Uint32Array.from(s)),
      bands: state.signatures.flatMap((s) => bandKeys(Uint32Array.from(s))),
      firstDay: state.firstDay,
      lastDay: state.lastDay,
      size: state.size,
      createdAt: state.createdAt,
      keys: [],
    };
    this.stories.set(story.id, story);
    this.reindex(story);
  }

  private remove(story: LiveStory): void {
    for (const key of story.keys) {
      const set = this.postings.get(key);
      set?.delete(story.id);
      if (set && set.size === 0) this.postings.delete(key);
    }
    this.stories.delete(story.id);
  }

  /** TF-IDF weights (sublinear term frequency) of a term-count map averaged over `size` articles. */
  private weigh(terms: ReadonlyMap<string, number>, size: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [t, n] of terms) {
      let idf = this.idfs.get(t);
      if (idf === undefined) {
        idf = this.df.idf(t);
        this.idfs.set(t, idf);
      }
      out.set(t, sublinear(n / size) * idf);
    }
    return out;
  }

  /** Cosine of article weights with the story's centroid, weighing the story's terms on the fly. */
  private cosineWithStory(weights: ReadonlyMap<string, number>, story: LiveStory): number {
    let dot = 0;
    let ns = 0;
    let na = 0;
    for (const v of weights.values()) na += v * v;
    for (const [t, n] of story.terms) {
      let idf = this.idfs.get(t);
      if (idf === undefined) {
        idf = this.df.idf(t);
        this.idfs.set(t, idf);
      }
      const w = sublinear(n / story.size) * idf;
      ns += w * w;
      const a = weights.get(t);
      if (a !== undefined) dot += a * w;
    }
    return na === 0 || ns === 0 ? 0 : dot / Math.sqrt(na * ns);
  }

  private topTerms(weights: ReadonlyMap<string, number>, n: number): string[] {
    return [...weights]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([t]) => t);
  }

  private reindex(story: LiveStory): void {
    const keys = [
      ...this.topTerms(this.weigh(story.terms, story.size), INDEX_TERMS),
      ...story.names.keys(),
      ...story.bands,
    ];
    for (const key of story.keys) this.postings.get(key)?.delete(story.id);
    for (const key of keys) {
      let set = this.postings.get(key);
      if (!set) {
        set = new Set();
        this.postings.set(key, set);
      }
      set.add(story.id);
    }
    story.keys = keys;
  }

  /**
   * The index keys an article is looked up by (its most distinctive terms, names and MinHash
   * bands); a story it starts is indexed under the same keys. Processes sharing a store lock these
   * so that two articles that could meet in one story are grouped one after the other.
   */
  lookupKeys(doc: StoryDoc): string[] {
    this.idfs.clear();
    return this.keysOf(doc, this.weigh(doc.terms, 1));
  }

  private keysOf(doc: StoryDoc, weights: ReadonlyMap<string, number>): string[] {
    return [
      ...this.topTerms(weights, QUERY_TERMS),
      ...doc.names,
      ...(doc.shingles ? bandKeys(doc.shingles) : []),
    ];
  }

  private candidates(doc: StoryDoc, weights: ReadonlyMap<string, number>): LiveStory[] {
    const hits = new Map<string, number>();
    for (const key of this.keysOf(doc, weights)) {
      const set = this.postings.get(key);
      if (!set || set.size > MAX_POSTING) continue;
      for (const id of set) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => this.stories.get(id))
      .filter((s): s is LiveStory => s !== undefined);
  }

  private idf = (term: string): number => {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      idf = this.df.idf(term);
      this.idfs.set(term, idf);
    }
    return idf;
  };

  private features(
    doc: StoryDoc,
    weights: ReadonlyMap<string, number>,
    story: LiveStory,
  ): { features: number[]; similarity: number; copy: number } {
    let copy = 0;
    if (doc.shingles)
      for (const sig of story.signatures) copy = Math.max(copy, minhashSimilarity(doc.shingles, sig));
    const similarity = this.cosineWithStory(weights, story);
    return { features: pairFeatures(sideOf(doc), story, similarity, copy, this.idf), similarity, copy };
  }

  private score(doc: StoryDoc, weights: ReadonlyMap<string, number>, story: LiveStory): StoryMatch | null {
    const { settings } = this;
    if (doc.day !== null && story.firstDay !== null && story.lastDay !== null) {
      const gap = Math.max(story.firstDay - doc.day, doc.day - story.lastDay, 0);
      if (gap > settings.maxDayGap) return null;
    }
    const { features, similarity, copy } = this.features(doc, weights, story);
    const probability = this.scorer.probability(features);
    const nearDuplicate = copy >= settings.nearDuplicate;
    if (!nearDuplicate && probability < this.scorer.threshold) return null;
    const shared = [...doc.names].filter((k) => story.names.has(k));
    // Full name and surname are two keys for one person: show each person once.
    const sharedNames = [...new Set(shared.map((k) => story.names.get(k) ?? k))];
    return {
      storyId: story.id,
      similarity,
      copy,
      sharedNames,
      score: nearDuplicate ? Math.max(probability, 1 + copy) : probability,
      nearDuplicate,
    };
  }
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, v] of small) {
    const w = large.get(t);
    if (w !== undefined) dot += v * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

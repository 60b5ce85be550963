import type { StoryDoc } from './doc.js';
import type { DocumentFrequencies } from './frequencies.js';
import { bandKeys, minhashSimilarity } from './minhash.js';
import type { StoryMatch, StoryState } from './state.js';

export type { StoryMatch, StoryState } from './state.js';

/**
 * Groups articles into stories as they arrive. A new article is compared with the stories an
 * inverted index proposes (stories sharing its most distinctive terms, its names or a MinHash band),
 * never with every recent story, so the cost per article stays flat as the window fills. It joins
 * the best candidate when
 *   - its wording nearly duplicates one of the story's articles (a syndicated copy), or
 *   - TF-IDF cosine with the story's centroid, plus a bonus for the names both mention, clears
 *     a threshold,
 * and no known date puts the two more than a few days apart (two earthquakes a year apart are two
 * stories, however alike the words). Thresholds are chosen on the ECB+ dev split
 * (`npm run eval clusters`); see `GROUPING`.
 */

export interface GroupingSettings {
  /** Score (cosine + nameWeight × name overlap) at or above which an article joins a story. */
  threshold: number;
  /** How much the share of names in common adds to the text similarity. */
  nameWeight: number;

  /** MinHash similarity at which the article is a copy of a story's article. */
  nearDuplicate: number;
  /** Days between an article's date and a story's dates beyond which they are different events. */
  maxDayGap: number;
}

/** Chosen on ECB+ dev (B-cubed F1), see `eval/tasks/clusters.ts`. */
export const GROUPING: GroupingSettings = {
  threshold: 0.45,
  nameWeight: 0.4,
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

interface LiveStory {
  id: string;
  terms: Map<string, number>;
  names: Map<string, string>;
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

export class StoryIndex {
  private readonly stories = new Map<string, LiveStory>();
  private readonly postings = new Map<string, Set<string>>();
  /** IDF by term, valid until the frequencies change (the next article): a story's terms recur across candidates. */
  private readonly idfs = new Map<string, number>();

  constructor(
    private readonly df: DocumentFrequencies,
    private readonly settings: GroupingSettings = GROUPING,
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

  /** Adds an article to a story already in the index. */
  join(storyId: string, doc: StoryDoc): void {
    const story = this.stories.get(storyId);
    if (!story) throw new Error(`no story ${storyId} in the index`);
    for (const [t, n] of doc.terms) story.terms.set(t, (story.terms.get(t) ?? 0) + n);
    if (story.terms.size > STORY_TERMS * 1.5) {
      story.terms = new Map([...story.terms].sort((a, b) => b[1] - a[1]).slice(0, STORY_TERMS));
    }
    for (const [k, label] of doc.nameLabels)
      if (doc.names.has(k) && !story.names.has(k)) story.names.set(k, label);
    if (doc.shingles && story.signatures.length < STORY_SIGNATURES) {
      story.signatures.push(doc.shingles);
      story.bands.push(...bandKeys(doc.shingles));
    }
    if (doc.day !== null) {
      story.firstDay = story.firstDay === null ? doc.day : Math.min(story.firstDay, doc.day);
      story.lastDay = story.lastDay === null ? doc.day : Math.max(story.lastDay, doc.day);
    }
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
      names,
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
      signatures: s.signatures.map((sig) => [...sig]),
      firstDay: s.firstDay,
      lastDay: s.lastDay,
      size: s.size,
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
      names: new Map(state.names),
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

  private candidates(doc: StoryDoc, weights: ReadonlyMap<string, number>): LiveStory[] {
    const hits = new Map<string, number>();
    const keys = [
      ...this.topTerms(weights, QUERY_TERMS),
      ...doc.names,
      ...(doc.shingles ? bandKeys(doc.shingles) : []),
    ];
    for (const key of keys) {
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

  private score(doc: StoryDoc, weights: ReadonlyMap<string, number>, story: LiveStory): StoryMatch | null {
    const { settings } = this;
    if (doc.day !== null && story.firstDay !== null && story.lastDay !== null) {
      const gap = Math.max(story.firstDay - doc.day, doc.day - story.lastDay, 0);
      if (gap > settings.maxDayGap) return null;
    }
    let copy = 0;
    if (doc.shingles)
      for (const sig of story.signatures) copy = Math.max(copy, minhashSimilarity(doc.shingles, sig));
    const similarity = this.cosineWithStory(weights, story);
    const shared = [...doc.names].filter((k) => story.names.has(k));
    const nameShare = shared.length / Math.max(1, Math.min(doc.names.size, story.names.size));
    const score = similarity + settings.nameWeight * nameShare;
    const nearDuplicate = copy >= settings.nearDuplicate;
    if (!nearDuplicate && score < settings.threshold) return null;
    // Full name and surname are two keys for one person: show each person once.
    const sharedNames = [...new Set(shared.map((k) => story.names.get(k) ?? k))];
    return {
      storyId: story.id,
      similarity,
      copy,
      sharedNames,
      score: nearDuplicate ? Math.max(score, 1 + copy) : score,
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

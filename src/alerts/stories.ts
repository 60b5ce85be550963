import type { AlertStore } from '../store/alert-store.js';
import type { StoredArticle } from '../store/store.js';
import { type StoryDoc, storyDocOf } from '../stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../stories/frequencies.js';
import { type GroupingSettings, GROUPING, StoryIndex } from '../stories/grouper.js';
import type { StoryMatch } from '../stories/state.js';

/**
 * The router's story grouping, kept in the alert store: the same news from several outlets is one
 * story. The content grouper (`src/stories/`) decides; this class loads its state once (the
 * stories of the window and the term frequencies), then keeps the store in step with each decision,
 * so a restart groups the next article exactly as the running process would have.
 */

/** Stories older than this don't absorb new articles: "a day or two" in newsroom terms. */
const STORY_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface StoryDecision {
  storyId: string;
  /** Why it joined an existing story; null when it started one. */
  match: StoryMatch | null;
}

/** Share of the documents other processes may add before the term counts are read again. */
const STALE_COUNTS = 0.02;
/** Index keys locked per article at most: its top terms, names and bands fit; the lock table stays bounded. */
const MAX_LOCK_KEYS = 128;
/** Grouping positions not yet seen that catching up keeps asking for; a later landing of an older one forces a reload. */
const MAX_GAPS = 1_000;

export class StoryGrouping {
  private index: StoryIndex | null = null;
  /**
   * Grouped articles the index holds: those read from the store plus this process's own. The
   * router's writes can be rolled back (a failed delivery write undoes the whole routing
   * transaction) while the index in memory keeps them; a different count in the store means
   * "read it again".
   */
  private counted = 0;
  /** The highest grouping position read from the store. */
  private lastSeq = 0;
  /**
   * Positions at or below `lastSeq` not seen yet: another process's routing transaction took the
   * position before a later one and commits after it (or rolls back, leaving it empty).
   */
  private gaps = new Set<number>();
  /** The term counts the index weighs by (this process's articles counted at once, others' in batches). */
  private df: DocumentFrequencies | null = null;
  /** Other processes' articles grouped since the term counts were last read from the store. */
  private uncounted = 0;
  /** Articles this process grouped since it last read the store (told apart from others' articles). */
  private readonly mine = new Set<string>();

  constructor(
    private readonly alerts: AlertStore,
    private readonly settings: GroupingSettings = GROUPING,
  ) {}

  /**
   * The story of an article: the one it was already put in, or the one it joins or starts now.
   * Call inside the routing transaction, one article at a time per process (the route inbox
   * does): the keys it locks and the story row it updates are held until that transaction ends.
   */
  async assign(article: StoredArticle, now: Date): Promise<StoryDecision> {
    try {
      return await this.group(article, now);
    } catch (err) {
      // The index may hold half of this article; the next one starts from the store.
      this.index = null;
      throw err;
    }
  }

  private async group(article: StoredArticle, now: Date): Promise<StoryDecision> {
    const { alerts } = this;
    const existing = await alerts.storyOf(article.id);
    if (existing) return { storyId: existing, match: await alerts.storyMatch(article.id) };
    // Terms, names and MinHash need nothing shared: worked out before taking any lock.
    const doc = storyDocOf(article.id, article.parsed, article.published);
    let index = await this.load(now);
    // Processes sharing the store group in parallel, except articles that share an index key:
    // only those could meet in one story, and they take turns, each seeing the other's story.
    const locked = new Set(lockKeys(index, doc));
    await alerts.lockStoryKeys([...locked]);
    index = await this.catchUp(index, now);
    index.evictBefore(now.getTime() - STORY_WINDOW_MS);
    index.count(doc);
    await alerts.countStoryTerms([...doc.terms.keys()]);
    this.counted++;
    // Counts caught up from others can move the margin of its top terms: lock what is new too.
    const extra = lockKeys(index, doc).filter((k) => !locked.has(k));
    if (extra.length > 0) await alerts.lockStoryKeys(extra);
    const match = index.bestMatch(doc);
    let storyId = doc.id;
    if (match) {
      storyId = match.storyId;
      // Another process may have added an article that shares no key with this one since this
      // process read the story: the row lock waits for it, and its state is taken before joining.
      const stored = await alerts.lockStory(storyId);
      if (stored && stored.size !== index.state(storyId)?.size) index.restore(stored);
      index.join(storyId, doc);
      const state = index.state(storyId);
      if (state) await alerts.saveStoryState(storyId, state);
    } else {
      index.start(storyId, doc, now.getTime());
      await alerts.createStory({
        id: storyId,
        signature: [...doc.names].sort(),
        firstArticleId: article.id,
        createdAt: now.toISOString(),
        state: index.state(storyId),
      });
    }
    await alerts.assignStory(article.id, storyId, match);
    this.mine.add(article.id);
    return { storyId, match };
  }

  /**
   * Bring the index in line with the store. Other processes sharing the database group articles
   * too: their stories are re-read (and their terms counted in batches), which costs what they
   * added, not a full reload per article. Their transactions commit in any order, so positions skipped
   * over are asked for again until they land. Anything else (this process's own writes rolled
   * back, an unreadable article, a count that doesn't add up) reloads the index.
   */
  private async catchUp(index: StoryIndex, now: Date): Promise<StoryIndex> {
    // Read before the rows: every article it counts is among them or already held.
    const docs = await this.alerts.storyDocCount();
    // Nothing new from others; now and then move the mark on so `mine` stays small.
    if (docs === this.counted && this.mine.size < 1_000) return index;
    const rows = await this.alerts.groupedSince(this.lastSeq, [...this.gaps]);
    const landed = new Set(rows.map((r) => r.articleId));
    const others = rows.filter((r) => !this.mine.has(r.articleId));
    if ([...this.mine].some((id) => !landed.has(id))) return this.reload(now);
    const stories = await this.alerts.storiesByIds([...new Set(others.map((r) => r.storyId))]);
    for (const story of stories) if (story.state) index.restore(story.state);
    this.counted += others.length;
    if (this.counted < docs) return this.reload(now);
    await this.refreshFrequencies(others.length);
    const seen = new Set(rows.map((r) => r.seq));
    for (const seq of seen) this.gaps.delete(seq);
    const top = Math.max(this.lastSeq, ...seen);
    for (let seq = Math.max(this.lastSeq + 1, top - MAX_GAPS); seq < top; seq++)
      if (!seen.has(seq)) this.gaps.add(seq);
    // Oldest first in the set: the longest-missing positions (most likely rolled back) go first.
    for (const seq of this.gaps) {
      if (this.gaps.size <= MAX_GAPS) break;
      this.gaps.delete(seq);
    }
    this.lastSeq = top;
    this.mine.clear();
    return index;
  }

  /**
   * Other processes' articles reach the term counts in batches: re-reading the store's counts
   * once they are a small share of the documents costs far less than working out each of those
   * articles' terms in every process, and IDF moves little with a few more documents. (Stories,
   * which decide where an article goes, are caught up at once.)
   */
  private async refreshFrequencies(othersAdded: number): Promise<void> {
    this.uncounted += othersAdded;
    if (!this.df || this.uncounted <= STALE_COUNTS * this.df.docs) return;
    const { docs, counts } = await this.alerts.storyTermCounts();
    this.df.load(docs, counts);
    this.uncounted = 0;
  }

  private reload(now: Date): Promise<StoryIndex> {
    this.index = null;
    return this.load(now);
  }

  /**
   * Reads the window's stories and the term counts once per process, not once per article, at
   * one instant of the store, with the positions other processes had taken but not committed.
   */
  private async load(now: Date): Promise<StoryIndex> {
    if (this.index) return this.index;
    const window = await this.alerts.storyWindow(new Date(now.getTime() - STORY_WINDOW_MS));
    const df = new DocumentFrequencies(shippedFrequencyPrior());
    df.load(window.docs, window.counts);
    this.df = df;
    this.uncounted = 0;
    this.counted = window.docs;
    this.lastSeq = window.lastSeq;
    this.gaps = new Set(window.gaps);
    this.mine.clear();
    const index = new StoryIndex(df, this.settings);
    // Oldest first, as the index expects stories in the order they started.
    for (const story of [...window.stories].reverse()) if (story.state) index.restore(story.state);
    this.index = index;
    return index;
  }
}

/** The keys an article is looked up by, each once, at most MAX_LOCK_KEYS. */
function lockKeys(index: StoryIndex, doc: StoryDoc): string[] {
  return [...new Set(index.lookupKeys(doc))].slice(0, MAX_LOCK_KEYS);
}

/** What an article's story is to an admin: the article that started it and why this one joined. */
export interface StoryFacts {
  storyId: string;
  match: StoryMatch | null;
  /** The article that started the story (null if it is gone from the store). */
  first: Pick<StoredArticle, 'id' | 'title' | 'source' | 'url'> | null;
  /** Articles in the story, this one included. */
  size: number;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** One or two sentences for /why: which story the article joined, and on what evidence. */
export function explainStory(articleId: string, facts: StoryFacts): string {
  const { match, first, size } = facts;
  const others = size - 1;
  const company =
    others === 0
      ? 'no other article has joined it yet'
      : `${others} other ${others === 1 ? 'article' : 'articles'} in it`;
  if (!match || facts.storyId === articleId) return `It started its own story (${company}).`;
  const origin = first
    ? `"${first.title}"${first.source ? ` (${first.source})` : ''}, ${first.id}`
    : facts.storyId;
  const evidence = match.nearDuplicate
    ? [`a near copy of one of its articles (${percent(match.copy)} of the wording in common)`]
    : [`text similarity ${match.similarity.toFixed(2)}`];
  if (match.sharedNames.length > 0)
    evidence.push(`shared names: ${match.sharedNames.slice(0, 6).join(', ')}`);
  return `It joined the story started by ${origin} (${company}): ${evidence.join('; ')}.`;
}

import type { AlertStore } from '../store/alert-store.js';
import type { StoredArticle } from '../store/store.js';
import { storyDocOf } from '../stories/doc.js';
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

export class StoryGrouping {
  private index: StoryIndex | null = null;
  /**
   * Articles counted in the store when the index last matched it. The router's writes can be
   * rolled back (a failed delivery write undoes the whole routing transaction) while the index in
   * memory keeps them; a different count in the store means "read it again".
   */
  private counted = 0;
  /** Where this process last caught up in the store's grouping order. */
  private lastSeq = 0;
  /** Articles this process grouped since then (told apart from other processes' articles). */
  private readonly mine = new Set<string>();

  constructor(
    private readonly alerts: AlertStore,
    private readonly settings: GroupingSettings = GROUPING,
  ) {}

  /** The story of an article: the one it was already put in, or the one it joins or starts now. */
  async assign(article: StoredArticle, now: Date): Promise<StoryDecision> {
    const { alerts } = this;
    const existing = await alerts.storyOf(article.id);
    if (existing) return { storyId: existing, match: await alerts.storyMatch(article.id) };
    if (this.index) await this.catchUp(this.index);
    const index = await this.load(now);
    index.evictBefore(now.getTime() - STORY_WINDOW_MS);
    const doc = storyDocOf(article.id, article.parsed, article.published);
    await alerts.countStoryTerms([...doc.terms.keys()]);
    this.counted++;
    const { storyId, match } = index.assign(doc, now.getTime());
    const state = index.state(storyId);
    if (match) {
      if (state) await alerts.saveStoryState(storyId, state);
    } else {
      await alerts.createStory({
        id: storyId,
        signature: [...doc.names].sort(),
        firstArticleId: article.id,
        createdAt: now.toISOString(),
        state,
      });
    }
    await alerts.assignStory(article.id, storyId, match);
    this.mine.add(article.id);
    return { storyId, match };
  }

  /**
   * Bring the index in line with the store. Other processes sharing the database group articles
   * too (one at a time, under the routing lock): their articles are counted and their stories
   * re-read, which costs what they added, not a full reload per article. Anything else (this
   * process's own writes rolled back, an unreadable article) drops the index for a full reload.
   */
  private async catchUp(index: StoryIndex): Promise<void> {
    const docs = await this.alerts.storyDocCount();
    // Nothing new from others; now and then move the mark on so `mine` stays small.
    if (docs === this.counted && this.mine.size < 1_000) return;
    const rows = await this.alerts.groupedSince(this.lastSeq);
    const landed = new Set(rows.map((r) => r.articleId));
    const others = rows.filter((r) => !this.mine.has(r.articleId));
    if (
      [...this.mine].some((id) => !landed.has(id)) ||
      docs !== this.counted + others.length ||
      others.some((r) => r.article === null)
    ) {
      this.index = null;
      return;
    }
    for (const r of others) {
      const a = r.article!;
      index.count(storyDocOf(a.id, a.parsed, a.published));
    }
    const stories = await this.alerts.storiesByIds([...new Set(others.map((r) => r.storyId))]);
    for (const story of stories) if (story.state) index.restore(story.state);
    this.counted = docs;
    this.lastSeq = rows.at(-1)?.seq ?? this.lastSeq;
    this.mine.clear();
  }

  /** Reads the window's stories and the term counts once per process, not once per article. */
  private async load(now: Date): Promise<StoryIndex> {
    if (this.index) return this.index;
    const df = new DocumentFrequencies(shippedFrequencyPrior());
    const { docs, counts } = await this.alerts.storyTermCounts();
    df.load(docs, counts);
    this.counted = docs;
    this.lastSeq = await this.alerts.lastGroupedSeq();
    this.mine.clear();
    const index = new StoryIndex(df, this.settings);
    const recent = await this.alerts.recentStories(new Date(now.getTime() - STORY_WINDOW_MS));
    // Oldest first, as the index expects stories in the order they started.
    for (const story of [...recent].reverse()) if (story.state) index.restore(story.state);
    this.index = index;
    return index;
  }
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

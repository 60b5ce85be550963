import { describe, expect, it } from 'vitest';
import { explainStory, StoryGrouping } from '../src/alerts/stories.js';
import { bcubed } from '../eval/bcubed.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { minhash, minhashSimilarity } from '../src/stories/minhash.js';
import { contentTerms, foldTerm } from '../src/stories/terms.js';
import { type ArticleSpec, parsedArticle, storeArticle } from './helpers/articles.js';

const quiet = { warn() {} };

const bridgeA: ArticleSpec = {
  title: 'River bridge closed after inspectors find cracked girders',
  text: 'Engineers closed the Elm Street bridge over the Wendle River after inspectors found cracked steel girders. City engineer Paula Okafor said the bridge would stay shut for at least six weeks while repairs are planned. Buses will divert through the Market Square crossing.',
  source: 'Valley Times',
  people: ['Paula Okafor'],
  places: ['Wendle River', 'Market Square'],
};

const bridgeB: ArticleSpec = {
  title: 'Cracks shut Elm Street crossing for six weeks',
  text: 'Cracked girders have forced the closure of the Elm Street bridge across the Wendle River. Paula Okafor, the city engineer, expects the crossing to remain closed for six weeks or more. Bus routes now run over the Market Square crossing instead.',
  source: 'Wendle Courier',
  people: ['Paula Okafor'],
  places: ['Wendle River', 'Market Square'],
};

/** Same kind of event, different bridge and people: another story. */
const otherBridge: ArticleSpec = {
  title: 'Harbour bridge reopens after resurfacing',
  text: 'The Harbour bridge reopened to traffic on Saturday after three months of resurfacing work. Mayor Tomas Reyes cut a ribbon as the first cyclists crossed. Tolls stay suspended until the end of the month.',
  source: 'Coast Daily',
  people: ['Tomas Reyes'],
  places: ['Harbour'],
};

/** A wire story long enough for its wording to be compared shingle by shingle. */
const wire =
  'Firefighters spent the night battling a blaze that destroyed a timber warehouse on the edge of the port district. ' +
  'No one was hurt, the fire service said, but smoke drifted across the northern suburbs and residents were told to keep their windows closed. ' +
  'The owner of the warehouse said it held furniture waiting to be shipped abroad and that the loss would run into millions.';

const doc = (id: string, spec: ArticleSpec, published?: string | null) =>
  storyDocOf(id, parsedArticle(spec), published);

function index(): StoryIndex {
  return new StoryIndex(new DocumentFrequencies());
}

describe('story grouping by content', () => {
  it('folds plurals and possessives and drops function words', () => {
    expect(foldTerm('ferries')).toBe('ferry');
    expect(foldTerm("okafor's")).toBe('okafor');
    expect(foldTerm('bus')).toBe('bus');
    expect(foldTerm('crashes')).toBe('crash');
    expect(contentTerms('The girders of the bridges were cracked')).toEqual(['girder', 'bridge', 'cracked']);
  });

  it('given two outlets reporting one closure in different words, the second joins the first one story, and a look-alike event stays apart', () => {
    const stories = index();
    expect(stories.assign(doc('a', bridgeA), 0).match).toBeNull();
    const second = stories.assign(doc('b', bridgeB), 1);
    expect(second.storyId).toBe('a');
    expect(second.match?.sharedNames).toContain('Paula Okafor');
    expect(second.match?.similarity).toBeGreaterThan(0.2);
    const other = stories.assign(doc('c', otherBridge), 2);
    expect(other.storyId).toBe('c');
    expect(other.match).toBeNull();
  });

  it('given a syndicated copy under another headline, it joins as a near duplicate', () => {
    const original = doc('w1', { title: 'Warehouse fire in port district', text: wire });
    const copy = doc('w2', {
      title: 'Night blaze destroys timber store',
      text: `${wire} Investigators will return in the morning.`,
    });
    expect(minhashSimilarity(original.shingles!, copy.shingles!)).toBeGreaterThan(0.6);
    const stories = index();
    stories.assign(original, 0);
    const joined = stories.assign(copy, 1);
    expect(joined.storyId).toBe('w1');
    expect(joined.match?.nearDuplicate).toBe(true);
  });

  it('given too few words, no MinHash is taken', () => {
    expect(minhash(['a', 'short', 'text'])).toBeNull();
  });

  it('given the same words a year apart, the dates keep two events apart', () => {
    const stories = index();
    stories.assign(doc('q1', bridgeA, '2023-03-01'), 0);
    expect(stories.assign(doc('q2', bridgeB, '2024-03-01'), 1).storyId).toBe('q2');
    // Days apart are the same story.
    expect(stories.assign(doc('q3', bridgeB, '2023-03-03'), 2).storyId).toBe('q1');
  });

  it('given a day the engine only read from the text, the dates veto nothing (a background date is no dateline)', () => {
    const inferred = (id: string, spec: ArticleSpec, day: string) =>
      storyDocOf(id, { ...parsedArticle({ ...spec, published: day }), publishedInferred: true });
    expect(inferred('r1', bridgeA, '2023-03-01').day).toBeNull();
    const stories = index();
    stories.assign(inferred('r1', bridgeA, '2023-03-01'), 0);
    expect(stories.assign(inferred('r2', bridgeB, '2024-03-01'), 1).storyId).toBe('r1');
    // The same day given by the source (a feed's date) does count.
    expect(doc('r3', bridgeB, '2024-03-01').day).not.toBeNull();
  });

  it('given stories older than the window, they are evicted and absorb nothing', () => {
    const stories = index();
    stories.assign(doc('old', bridgeA), 1_000);
    stories.evictBefore(2_000);
    expect(stories.size).toBe(0);
    expect(stories.assign(doc('new', bridgeB), 3_000).storyId).toBe('new');
  });

  it('given many unrelated recent stories, the index still finds the matching one', () => {
    const stories = index();
    const topics = ['orchard', 'tramline', 'stadium', 'library', 'vineyard', 'reservoir', 'museum', 'marina'];
    for (let i = 0; i < 400; i++) {
      const topic = topics[i % topics.length]!;
      stories.assign(
        doc(`n${i}`, {
          title: `${topic} plan number ${i} approved`,
          text: `The council approved ${topic} works at site ${1000 + i}, led by planner Quill${i}.`,
          people: [`Ada Quill${i}`],
        }),
        i,
      );
    }
    stories.assign(doc('a', bridgeA), 500);
    expect(stories.assign(doc('b', bridgeB), 501).storyId).toBe('a');
  });

  it('given a story kept as state and restored in a new index, the next article joins it the same way', () => {
    const first = index();
    first.assign(doc('a', bridgeA), 0);
    const state = first.state('a')!;
    const restored = new StoryIndex(new DocumentFrequencies());
    restored.restore(JSON.parse(JSON.stringify(state)));
    expect(restored.assign(doc('b', bridgeB), 1).storyId).toBe('a');
  });

  it('B-cubed scores a perfect grouping 1 and a single lump by cluster sizes', () => {
    const gold = new Map([
      ['1', 'x'],
      ['2', 'x'],
      ['3', 'y'],
    ]);
    expect(
      bcubed(
        gold,
        new Map([
          ['1', 'a'],
          ['2', 'a'],
          ['3', 'b'],
        ]),
      ).f1,
    ).toBe(1);
    const lump = bcubed(
      gold,
      new Map([
        ['1', 'a'],
        ['2', 'a'],
        ['3', 'a'],
      ]),
    );
    expect(lump.recall).toBe(1);
    expect(lump.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3, 10);
  });
});

describe('story grouping kept in the alert store', () => {
  it('given a restart between two outlets, the second article joins the story stored before, with its reason kept for /why', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const now = new Date('2024-05-17T09:00:00Z');
      const a = await storeArticle(articles, bridgeA);
      expect(await new StoryGrouping(alerts).assign(a, now)).toEqual({ storyId: a.id, match: null });
      // A new grouping object reads the window and the term counts back from the store.
      const b = await storeArticle(articles, bridgeB);
      const decision = await new StoryGrouping(alerts).assign(b, new Date('2024-05-17T10:00:00Z'));
      expect(decision.storyId).toBe(a.id);
      expect((await alerts.storyMatch(b.id))?.sharedNames).toContain('Paula Okafor');
      expect(await alerts.articlesOfStory(a.id)).toEqual([a.id, b.id]);
      expect((await alerts.storyTermCounts()).docs).toBe(2);
      const why = explainStory(b.id, {
        storyId: a.id,
        match: await alerts.storyMatch(b.id),
        first: await articles.getArticle(a.id),
        size: 2,
      });
      expect(why).toMatch(
        /^It joined the story started by "River bridge closed after inspectors find cracked girders" \(Valley Times\)/,
      );
      expect(why).toMatch(/text similarity 0\.\d\d; shared names: Paula Okafor/);
      expect(explainStory(a.id, { storyId: a.id, match: null, first: null, size: 2 })).toBe(
        'It started its own story (1 other article in it).',
      );
    } finally {
      await articles.close();
    }
  });

  it('given an article already grouped, it keeps its story and reason when it arrives again', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const grouping = new StoryGrouping(alerts);
      const now = new Date('2024-05-17T09:00:00Z');
      const a = await storeArticle(articles, bridgeA);
      const b = await storeArticle(articles, bridgeB);
      await grouping.assign(a, now);
      const first = await grouping.assign(b, now);
      expect(await grouping.assign(b, now)).toEqual(first);
      expect((await alerts.storyTermCounts()).docs).toBe(2);
    } finally {
      await articles.close();
    }
  });

  it('given a story older than 48 hours, a new report of it starts a new story', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const a = await storeArticle(articles, bridgeA);
      const b = await storeArticle(articles, bridgeB);
      await new StoryGrouping(alerts).assign(a, new Date('2024-05-17T09:00:00Z'));
      expect((await new StoryGrouping(alerts).assign(b, new Date('2024-05-20T09:00:00Z'))).storyId).toBe(
        b.id,
      );
    } finally {
      await articles.close();
    }
  });
});

describe('story grouping and rolled-back routing', () => {
  it('given a routing transaction rolled back after grouping, the retry starts the story again instead of joining a story that was never stored', async () => {
    const articles = new SqliteArticleStore(':memory:', { logger: quiet });
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const grouping = new StoryGrouping(alerts);
      const now = new Date('2024-05-17T09:00:00Z');
      const a = await storeArticle(articles, bridgeA);
      await expect(
        alerts.inTransaction(async () => {
          await grouping.assign(a, now);
          throw new Error('delivery write failed');
        }),
      ).rejects.toThrow('delivery write failed');
      expect(await alerts.storyOf(a.id)).toBeNull();
      expect(await grouping.assign(a, now)).toEqual({ storyId: a.id, match: null });
      expect((await alerts.recentStories(new Date('2024-05-16T00:00:00Z'))).map((s) => s.id)).toEqual([a.id]);
      expect((await alerts.storyTermCounts()).docs).toBe(1);
    } finally {
      await articles.close();
    }
  });
});

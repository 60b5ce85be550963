import { describe, expect, it } from 'vitest';
import { eventDetailsOf } from '../src/stories/details.js';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { shippedStoryScorer } from '../src/stories/model.js';
import { PAIR_FEATURES } from '../src/stories/pair.js';
import { type ArticleSpec, parsedArticle } from './helpers/articles.js';

/** Two reports of one quake (same magnitude, toll and weekday) and a look-alike quake elsewhere. */
const quakeA: ArticleSpec = {
  title: 'Magnitude 6.1 earthquake kills 12 in hill towns',
  text: 'A magnitude 6.1 earthquake struck the hill towns north of Varna on Tuesday, killing 12 people and injuring 140. Rescue teams searched collapsed houses through the night. Mayor Ilse Brandt said 300 families had lost their homes.',
  people: ['Ilse Brandt'],
  places: ['Varna'],
};
const quakeB: ArticleSpec = {
  title: 'Hill towns count losses after quake',
  text: 'Twelve people died when a 6.1 magnitude quake shook villages above Varna on Tuesday, officials said, and 140 were hurt. About 300 families are homeless, according to Mayor Ilse Brandt.',
  people: ['Ilse Brandt'],
  places: ['Varna'],
};
const otherQuake: ArticleSpec = {
  title: 'Magnitude 5.4 earthquake rattles coastal city',
  text: 'A magnitude 5.4 earthquake shook the coastal city of Porto Leone on Friday, injuring 23 people. Rescue teams checked collapsed houses in the old port. Governor Marco Ventura said 45 buildings were damaged.',
  people: ['Marco Ventura'],
  places: ['Porto Leone'],
};

const doc = (id: string, spec: ArticleSpec) => storyDocOf(id, parsedArticle(spec));
const feature = (features: number[], name: (typeof PAIR_FEATURES)[number]) =>
  features[PAIR_FEATURES.indexOf(name)];

describe('event details and the learned same-story scorer', () => {
  it('reads figures (not years or single digits), years, lead weekdays and a dateline or address date', () => {
    const details = eventDetailsOf(
      parsedArticle({
        title: 'Ferry terminal approved on Monday',
        text: 'The harbour board approved the 2,500 square metre terminal on Monday by 7 votes to 2. Work starts in 2025 and costs 48.5 million.',
        published: '2024-05-17',
      }),
    );
    expect([...details.numbers].sort()).toEqual(['2500', '48.5']);
    expect([...details.years]).toEqual(['2025']);
    expect([...details.weekdays]).toEqual(['monday']);
    const undated = { ...parsedArticle({ title: 'Board votes', text: 'The board voted.' }), published: null };
    expect(eventDetailsOf({ ...undated, title: 'March 4th, 2016, 14:20 GMT' }).textDay).toBe(
      Date.UTC(2016, 2, 4) / 86_400_000,
    );
    expect(eventDetailsOf({ ...undated, url: 'https://news.example/2013/may/03/board-votes' }).textDay).toBe(
      Date.UTC(2013, 4, 3) / 86_400_000,
    );
  });

  it('given the same quake and a look-alike, figures and weekday agree for the one and clash for the other', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const a = doc('a', quakeA);
    index.count(a);
    index.start('a', a, 0);
    for (const [spec, same] of [
      [quakeB, true],
      [otherQuake, false],
    ] as const) {
      const d = doc(spec.title, spec);
      index.count(d);
      const [candidate] = index.candidateFeatures(d);
      expect(candidate?.storyId).toBe('a');
      const f = candidate!.features;
      expect(feature(f, 'figures shared')! > 0).toBe(same);
      expect(feature(f, 'figures none shared (2+ each)')).toBe(same ? 0 : 1);
      expect(feature(f, 'lead weekday clashes')).toBe(same ? 0 : 1);
      expect(feature(f, 'people none shared')).toBe(same ? 0 : 1);
    }
  });

  it('given the shipped weights, the second report joins the quake and the look-alike starts its own story', () => {
    const scorer = shippedStoryScorer();
    expect(scorer.threshold).toBeGreaterThan(0);
    const index = new StoryIndex(new DocumentFrequencies());
    expect(index.assign(doc('a', quakeA), 0).match).toBeNull();
    const second = index.assign(doc('b', quakeB), 1);
    expect(second.storyId).toBe('a');
    expect(second.match?.score).toBeGreaterThanOrEqual(scorer.threshold);
    expect(index.assign(doc('c', otherQuake), 2).storyId).toBe('c');
  });

  it('given a story stored before the scorer’s fields existed, it restores and still takes its next report', () => {
    const first = new StoryIndex(new DocumentFrequencies());
    first.assign(doc('a', quakeA), 0);
    const { titleTerms, leadTerms, numbers, years, latestYear, weekdays, properTerms, ...old } =
      first.state('a')!;
    const restored = new StoryIndex(new DocumentFrequencies());
    restored.restore(old);
    expect(restored.state('a')?.numbers).toEqual([]);
    const joined = restored.assign(doc('b', quakeB), 1);
    expect(joined.storyId).toBe('a');
    expect(restored.state('a')?.numbers).toContain('6.1');
    // Its names and figures were never kept: it goes on without them rather than with a partial centroid.
    expect(restored.state('a')?.properTerms).toBeUndefined();
  });

  it('reads the capitalised words inside sentences and the figures, not a sentence’s first word', () => {
    const d = doc('a', {
      title: 'Council approves bridge',
      text: 'Engineers from Tallin Works will build the 240 metre bridge. Work starts soon.',
    });
    expect([...d.properTerms.keys()].sort()).toEqual(['240', 'tallin', 'work']);
  });

  it('given a headline in title case or a line in capitals, their capitalised common words are no names; a sentence-case line keeps its names', () => {
    const d = doc('a', {
      title: 'Storm Closes Harbour Bridge For Repairs',
      text: 'FERRY CREWS WALK OUT OVER NIGHT SHIFTS. Engineers from Tallin Works closed the 240 metre bridge.',
    });
    expect([...d.properTerms.keys()].sort()).toEqual(['240', 'tallin', 'work']);
    // A sentence-case headline capitalises only its names: they stay names.
    const named = doc('b', {
      title: 'Mayor Ilse Brandt visits Varna after the storm',
      text: 'Roads reopened.',
    });
    expect([...named.properTerms.keys()].sort()).toEqual(['brandt', 'ilse', 'varna']);
  });

  it('given names and figures, the same quake scores high and the look-alike low; one shared word out of one stays low', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const a = doc('a', quakeA);
    index.count(a);
    index.start('a', a, 0);
    const namesCosine = (d: ReturnType<typeof doc>) => {
      index.count(d);
      const [candidate] = index.candidateFeatures(d);
      return feature(candidate!.features, 'names and figures cosine')!;
    };
    const same = namesCosine(doc('b', quakeB));
    const lookAlike = namesCosine(doc('c', otherQuake));
    expect(same).toBeGreaterThan(0.4);
    expect(lookAlike).toBeLessThan(same / 3);
    // Two briefs whose only capitalised word is the country they are about.
    const briefs = new StoryIndex(new DocumentFrequencies());
    const port = doc('p', {
      title: 'New port opens',
      text: 'A container port opened south of the capital in Ruritania.',
    });
    briefs.count(port);
    briefs.start('p', port, 0);
    const harvest = doc('h', {
      title: 'Harvest breaks record',
      text: 'Farmers in Ruritania picked more grapes than ever.',
    });
    briefs.count(harvest);
    const [candidate] = briefs.candidateFeatures(harvest);
    expect(candidate?.storyId).toBe('p');
    expect(feature(candidate!.features, 'names and figures cosine')).toBeLessThan(0.25);
    expect(feature(candidate!.features, 'names and figures cosine')).toBeGreaterThan(0);
  });

  it('given the shipped term-frequency prior, a fresh store already weighs a common news word below a rare one', () => {
    const prior = shippedFrequencyPrior();
    expect(prior.docs).toBeGreaterThan(1000);
    const fresh = new DocumentFrequencies(prior);
    expect(fresh.idf('government')).toBeLessThan(fresh.idf('ferry') - 1);
    // Without the prior every unseen word weighs the same.
    expect(new DocumentFrequencies().idf('government')).toBe(new DocumentFrequencies().idf('ferry'));
    // Counts of the running store add to the prior's.
    fresh.add(['ferry']);
    fresh.add(['ferry']);
    expect(fresh.idf('ferry')).toBeLessThan(new DocumentFrequencies(prior).idf('ferry'));
  });
});

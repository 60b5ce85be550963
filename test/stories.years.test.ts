import { describe, expect, it } from 'vitest';
import { eventDetailsOf } from '../src/stories/details.js';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { shippedStoryScorer } from '../src/stories/model.js';
import { PAIR_FEATURES } from '../src/stories/pair.js';
import { type ArticleSpec, parsedArticle } from './helpers/articles.js';

/**
 * Two look-alike events years apart, reported without a publication date: a reservoir floodgate
 * failing, and another failing five years later in the same valley. The later event's report recalls
 * the earlier one, so it names both years; its latest year is not the earlier story's latest.
 */
const firstFailure: ArticleSpec = {
  title: 'Floodgate fails at Marrow Fen reservoir, flooding farms',
  text: 'A floodgate at the Marrow Fen reservoir failed in March 2019, flooding farmland below the dam. Engineers from the Fenland Water Board said the gate had not been inspected since 2011. Farmers waded through flooded fields to move livestock.',
  places: ['Marrow Fen'],
  organizations: ['Fenland Water Board'],
};
const sameFailure: ArticleSpec = {
  title: 'Water board admits reservoir gate missed inspections',
  text: 'The Fenland Water Board admitted that the Marrow Fen floodgate which failed this March had gone unchecked since 2011. The failure in 2019 flooded farmland below the dam, and farmers moved livestock from flooded fields.',
  places: ['Marrow Fen'],
  organizations: ['Fenland Water Board'],
};
const laterFailure: ArticleSpec = {
  title: 'Floodgate fails again at Marrow Fen reservoir, flooding farms',
  text: 'Farmland below the Marrow Fen reservoir was under water on Thursday after a second floodgate gave way in April 2024, five years after the failure of 2019. The Fenland Water Board said the gate had been rebuilt in 2021 and sent engineers to the dam. Livestock were moved to higher ground.',
  places: ['Marrow Fen'],
  organizations: ['Fenland Water Board'],
};

const doc = (id: string, spec: ArticleSpec) => storyDocOf(id, parsedArticle(spec));
const latestApart = (features: number[]) => features[PAIR_FEATURES.indexOf('latest years 2+ apart')];

describe('the latest year a report names', () => {
  it('given a later look-alike that recalls the earlier event, the latest years are apart; a report of the same event with a background year agrees', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const first = doc('first', firstFailure);
    index.count(first);
    index.start('first', first, 0);
    for (const [id, spec, differ] of [
      ['same', sameFailure, 0],
      ['later', laterFailure, 1],
    ] as const) {
      const d = doc(id, spec);
      index.count(d);
      const [candidate] = index.candidateFeatures(d);
      expect(candidate?.storyId).toBe('first');
      expect(latestApart(candidate!.features)).toBe(differ);
      // Both name 2019: the clash on any shared year would not tell them apart.
      expect(candidate!.features[PAIR_FEATURES.indexOf('years clash')]).toBe(0);
    }
  });

  it('given a report of the same event that names the year before as its latest (a January report of a December failure), no clash fires', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const december = doc('december', {
      ...firstFailure,
      text: 'A floodgate at the Marrow Fen reservoir failed on December 30, 2018, flooding farmland below the dam. Farmers waded through flooded fields to move livestock.',
    });
    index.count(december);
    index.start('december', december, 0);
    const january = doc('january', {
      ...sameFailure,
      text: 'The Fenland Water Board said on Friday that the Marrow Fen floodgate which failed in December 2018 had gone unchecked since 2011, and that repairs would take until March 2019.',
    });
    index.count(january);
    const [candidate] = index.candidateFeatures(january);
    expect(candidate?.storyId).toBe('december');
    expect(latestApart(candidate!.features)).toBe(0);
  });

  it('given an article or a story naming no year, nothing fires', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const first = doc('first', firstFailure);
    index.count(first);
    index.start('first', first, 0);
    const undated = doc('undated', {
      ...laterFailure,
      text: 'A floodgate at the Marrow Fen reservoir failed, flooding farmland below the dam. Farmers waded through flooded fields to move livestock.',
    });
    index.count(undated);
    const [candidate] = index.candidateFeatures(undated);
    expect(candidate?.storyId).toBe('first');
    expect(latestApart(candidate!.features)).toBe(0);
  });

  it('given the shipped weights, a later look-alike whose latest year differs scores below the same pair without the clash', () => {
    const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
    index.assign(doc('first', firstFailure), 0);
    index.assign(doc('same', sameFailure), 1);
    const later = doc('later', laterFailure);
    index.count(later);
    const [candidate] = index.candidateFeatures(later);
    const features = [...candidate!.features];
    expect(latestApart(features)).toBe(1);
    const scorer = shippedStoryScorer();
    const withClash = scorer.probability(features);
    features[PAIR_FEATURES.indexOf('latest years 2+ apart')] = 0;
    expect(withClash).toBeLessThan(scorer.probability(features));
  });

  it('given deadlines and horizons ("by 2031", "until the end of 2029"), the latest year is the one things happened in', () => {
    const details = eventDetailsOf(
      parsedArticle({
        title: 'Tram line to Quillby approved',
        text: 'The Quillby council approved the tram line in 2026 after a vote on Monday. The first trams will run by 2031, and the old bus depot stays open until the end of 2029. A similar plan failed in 2019.',
        published: '2026-02-10',
      }),
    );
    expect([...details.years].sort()).toEqual(['2019', '2026', '2029', '2031']);
    expect(details.latestYear).toBe(2026);
    // The same deadline as a time something happened counts: "in 2031" is no horizon word.
    const finished = eventDetailsOf(
      parsedArticle({ title: 'Trams run', text: 'The first trams ran in 2031.', published: '2031-06-01' }),
    );
    expect(finished.latestYear).toBe(2031);
  });

  it('given a publication day, a later year the text names (a plan, a forecast) is not its latest', () => {
    const spec = {
      title: 'Harbour board backs a 2030 ferry terminal',
      text: 'The Ostrand harbour board on Tuesday backed a new ferry terminal, with a 2030 opening date. The old terminal was built in 1988.',
    };
    expect(eventDetailsOf(parsedArticle({ ...spec, published: '2026-04-07' })).latestYear).toBe(1988);
    const undated = { ...parsedArticle(spec), published: null };
    expect(eventDetailsOf(undated).latestYear).toBe(2030);
  });

  it('given a story whose first report names a horizon year, a second outlet naming only this year is no clash', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const first = doc('first', {
      title: 'Ostrand ferry terminal approved',
      text: 'The Ostrand harbour board approved a new ferry terminal on Tuesday. Building starts next spring and the terminal should be finished by 2030. The board first proposed it in 2026.',
      places: ['Ostrand'],
      organizations: ['Ostrand Harbour Board'],
      published: '2026-04-07',
    });
    index.count(first);
    index.start('first', first, 0);
    const second = doc('second', {
      title: 'Go-ahead for new Ostrand terminal',
      text: 'Harbour officials in Ostrand gave the go-ahead for a new ferry terminal, a plan tabled in 2026.',
      places: ['Ostrand'],
      organizations: ['Ostrand Harbour Board'],
      published: '2026-04-08',
    });
    index.count(second);
    const [candidate] = index.candidateFeatures(second);
    expect(candidate?.storyId).toBe('first');
    expect(latestApart(candidate!.features)).toBe(0);
  });
});

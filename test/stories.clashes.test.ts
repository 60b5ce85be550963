import { describe, expect, it } from 'vitest';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { shippedStoryScorer } from '../src/stories/model.js';
import { PAIR_FEATURES } from '../src/stories/pair.js';
import { type ArticleSpec, parsedArticle } from './helpers/articles.js';

/**
 * Invented reports: a warehouse fire, a second outlet's report of it, and a look-alike fire at the
 * same depot on another weekday with its own figures (the same kind of event, words and place alike).
 */
const fire: ArticleSpec = {
  title: 'Fire guts grain warehouse at Kessel depot',
  text: 'A fire gutted a grain warehouse at the Kessel depot on Sunday, injuring 14 workers and destroying 2,300 tonnes of wheat. Firefighters from three towns fought the blaze for nine hours. Depot manager Anke Rolle said the damage would run to 18 million.',
  people: ['Anke Rolle'],
  places: ['Kessel'],
};
const sameFire: ArticleSpec = {
  title: 'Kessel depot counts losses after warehouse blaze',
  text: 'Fourteen workers were hurt when fire swept through a grain warehouse at the Kessel depot on Sunday, and 2,300 tonnes of wheat were lost. Anke Rolle, the depot manager, put the damage at 18 million.',
  people: ['Anke Rolle'],
  places: ['Kessel'],
};
const lookAlike: ArticleSpec = {
  title: 'Fire guts grain warehouse at Kessel depot',
  text: 'A fire gutted a grain warehouse at the Kessel depot on Thursday, injuring 31 workers and destroying 650 tonnes of barley. Firefighters from three towns fought the blaze for five hours. Depot manager Anke Rolle said the damage would run to 7 million.',
  people: ['Anke Rolle'],
  places: ['Kessel'],
};
/** The same fire told with figures of its own (a later count) but on the same weekday: one clash only. */
const updatedFire: ArticleSpec = {
  title: 'Warehouse fire at Kessel depot: more hurt than first thought',
  text: 'The fire at the Kessel depot on Sunday injured 16 workers, not 12 as first reported, the depot said. Manager Anke Rolle put the loss at 20 million.',
  people: ['Anke Rolle'],
  places: ['Kessel'],
};

const doc = (id: string, spec: ArticleSpec) => storyDocOf(id, parsedArticle(spec));
const CLASHES = PAIR_FEATURES.indexOf('two or more details clash');

function featuresAgainstFire(spec: ArticleSpec): number[] {
  const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
  index.assign(doc('fire', fire), 0);
  const d = doc('next', spec);
  index.count(d);
  const [candidate] = index.candidateFeatures(d);
  expect(candidate?.storyId).toBe('fire');
  return [...candidate!.features];
}

describe('two event details clashing at once', () => {
  it('given a look-alike fire on another weekday with figures of its own, two details clash; a second report of the fire clashes on none', () => {
    expect(CLASHES).toBeGreaterThan(0);
    expect(featuresAgainstFire(lookAlike)[CLASHES]).toBe(1);
    expect(featuresAgainstFire(sameFire)[CLASHES]).toBe(0);
  });

  it('given a report of the same fire whose figures all differ but whose weekday agrees, one clash is not two', () => {
    const f = featuresAgainstFire(updatedFire);
    expect(f[PAIR_FEATURES.indexOf('figures none shared (2+ each)')]).toBe(1);
    expect(f[CLASHES]).toBe(0);
  });

  it('given the shipped weights, two clashes at once lower the look-alike below the same pair without them', () => {
    const features = featuresAgainstFire(lookAlike);
    const scorer = shippedStoryScorer();
    const withClashes = scorer.probability(features);
    features[CLASHES] = 0;
    expect(withClashes).toBeLessThan(scorer.probability(features));
  });
});

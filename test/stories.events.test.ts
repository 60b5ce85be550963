import { describe, expect, it } from 'vitest';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { type ArticleSpec, parsedArticle } from './helpers/articles.js';

/**
 * Two earthquakes in one country a month apart, each reported by three outlets in their own words,
 * none dated by its source: the topic words ("quake", "magnitude", "rescue") are shared by all six;
 * who, where, how strong and how many died tell the two events apart.
 */
const firstQuake: ArticleSpec[] = [
  {
    title: 'Magnitude 6.3 quake kills 14 in northern Calvera',
    text: 'A magnitude 6.3 earthquake struck the mountain town of Sorrin in northern Calvera on Tuesday, killing 14 people and injuring 210. Rescue teams dug through collapsed houses overnight. Governor Paulo Ostrand said 900 homes were damaged.',
    people: ['Paulo Ostrand'],
    places: ['Sorrin', 'Calvera'],
  },
  {
    title: 'Sorrin counts its dead after Tuesday earthquake',
    text: 'Fourteen people died and 210 were hurt when a 6.3 magnitude tremor shook Sorrin on Tuesday, Governor Paulo Ostrand told reporters. About 900 houses in the Calveran mountain town were damaged, and rescuers were still searching the rubble.',
    people: ['Paulo Ostrand'],
    places: ['Sorrin'],
  },
  {
    title: 'Calvera quake: hundreds homeless in Sorrin',
    text: 'Families in Sorrin slept in tents after Tuesday’s magnitude 6.3 earthquake left 900 homes damaged and 14 dead. Governor Paulo Ostrand asked the capital for field hospitals for the 210 injured.',
    people: ['Paulo Ostrand'],
    places: ['Sorrin', 'Calvera'],
  },
];
const secondQuake: ArticleSpec[] = [
  {
    title: 'Magnitude 5.8 quake hits southern Calvera port',
    text: 'A magnitude 5.8 earthquake hit the port city of Vela Marin in southern Calvera on Saturday, killing three people and injuring 65. Rescue teams searched a collapsed warehouse on the docks. Mayor Ines Duarte said 120 buildings were damaged.',
    people: ['Ines Duarte'],
    places: ['Vela Marin', 'Calvera'],
  },
  {
    title: 'Vela Marin port shut after Saturday tremor',
    text: 'The port of Vela Marin stayed closed after Saturday’s 5.8 magnitude earthquake, which killed three and injured 65, Mayor Ines Duarte said. Inspectors were checking 120 damaged buildings near the docks.',
    people: ['Ines Duarte'],
    places: ['Vela Marin'],
  },
  {
    title: 'Calvera hit by second earthquake in a month',
    text: 'Three people died in Vela Marin when a magnitude 5.8 earthquake struck the southern port on Saturday, a month after the Sorrin quake. Mayor Ines Duarte said 65 people were injured and 120 buildings damaged.',
    people: ['Ines Duarte'],
    places: ['Vela Marin', 'Sorrin', 'Calvera'],
  },
];

/** An article as a source with no publication date gives it. */
const undated = (id: string, spec: ArticleSpec) =>
  storyDocOf(id, { ...parsedArticle(spec), published: null });

describe('look-alike events in one country', () => {
  it('given two quakes a month apart, each reported by three outlets and undated, each quake is one story and the two stay apart', () => {
    const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
    const stories = new Map<string, string>();
    // The second quake's reports arrive after the first's, its first report while the first story is fresh.
    for (const [i, [id, spec]] of [
      ...firstQuake.map((s, k) => [`first-${k}`, s] as const),
      ...secondQuake.map((s, k) => [`second-${k}`, s] as const),
    ].entries())
      stories.set(id, index.assign(undated(id, spec), i).storyId);
    expect(new Set(firstQuake.map((_, k) => stories.get(`first-${k}`)))).toEqual(new Set(['first-0']));
    expect(new Set(secondQuake.map((_, k) => stories.get(`second-${k}`)))).toEqual(new Set(['second-0']));
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { eventDetailsOf } from '../src/stories/details.js';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';
import { PAIR_FEATURES } from '../src/stories/pair.js';
import { parsedArticle } from './helpers/articles.js';

/**
 * Three outlets report one ferry-terminal approval in their own words, and on the same days a storm
 * at the same harbour cancels ferries: one place, one topic's words ("ferry", "harbour", "Ostrand"),
 * two events. Articles go through the real engine and the shipped scorer. All names, places and
 * events are invented.
 */
const REPORTS = [
  {
    id: 'gazette',
    event: 'terminal',
    published: '2027-09-14',
    text: `Ostrand harbour board approves new ferry terminal

The Ostrand harbour board voted 7 to 2 on Monday to approve a new ferry terminal on the north quay, a project costing 84 million.

Board chair Helga Marr said the terminal would handle 1.2 million passengers a year and replace the 1970s building on the south quay.

Work is due to begin next spring. Opponents, led by councillor Piet Abels, said the north quay site would bring traffic to the old town.`,
  },
  {
    id: 'coastline',
    event: 'terminal',
    published: '2027-09-14',
    text: `Go-ahead for 84 million north quay terminal in Ostrand

A new ferry terminal will be built on Ostrand's north quay after harbour board members backed the plan by seven votes to two.

Helga Marr, who chairs the board, said the building would serve 1.2 million travellers a year. Councillor Piet Abels, who voted against, warned of traffic in the old town.`,
  },
  {
    id: 'storm',
    event: 'storm',
    published: '2027-09-14',
    text: `Storm cancels Ostrand ferries, strands hundreds

Gales of up to 110 km/h forced the cancellation of all ferries from Ostrand harbour on Monday, leaving about 600 passengers stranded.

Harbour master Jonas Veld said waves had damaged a pontoon on the south quay. Sailings will resume once the wind drops, expected on Wednesday.`,
  },
  {
    id: 'radio',
    event: 'terminal',
    published: '2027-09-15',
    text: `Harbour board backs Ostrand terminal despite traffic fears

Ostrand is to get a new ferry terminal on the north quay. The harbour board approved the 84 million plan on Monday, with two members voting against.

Chair Helga Marr said it would cope with 1.2 million passengers a year. Piet Abels, a councillor, said residents of the old town feared more traffic.`,
  },
];

function group(reports: readonly (typeof REPORTS)[number][]): Map<string, string> {
  const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
  const out = new Map<string, string>();
  for (const [i, r] of reports.entries()) {
    const parsed = parseArticle({ text: r.text, published: r.published });
    out.set(r.id, index.assign(storyDocOf(r.id, parsed, r.published), i).storyId);
  }
  return out;
}

describe('a ferry-terminal approval told by three outlets, and a storm cancelling ferries at the same harbour', () => {
  for (const [order, reports] of [
    ['in arrival order', REPORTS],
    ['with the storm first', [REPORTS[2]!, ...REPORTS.filter((r) => r.event === 'terminal')]],
  ] as const)
    it(`given the reports ${order}, the approval is one story and the storm stays apart`, () => {
      const predicted = group(reports);
      const first = reports.find((r) => r.event === 'terminal')!.id;
      for (const r of reports.filter((x) => x.event === 'terminal')) expect(predicted.get(r.id)).toBe(first);
      expect(predicted.get('storm')).toBe('storm');
    });
});

describe('the weekday of a dateline line', () => {
  const weekdays = (title: string, text: string) =>
    [...eventDetailsOf(parsedArticle({ title, text })).weekdays].sort();

  it('given a line that is only a date and time, its weekday is the day it was written, not the event’s', () => {
    const text = 'The harbour board approved the terminal on Monday.';
    expect(weekdays('Tuesday, September 14, 2027', text)).toEqual(['monday']);
    expect(weekdays('Updated 8:15 p.m. GMT, Wed September 15, 2027', text)).toEqual(['monday']);
    // A headline that names a weekday among other words keeps it.
    expect(weekdays('Board to vote on terminal on Friday', 'The board meets in Ostrand.')).toEqual([
      'friday',
    ]);
  });

  it('given a dateline line, its day and time are no event figures, and its year is still a year', () => {
    const details = eventDetailsOf(
      parsedArticle({
        title: 'Ostrand terminal approved',
        text: 'Updated 8:15 p.m. GMT, Wed September 15, 2027\nThe harbour board approved the 84 million terminal for 12 ferries.',
      }),
    );
    expect([...details.numbers].sort()).toEqual(['12', '84']);
    expect([...details.years]).toEqual(['2027']);
  });

  it('given two outlets whose datelines are a day apart, their weekdays do not clash', () => {
    const index = new StoryIndex(new DocumentFrequencies());
    const a = storyDocOf(
      'a',
      parsedArticle({
        title: 'Tuesday, September 14, 2027',
        text: 'The Ostrand harbour board approved a new ferry terminal on the north quay. Chair Helga Marr said it would open in three years.',
        places: ['Ostrand'],
      }),
    );
    index.count(a);
    index.start('a', a, 0);
    const b = storyDocOf(
      'b',
      parsedArticle({
        title: 'Wednesday, September 15, 2027',
        text: 'Ostrand will get a new ferry terminal on its north quay after a harbour board vote. Chair Helga Marr welcomed the decision.',
        places: ['Ostrand'],
      }),
    );
    index.count(b);
    const [candidate] = index.candidateFeatures(b);
    expect(candidate?.storyId).toBe('a');
    expect(candidate!.features[PAIR_FEATURES.indexOf('lead weekday clashes')]).toBe(0);
  });
});

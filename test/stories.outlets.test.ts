import { describe, expect, it } from 'vitest';
import { bcubed } from '../eval/bcubed.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../src/stories/frequencies.js';
import { StoryIndex } from '../src/stories/grouper.js';

/**
 * Eight outlets report one event, each with its own headline and wording but the same people,
 * places and figures, and two look-alike events (a fire at another plant, a fire at a timber yard)
 * arrive among them on the same days. Articles go through the real engine and the shipped scorer,
 * as `herald stories --jsonl` runs them. All names, places and events are invented.
 */

interface Report {
  id: string;
  event: 'paint' | 'polymer' | 'timber';
  published: string;
  text: string;
}

const REPORTS: Report[] = [
  {
    id: 'courier',
    event: 'paint',
    published: '2026-03-10',
    text: `Two workers killed in overnight blaze at Brannock paint plant

Two workers died and three were taken to hospital after a fire tore through the Halvorsen Coatings paint plant in Brannock early on Tuesday.

Fire chief Marta Ellison said the blaze broke out at about 2:40 a.m. in a mixing hall and spread to a store of solvent drums. About 60 firefighters from four stations fought the flames for five hours.

Plant manager Owen Pratt said the night shift of 14 had been evacuated but two men were missing. Their bodies were found after the fire was put out.

The state fire marshal has opened an investigation into the cause.`,
  },
  {
    id: 'herald',
    event: 'paint',
    published: '2026-03-10',
    text: `Halvorsen Coatings fire: two dead, three injured

A fire at the Halvorsen Coatings factory in Brannock killed two employees on Tuesday morning, officials said.

The fire started shortly before 3 a.m. in the plant's mixing hall, according to Brannock Fire Chief Marta Ellison, and reached drums of solvent stored nearby. Roughly 60 firefighters battled it until after dawn.

Three other workers were treated in hospital for burns and smoke inhalation. Owen Pratt, who manages the plant, said 14 people were on the night shift.

Investigators from the state fire marshal's office will examine the site.`,
  },
  {
    id: 'yard',
    event: 'timber',
    published: '2026-03-10',
    text: `Firefighter hurt as flames sweep Dunmere timber yard

A firefighter was injured on Tuesday afternoon when a fire swept through the Fenwick Timber yard in Dunmere.

Station officer Rafael Ines said crews were called at 4:15 p.m. and 35 firefighters spent the evening damping down stacks of cut pine. The injured firefighter suffered a broken wrist when a stack collapsed.

Yard owner Gemma Fenwick said nobody else was on site. The cause of the fire is not yet known.`,
  },
  {
    id: 'wire',
    event: 'paint',
    published: '2026-03-10',
    text: `Deadly fire at Brannock coatings plant

Two people were killed when fire engulfed the Halvorsen Coatings plant in Brannock on Tuesday. Three workers were hurt. Fire chief Marta Ellison said about 60 firefighters were sent to the blaze, which began in a mixing hall.`,
  },
  {
    id: 'radio',
    event: 'paint',
    published: '2026-03-10',
    text: `Fire chief: solvent drums fed Brannock factory fire

Solvent drums stored beside a mixing hall fuelled the fire that killed two workers at a Brannock paint factory, Fire Chief Marta Ellison said on Tuesday.

Ellison said the fire at Halvorsen Coatings was reported at 2:40 a.m. Crews from four stations, about 60 firefighters in all, needed five hours to bring it under control.

Three injured workers remain in hospital. Plant manager Owen Pratt said the company was cooperating with the state fire marshal.`,
  },
  {
    id: 'polymer',
    event: 'polymer',
    published: '2026-03-11',
    text: `Homes evacuated as fire hits Orlin chemical plant

About 200 homes near the Tessaly Polymers plant in Orlin were evacuated on Wednesday after a fire broke out in a storage tank.

Fire chief Dana Whitcombe said nobody was hurt and 25 firefighters had the fire under control within two hours. Residents were allowed back in the evening after air tests came back clear.

A Tessaly Polymers spokesman, Leo Varga, said the tank held resin and the plant would stay closed on Thursday.`,
  },
  {
    id: 'gazette',
    event: 'paint',
    published: '2026-03-10',
    text: `Night shift workers die in Halvorsen plant blaze

Brannock is mourning two night shift workers who died when fire swept through the Halvorsen Coatings paint works on Tuesday.

The alarm was raised at 2:40 a.m., Fire Chief Marta Ellison said. Some 60 firefighters from four stations fought the blaze, which spread from the mixing hall to a store of solvent.

Owen Pratt, the plant manager, said the 12 other workers on the shift got out. Three of them were treated in hospital.`,
  },
  {
    id: 'tribune',
    event: 'paint',
    published: '2026-03-11',
    text: `Investigators search burned-out Brannock paint plant

State fire marshal investigators on Wednesday began searching the burned-out Halvorsen Coatings plant in Brannock, where two workers died in a fire on Tuesday.

Fire Chief Marta Ellison said the fire began in the mixing hall at about 2:40 a.m. and spread to solvent drums. About 60 firefighters fought it for five hours.

Plant manager Owen Pratt said three injured workers were recovering in hospital.`,
  },
  {
    id: 'daily',
    event: 'paint',
    published: '2026-03-11',
    text: `Halvorsen Coatings blaze: what we know

Two workers were killed and three injured in Tuesday's fire at the Halvorsen Coatings plant in Brannock.

The fire broke out in a mixing hall at 2:40 a.m. and reached solvent drums, Fire Chief Marta Ellison said. Some 60 firefighters from four stations attended.

The plant employs 140 people. Manager Owen Pratt said it would stay closed while the state fire marshal investigates.`,
  },
  {
    id: 'tv',
    event: 'paint',
    published: '2026-03-10',
    text: `Brannock plant fire leaves two dead

Two workers lost their lives in a fire at Halvorsen Coatings in Brannock before dawn on Tuesday, and three more were hurt. Fire Chief Marta Ellison said the flames spread from a mixing hall to solvent drums.`,
  },
];

/** The story of each report, grouped in the given order, with or without the dates the outlets gave. */
function group(reports: readonly Report[], dated: boolean): Map<string, string> {
  const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
  const predicted = new Map<string, string>();
  for (const [i, r] of reports.entries()) {
    const published = dated ? r.published : undefined;
    const parsed = parseArticle({ text: r.text, ...(published ? { published } : {}) });
    predicted.set(r.id, index.assign(storyDocOf(r.id, parsed, published), i).storyId);
  }
  return predicted;
}

describe('eight outlets reporting one event among look-alike events', () => {
  const orders = {
    'in arrival order': REPORTS,
    'with the look-alike fires first': [
      ...REPORTS.filter((r) => r.event !== 'paint'),
      ...REPORTS.filter((r) => r.event === 'paint'),
    ],
  };
  for (const [order, reports] of Object.entries(orders))
    for (const dated of [true, false])
      it(`given eight rewrites of one plant fire and two other fires ${order}, ${dated ? 'dated' : 'undated'}, the eight form one story and each other fire its own`, () => {
        expect(reports.filter((r) => r.event === 'paint')).toHaveLength(8);
        const predicted = group(reports, dated);
        const firstPaint = reports.find((r) => r.event === 'paint')!.id;
        const paint = new Set(reports.filter((r) => r.event === 'paint').map((r) => predicted.get(r.id)));
        expect(paint).toEqual(new Set([firstPaint]));
        expect(predicted.get('yard')).toBe('yard');
        expect(predicted.get('polymer')).toBe('polymer');
        const gold = new Map(reports.map((r) => [r.id, r.event]));
        expect(bcubed(gold, predicted).f1).toBe(1);
      });
});

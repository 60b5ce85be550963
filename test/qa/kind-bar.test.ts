import { describe, expect, it } from 'vitest';
import { KIND_FLOOR, kindLifted, kindTiedBelowBar } from '../../src/qa/kind-bar.js';

/** A name written beside the kind the question asks for clears the bars. Invented text. */

const reply = (answer: string, coverage = 0.3, fit = 0.2) => ({ answer, coverage, fit });

describe('kindTiedBelowBar', () => {
  it('ties a name written right after the asked kind, a determiner allowed', () => {
    const s = 'The evening ended in a sit-in by the group Harbour Watch outside the depot.';
    expect(kindTiedBelowBar(reply('Harbour Watch'), s, 'group')).toBe(true);
    const t = '“Why now?” reporter Lena Ostrow asked the mayor.';
    expect(kindTiedBelowBar(reply('Lena Ostrow'), t, 'reporter')).toBe(true);
  });

  it('ties a name set off after the kind and its relative clause, or followed by it in apposition', () => {
    const s = 'The site that first listed the old ferry, Boatmart.net, has since removed it.';
    expect(kindTiedBelowBar(reply('Boatmart.net'), s, 'site')).toBe(true);
    const t = 'Harbour Watch, a tenants’ group, filed the complaint.';
    expect(kindTiedBelowBar(reply('Harbour Watch'), t, 'group')).toBe(true);
  });

  it('leaves a name beside another kind, or a reply under the floor, alone', () => {
    const s = 'The evening ended in a sit-in by the group Harbour Watch outside the depot.';
    expect(kindTiedBelowBar(reply('Harbour Watch'), s, 'union')).toBe(false);
    expect(kindTiedBelowBar(reply('Harbour Watch', KIND_FLOOR / 2), s, 'group')).toBe(false);
    expect(kindTiedBelowBar(reply('Harbour Watch'), s, null)).toBe(false);
    const t = 'The mayor met Lena Ostrow after the vote.';
    expect(kindTiedBelowBar(reply('Lena Ostrow'), t, 'reporter')).toBe(false);
  });
});

describe('kindLifted', () => {
  it('raises a kind-tied reply to both bars and keeps a better one', () => {
    const s = 'The evening ended in a sit-in by the group Harbour Watch outside the depot.';
    const bars = { coverage: 0.5, probability: 0.4 };
    expect(kindLifted(reply('Harbour Watch'), s, 'group', bars)).toMatchObject({ coverage: 0.5, fit: 0.4 });
    expect(kindLifted(reply('Harbour Watch', 0.3, 0.9), s, 'group', bars)).toMatchObject({ fit: 0.9 });
    expect(kindLifted(reply('Harbour Watch'), s, 'union', bars)).toBeNull();
  });
});

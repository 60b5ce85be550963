import { describe, expect, it } from 'vitest';
import { OUTLETS, outletVersion, sentencesOf } from '../eval/outlets.js';

// Invented report: the synthetic outlets of the clusters eval rewrite real ones the same way.
const REPORT = [
  '(Wire) The Norland harbour board approved a new ferry terminal on Tuesday, ending a two-year dispute with fishermen.',
  'The terminal will cost 40 million crowns and open in the spring of next year.',
  'Board chair Ilse Varga said the vote was the hardest of her tenure.',
  'Fishermen had argued that the new berths would crowd the old quay.',
  'A smaller plan was rejected last winter after a public hearing.',
  'Work on the foundations begins next month, the board said.',
].join(' ');

describe('synthetic outlets for the eight-outlets clusters check', () => {
  it('given the wire outlet, the report is printed as it came', () => {
    expect(outletVersion(REPORT, OUTLETS[0]!, 1)).toBe(REPORT);
  });

  it('given another outlet, it leads with a headline from a later sentence and ends on its own boilerplate', () => {
    const outlet = OUTLETS.find((o) => o.name === 'herald')!;
    const version = outletVersion(REPORT, outlet, 3);
    const [headline, lead] = version.split('\n\n');
    const later = sentencesOf(REPORT).slice(1, 5).join(' ').toLowerCase();
    expect(later).toContain(headline!.toLowerCase());
    expect(lead).not.toContain('(Wire)');
    expect(version.endsWith(outlet.boilerplate.at(-1)!)).toBe(true);
  });

  it('given a lead of two clauses, the rewritten lead drops or reorders one', () => {
    const leads = OUTLETS.slice(1).map((o, i) => outletVersion(REPORT, o, i).split('\n\n')[1]);
    const original =
      'The Norland harbour board approved a new ferry terminal on Tuesday, ending a two-year dispute with fishermen.';
    expect(leads.every((l) => l !== original)).toBe(true);
    expect(new Set(leads).size).toBeGreaterThan(1);
  });

  it('given the same seed, the same version comes out', () => {
    expect(outletVersion(REPORT, OUTLETS[3]!, 9)).toBe(outletVersion(REPORT, OUTLETS[3]!, 9));
  });
});

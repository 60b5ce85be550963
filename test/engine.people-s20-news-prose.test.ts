import { describe, expect, it } from 'vitest';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

// Invented text: the firms, groups and people are made up.

describe('a name before an appositive headed by a body noun is that body (appositive-bodies.ts)', () => {
  it('given "X, the Ostrian mining company, says", X is a company', () => {
    const s = article(['Velmark, the Ostrian mining company, says the new levy will cost it dearly.']);
    expect(kinds(s, [mentionAt(s, 'Velmark', 0)])).toEqual(['organization']);
  });

  it('given "X, a crowdfunding website that ...", X is a body, and so is X elsewhere', () => {
    const s = article([
      'The figures come from Tarnly, a small crowdfunding website that counts donors.',
      'Tarnly counted more than four thousand of them.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Tarnly', 0), mentionAt(s, 'Tarnly', 1)])).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('carries a name the tagger typed a body before the appositive to a person-typed mention', () => {
    const s = article(['Holt Rising, an outside advocacy group, ran the ads.', 'Holt Rising paid for them.']);
    expect(
      kinds(s, [mentionAt(s, 'Holt Rising', 0, 'organization'), mentionAt(s, 'Holt Rising', 1)]),
    ).toEqual(['organization', 'organization']);
  });

  it('leaves people described by their work at a body as people', () => {
    const s = article([
      'Vell, the company’s founder, declined to comment.',
      'Rusk, a manager at an Ostby-based firm, spoke first.',
      'Marsh, a group leader at the plant, agreed.',
      'Asked about Dorn, the newspaper said it stood by its report.',
      'Ada Kell, the firm that hired her said, was pleased.',
    ]);
    expect(
      kinds(s, [
        mentionAt(s, 'Vell', 0),
        mentionAt(s, 'Rusk', 1),
        mentionAt(s, 'Marsh', 2),
        mentionAt(s, 'Dorn', 3),
        mentionAt(s, 'Ada Kell', 4),
      ]),
    ).toEqual(['person', 'person', 'person', 'person', 'person']);
  });
});

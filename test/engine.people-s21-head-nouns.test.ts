import { describe, expect, it } from 'vitest';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

// Invented text: every firm, team, group and person here is made up.

describe('a name closed by a head noun no person ends on names that thing (head-nouns.ts)', () => {
  it('given "Darrow Agency gave money to the fund", the firm is a body', () => {
    const s = article(['Darrow Agency gave two million dollars to the campaign last spring.']);
    expect(kinds(s, [mentionAt(s, 'Darrow Agency', 0)])).toEqual(['organization']);
  });

  it('given a website team signing a post, the team is a body', () => {
    const s = article(['The post was written by the Quillby Team on Tuesday night.']);
    expect(kinds(s, [mentionAt(s, 'Quillby Team', 0)])).toEqual(['organization']);
  });

  it('given a voting bloc named for a politician, the bloc is a body, no person', () => {
    const s = article(['Pollsters say the Garrow Democrats could swing the state this year.']);
    expect(kinds(s, [mentionAt(s, 'Garrow Democrats', 0)])).toEqual(['organization']);
  });

  it('given a borough closed by "Valley", the borough is a place', () => {
    const s = article(['Flooding closed schools in Marnock Valley and two nearby towns.']);
    expect(kinds(s, [mentionAt(s, 'Marnock Valley', 0)])).toEqual(['place']);
  });

  // Each sparing test holds a name the rule does retype, so it fails with the rule switched off.
  it('spares a person whose given name opens the name ("Ada J. Day"), and retypes the firm beside', () => {
    const s = article(['Ada J. Day, a lawyer, left the Darrow Agency in May.']);
    expect(kinds(s, [mentionAt(s, 'Ada J. Day', 0), mentionAt(s, 'Darrow Agency', 0)])).toEqual([
      'person',
      'organization',
    ]);
  });

  it('spares a name written with a title ("Mr. Tolland Day") and retypes the untitled team', () => {
    const s = article(['Mr. Tolland Day thanked the Quillby Team for its work.']);
    expect(kinds(s, [mentionAt(s, 'Tolland Day', 0, 'person', 1), mentionAt(s, 'Quillby Team', 0)])).toEqual([
      'person',
      'organization',
    ]);
  });
});

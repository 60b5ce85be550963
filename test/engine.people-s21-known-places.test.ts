import { describe, expect, it } from 'vitest';
import { mentionAt, sentencesOf as article, settledKinds as kinds } from './helpers/mentions.js';

// Invented text: the people and events are made up; the cities are the gazetteer's own entries.

describe('a person-typed name the place gazetteer holds is that place (known-places.ts)', () => {
  it('given "volunteers came to Denver for a meeting", Denver is the city', () => {
    const s = article(['About two hundred volunteers came to Denver for a weekend of training.']);
    expect(kinds(s, [mentionAt(s, 'Denver', 0)])).toEqual(['place']);
  });

  it('given a city in a list of cities that bid for a convention, the city is a place', () => {
    const s = article([
      'The small river town beat Denver, Phoenix and four larger rivals to host the event.',
    ]);
    expect(kinds(s, [mentionAt(s, 'Denver', 0)])).toEqual(['place']);
  });

  // Each sparing test holds a city the rule does retype, so it fails with the rule switched off.
  it('spares a listed name the article also writes with a title ("Mr. Houston")', () => {
    const s = article([
      'Houston said the plan was sound before he flew to Denver.',
      'Mr. Houston then left the hearing.',
    ]);
    expect(
      kinds(s, [
        mentionAt(s, 'Houston', 0),
        mentionAt(s, 'Denver', 0),
        mentionAt(s, 'Houston', 1, 'person', 1),
      ]),
    ).toEqual(['person', 'place', 'person']);
  });

  it('spares a one-word given name the gazetteer also holds ("Austin")', () => {
    const s = article(['Austin told the crowd in Denver that the vote was close.']);
    expect(kinds(s, [mentionAt(s, 'Austin', 0), mentionAt(s, 'Denver', 0)])).toEqual(['person', 'place']);
  });

  it('spares the surname of a person the article names in full ("Ada Houston ... Houston")', () => {
    const s = article(['Ada Houston runs the shelter.', 'Houston said the winter in Denver had been hard.']);
    expect(
      kinds(s, [mentionAt(s, 'Ada Houston', 0), mentionAt(s, 'Houston', 1), mentionAt(s, 'Denver', 1)]),
    ).toEqual(['person', 'person', 'place']);
  });
});

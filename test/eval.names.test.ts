import { describe, expect, it } from 'vitest';
import { matchesMention, sameSpeaker } from '../eval/quotes-names.js';

describe('quote evaluation: speaker names compared as the same speaker', () => {
  it('matches a surname to the full name and an acronym to its expansion', () => {
    expect(sameSpeaker('Ernie LeBlanc', 'LeBlanc')).toBe(true);
    expect(sameSpeaker('European Union', 'the EU')).toBe(true);
    expect(sameSpeaker('IRCC', 'Immigration, Refugees and Citizenship Canada')).toBe(true);
  });

  it('keeps different people and different bodies apart', () => {
    expect(sameSpeaker('Jason Marcel LeBlanc', 'Ernie LeBlanc')).toBe(false);
    expect(sameSpeaker('EDC', 'European Union')).toBe(false);
    expect(sameSpeaker('Jim Carr', 'his office')).toBe(false);
    expect(sameSpeaker('Al', 'Angela Lee')).toBe(false);
  });

  it('matches a resolved name to a PolNeAR surface mention holding its surname', () => {
    expect(matchesMention('Claire McCaskill', 'Democratic Sen. Claire McCaskill (D-Mo.)')).toBe(true);
    expect(matchesMention('Donald Trump', 'The New York businessman')).toBe(false);
  });
});

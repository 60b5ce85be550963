import { describe, expect, it } from 'vitest';
import { matchesMention, sameSpeaker } from '../eval/quotes-names.js';

describe('quote evaluation: speaker names compared as the same speaker', () => {
  it('matches a surname to the full name and an acronym to its expansion', () => {
    expect(sameSpeaker('Renata Okonjo', 'Okonjo')).toBe(true);
    expect(sameSpeaker('European Union', 'the EU')).toBe(true);
    expect(sameSpeaker('CWCB', 'Coastal Waters and Conservation Board')).toBe(true);
  });

  it('keeps different people and different bodies apart', () => {
    expect(sameSpeaker('Pietro Lino Okonjo', 'Renata Okonjo')).toBe(false);
    expect(sameSpeaker('EDC', 'European Union')).toBe(false);
    expect(sameSpeaker('Tom Brill', 'his office')).toBe(false);
    expect(sameSpeaker('Al', 'Amy Lund')).toBe(false);
  });

  it('matches a resolved name to a PolNeAR surface mention holding its surname', () => {
    expect(matchesMention('Nora Whitcombe', 'Republican Sen. Nora Whitcombe (R-Ore.)')).toBe(true);
    expect(matchesMention('Walt Denholm', 'The Ohio developer')).toBe(false);
  });
});

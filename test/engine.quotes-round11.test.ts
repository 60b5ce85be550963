import { describe, expect, it } from 'vitest';
import { introducesHead } from '../src/engine/quotes/anonymous.js';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 11, session 16). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a definite description refers back to the unnamed newcomer an indefinite one brought in', () => {
  it('given "greeted by an organizer" and then "the organizer said", the organizer speaks, not the named subject', () => {
    const text =
      'Caucus night\nAda Price and Bo Krantz arrived at the Dunloe hall early and were greeted by an organizer.\n\n' +
      '"You two will be the loudest voices in the room tonight," the organizer said.';
    expect(speakerOf(text, 'You two will')).toBe('the organizer');
  });

  it('given no earlier "an organizer", "the organizer said" still refers back to the passage\'s subject', () => {
    const text =
      'Caucus night\nAda Price, who runs the Dunloe caucus drive, arrived at the hall early.\n\n' +
      '"You two will be the loudest voices in the room tonight," the organizer said.';
    expect(speakerOf(text, 'You two will')).toBe('Ada Price');
  });

  it('reads modifiers inside the noun phrase, and not a phrase that only ends on the noun', () => {
    expect(introducesHead('They were met by a young campaign organizer at the door.', 'organizer')).toBe(
      true,
    );
    expect(introducesHead('One nurse at the clinic stayed late.', 'nurse')).toBe(true);
    expect(introducesHead('They had a meeting with the organizer.', 'organizer')).toBe(false);
    expect(introducesHead('They were met by a clerk and the organizer.', 'organizer')).toBe(false);
  });

  it('leaves a newcomer who is named at once to the name', () => {
    expect(introducesHead('They were met by an organizer, Lena Moss, at the door.', 'organizer')).toBe(false);
    expect(introducesHead('They were met by an organizer named Lena Moss.', 'organizer')).toBe(false);
  });
});

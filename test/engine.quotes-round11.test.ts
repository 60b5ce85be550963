import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { cleanArticle } from '../src/engine/clean.js';
import { isFurniture } from '../src/engine/text/boilerplate.js';

/** Invented articles only: made-up people, towns and bodies (issue 11, quotes round 11, session 16). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a copyright sign glued to a letter is a mis-decoded "é", not a credit line', () => {
  it('keeps a body sentence whose accented word a scraper decoded as Latin-1, so its quote and tag survive', () => {
    const text =
      'Harbour vote\nThe Dunland coalition talks resumed on Friday.\n\n' +
      '"We have to stop fighting over every pier," Mayor Ada Lund told the weekly cafÃ© paper Ostbote. ' +
      '"The harbour belongs to all of us."';
    expect(speakerOf(text, 'We have to stop')).toBe('Ada Lund');
  });

  it('still reads a sign standing apart as a credit line', () => {
    expect(isFurniture('© 2026 Dunland Harbour Press')).toBe(true);
    expect(isFurniture('Copyright © Dunland Harbour Press')).toBe(true);
    expect(isFurniture('They met for an hour in a small cafÃ© near the pier.')).toBe(false);
    // The same letters decomposed (A + combining tilde), as some scrapes carry them.
    expect(isFurniture('They met for an hour in a small cafA\u0303© near the pier.')).toBe(false);
  });
});

describe('a caption seam never cuts inside an open quotation', () => {
  it('keeps a quote whose speaker pauses on a colon before a capital ("...one rule: When ...")', () => {
    const text =
      'Ferry vote\nThe council met late on Tuesday.\n\n' +
      '"Every sailor here knows Dunland has one rule: When the ferry stops, the island stops," Mayor Ada Lund told the meeting.';
    expect(cleanArticle(text).paragraphs[1]).toMatch(/^“Every sailor here knows Dunland has one rule: When/);
    expect(speakerOf(text, 'Every sailor here')).toBe('Ada Lund');
  });

  it('keeps a title with a colon inside its quote marks whole', () => {
    const text =
      'Books\nThe memoir, "Low Tide: A Ferry Captain Looks Back," sold out in Dunland within a week.';
    expect(cleanArticle(text).paragraphs[0]).toMatch(/^The memoir, “Low Tide: A Ferry Captain/);
  });

  it('still cuts a tabloid caption label glued before the story, outside any quotation', () => {
    const text =
      'Rescue\nCrews searched the cliffs at dawn.\n\n' +
      'The crew pulled two walkers from the water on Sunday morning Safe at last: The two walkers were taken to hospital.';
    expect(cleanArticle(text).paragraphs.join(' ')).not.toContain('Sunday morning Safe at last');
  });
});

describe('directional marks are invisible characters, dropped like zero-width spaces', () => {
  it('finds a quote whose paragraph opens with an embedding mark before its quote mark', () => {
    const text =
      'Harbour\nTom Reed, the ferry captain, posted on Sunday.\n\n' +
      '\u202a"Keep the harbour open to every boat, big or small," wrote Tom Reed.';
    const quote = parseArticle({ text, title: '' }).quotes[0];
    expect(quote?.text).toBe('Keep the harbour open to every boat, big or small');
    expect(quote?.speaker).toBe('Tom Reed');
  });

  it('drops left-to-right and right-to-left marks inside a sentence', () => {
    const text = 'Harbour\n"We need the ferry back by\u200e the spring season," said Ada Lund.';
    expect(parseArticle({ text, title: '' }).quotes[0]?.text).toBe(
      'We need the ferry back by the spring season',
    );
  });
});

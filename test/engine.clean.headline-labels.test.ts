import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import { parseArticle } from '../src/engine/pipeline.js';

/** Headlines and kickers with a label ("Editor's note: ...", "The Latest: ...") are text, not captions. */
describe('cleaning keeps labelled headlines and kickers as text (issue 11, round 3)', () => {
  it("given an editor's note opening on a full name, keeps the sentence whole and the person found", () => {
    const text =
      "Quarry vote delayed\n\nEditor's note: Ada Vell said on Monday that she would stand down as chair. The vote was put off.";
    const cleaned = cleanArticle(text, '');
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain(
      'Editor’s note: Ada Vell said on Monday that she would stand down as chair.',
    );
    expect(parseArticle({ text, title: '' }).people.map((p) => p.name)).toContain('Ada Vell');
  });

  it('given a live-blog kicker before a name, does not cut the name in two', () => {
    const cleaned = cleanArticle(
      'Harbour count\n\nThe Latest: Ilse Marr wins the Brannock vote. Counting ended at dawn.',
      '',
    );
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain('The Latest: Ilse Marr wins the Brannock vote.');
  });

  it('given a labelled headline whose first seam follows a preposition, keeps it whole', () => {
    const cleaned = cleanArticle('Harbour board: No delay to the vote on Brannock quarry.', '');
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs).toEqual(['Harbour board: No delay to the vote on Brannock quarry.']);
  });

  it('given a colon right after a full name inside a sentence, keeps the name and the sentence', () => {
    const cleaned = cleanArticle(
      'Quarry vote\n\nAnd then there is Ilse Marr: What does she want from the harbour?',
      '',
    );
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain(
      'And then there is Ilse Marr: What does she want from the harbour?',
    );
  });
});

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

  it('given a live-blog kicker before a name, does not cut the name in two, while a caption naming someone in full is still cut', () => {
    const cleaned = cleanArticle(
      'Harbour count\n\nThe Latest: Ilse Marr wins the Brannock vote. Counting ended at dawn.',
      '',
    );
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain('The Latest: Ilse Marr wins the Brannock vote.');
    const tabloid = cleanArticle('Pictured: Tom Rusk Rusk was jailed for six years on Monday.', '');
    expect(tabloid.paragraphs).toEqual(['Rusk was jailed for six years on Monday.']);
  });
});

import { describe, expect, it } from 'vitest';
import { leadingParagraphs } from '../src/engine/text/dateline-place.js';

/** What datelinePlace read before: the whole text split, trimmed, blanks dropped, then cut. */
function splitWhole(raw: string, count: number): string[] {
  return raw
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, count);
}

describe('leadingParagraphs', () => {
  it('gives the first non-blank paragraphs, trimmed, as splitting the whole text would', () => {
    const texts = [
      '',
      '   ',
      'One paragraph only, about the harbour board.',
      'DUNMERE, Vt. — The harbour board met.\n\nIt voted to dredge.\n\n\n  \n\nA third.\n\nA fourth.\n\nA fifth.',
      '\n\n  Leading blank lines.\r\n\r\nWindows breaks.\r\n  \r\nAnother.\n\n',
      'Headline\n\n\n\nDeck line\nwith a soft break\n\n \t \n\nBody',
    ];
    for (const raw of texts)
      for (const count of [1, 2, 4, 10])
        expect(leadingParagraphs(raw, count), JSON.stringify(raw)).toEqual(splitWhole(raw, count));
  });

  it('stops reading after the paragraphs it was asked for', () => {
    const many = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} of the invented report.`).join('\n\n');
    expect(leadingParagraphs(many, 4)).toEqual(splitWhole(many, 4));
  });
});

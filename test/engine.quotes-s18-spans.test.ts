import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { isTagBetweenQuotes } from '../src/engine/quotes/tag-inside-span.js';

/** Invented articles only: made-up people and towns (issue 11, quotes round 14, session 18). */
function quotesOf(text: string): string[] {
  return parseArticle({ text, title: '' }).quotes.map((q) => q.text);
}

describe('a speech tag read as a quotation when straight marks fall out of step', () => {
  // Spaced straight marks say nothing of their direction, and a quote run on without its closing
  // mark (as when paragraphs are joined) pairs each later mark with the wrong partner.
  const lead = 'DUNLAND, March 3 - The Dunland rowing club lost its final on Saturday. ';
  const runOn =
    '" The lake froze early and we had no water for weeks. " We trained on rowing machines instead, " ';

  it('drops an inverted tag ("said the captain, Jo Vane.") caught between two marks', () => {
    const quotes = quotesOf(
      `${lead}${runOn}said the captain, Jo Vane. " Then we lost the race by a length. "`,
    );
    expect(quotes.some((q) => q.startsWith('said the captain'))).toBe(false);
  });

  it('drops a pronoun tag and the narration after it ("she said, pointing ...")', () => {
    const quotes = quotesOf(
      `${lead}${runOn}she said, pointing to the empty boathouse. " Then we lost the race by a length. "`,
    );
    expect(quotes.some((q) => q.startsWith('she said'))).toBe(false);
  });

  it('drops a tag left open at the paragraph end, where no later mark can re-pair it', () => {
    const quotes = quotesOf(
      `${lead}${runOn}she said, pointing to the empty boathouse. The club races again in May.`,
    );
    expect(quotes.some((q) => q.startsWith('she said'))).toBe(false);
  });

  it('puts the marks back in step after the tag, so the next quotation is read and credited', () => {
    const text = `${lead}${runOn}said the captain, Jo Vane. " Then we lost the race by a length. "`;
    const next = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith('Then we lost'));
    expect(next?.speaker).toBe('Jo Vane');
  });

  it('keeps a fragment that opens with a verb when the narration leads into it', () => {
    // Controls: the narration before the mark is not a finished clause, or no subject follows the verb.
    expect(isTagBetweenQuotes('He said his wife', 'insisted all along that he would win the race')).toBe(
      false,
    );
    expect(isTagBetweenQuotes('By contrast,', 'claims based on faith carry less weight here')).toBe(false);
    expect(isTagBetweenQuotes('Vane recalled,', 'and I said, “Not this year.”')).toBe(false);
    expect(isTagBetweenQuotes('we lost the toss,', 'said Jo Vane, the captain.')).toBe(true);
    expect(isTagBetweenQuotes('we lost the toss,', 'a club official said. The club will race again')).toBe(
      true,
    );
  });
});

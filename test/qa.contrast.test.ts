import { describe, expect, it } from 'vitest';
import { asksWhyNot, contrastAnswer } from '../src/qa/contrast.js';

/** "Why did X not ...?" is answered by the turn after what was meant to happen (src/qa/contrast.ts). Invented text. */

const article = {
  sentences: [
    'The festival hoped to book the singer Mara Quill to open the show on the harbour stage.',
    'But her record label blocked the appearance.',
    'The airline had planned a second daily flight to the island, but the runway needed repairs in March, he said.',
    'Tickets sold out in an hour.',
  ],
};

const at = (index: number, coverage = 0.8) => ({ index, coverage, bm25: 0, windowCoverage: coverage });

describe('why-not questions', () => {
  it('are the why questions about something that did not happen', () => {
    expect(asksWhyNot('Why did Mara Quill not open the show?')).toBe(true);
    expect(asksWhyNot("Why didn't the second flight run?")).toBe(true);
    expect(asksWhyNot('Why was the second flight cancelled?')).toBe(true);
    expect(asksWhyNot('Why did the festival book Mara Quill?')).toBe(false);
  });

  it('take the next sentence when it opens with "But", without the opening word', () => {
    expect(contrastAnswer(article, [at(0)], 0.5)?.text).toBe('her record label blocked the appearance');
  });

  it('take the "but" clause up to the attribution', () => {
    const found = contrastAnswer(article, [at(2)], 0.5);
    expect(found?.text).toBe('the runway needed repairs in March');
    expect(found?.sentence).toBe(2);
  });

  it('say nothing for sentences below the coverage bar or without a turn', () => {
    expect(contrastAnswer(article, [at(2, 0.3)], 0.5)).toBeNull();
    expect(contrastAnswer(article, [at(3)], 0.5)).toBeNull();
  });
});

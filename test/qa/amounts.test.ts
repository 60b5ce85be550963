import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';
import { parseQuestion } from '../../src/qa/question.js';

/** Amounts: "how much money" wants a sum, and a count written two widths is one answer. Invented text. */

const permits = `Fishing permits have become a burden for small crews in the Sarrow estuary.
About 12 million anglers hold about $2.4 trillion in permit debt, up from roughly $910.5 billion in 2009, counting both harbour board loans and those of the four biggest lenders, according to figures from the Sarrow Fisheries Board.
The Orrin Bay guild on Monday reported having almost $7 million in the bank, and it has organised crews in the northern ports as well.
A typical skipper owes about $41,000 to the board.
About 12 million anglers fish the estuary each year.`;

describe('amounts', () => {
  const article = askingArticle(permits);

  it('reads "how much money" as a sum of money, with no counted noun to find in the sentence', () => {
    const q = parseQuestion('How much money did the guild have in the bank?');
    expect(q.money).toBe(true);
    expect(q.unit).toBeNull();
  });

  it('answers "how much money" with the sum the sentence gives', async () => {
    const r = await article.ask('How much money did the Orrin Bay guild have in the bank?');
    expect(r.answer).toContain('$7 million');
  });

  it('answers "how many" when the count is written with and without "about"', async () => {
    const r = await article.ask('How many anglers have permit debt?');
    expect(r.answer).toContain('12 million');
  });
});

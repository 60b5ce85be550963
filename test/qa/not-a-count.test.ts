import { describe, expect, it } from 'vitest';
import { figureNotACount } from '../../src/qa/not-a-count.js';
import { askingArticle } from '../helpers/qa-article.js';

describe('figureNotACount', () => {
  it('a figure fused to another noun measures that noun, not the asked one', () => {
    const s = 'A 9-year-old pony was led out of the barn at the Vellby fair.';
    expect(figureNotACount('9-year-old', s, 'How many ponies won ribbons?', 'pony')).toBe(true);
    expect(figureNotACount('40-seat', 'The 40-seat hall was full.', 'How many guests came?', 'guest')).toBe(
      true,
    );
  });

  it('a figure fused to the asked noun counts it', () => {
    expect(
      figureNotACount('40-seat', 'The 40-seat hall was full.', 'How many seats does the hall have?', 'seat'),
    ).toBe(false);
  });

  it('"-time" and plain figures are left alone', () => {
    const s = 'The two-time champion rowed again.';
    expect(figureNotACount('two-time', s, 'How many titles has she won?', 'title')).toBe(false);
    expect(figureNotACount('14 boats', '14 boats left the harbour.', 'How many boats left?', 'boat')).toBe(
      false,
    );
  });

  it('"one of the ..." picks from a group and counts nothing', () => {
    const s = 'Tarn is one of the oldest ferry towns on the coast.';
    expect(figureNotACount('one', s, 'How many ferries leave Tarn?', 'ferry')).toBe(true);
    expect(figureNotACount('one', 'Only one ferry left on Sunday.', 'How many ferries left?', 'ferry')).toBe(
      false,
    );
  });

  it('questions that measure rather than count are left alone', () => {
    expect(figureNotACount('12-page', 'The 12-page memo was sent.', 'How long is the memo?', null)).toBe(
      false,
    );
  });
});

const story = `A 9-year-old pony named Dusk won the top prize at the Vellby fair on Saturday.
Judges praised the pony's calm, and the crowd cheered as the owner led it around the ring.
The fair drew visitors from across the valley.
Tarn is one of the oldest ferry towns on the coast, and a 12-page guide to its harbour was printed this year.`;

describe('"how many" answered with a figure that counts something else', () => {
  const article = askingArticle(story);

  it("does not answer a count of prizes with the pony's age", async () => {
    const r = await article.ask('How many prizes did the pony win?');
    expect(r.answer).not.toBe('9-year-old');
  });

  it('does not answer a count of harbours with the "one" of "one of the oldest"', async () => {
    const r = await article.ask('How many harbours does Tarn have?');
    expect(r.answer).not.toBe('one');
  });
});

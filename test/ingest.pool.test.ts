import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { ParsePool, ParsePoolClosedError } from '../src/ingest/parse-pool.js';

const article = {
  title: 'City council approves new tram line',
  text: 'The city council approved a new tram line on Tuesday after a two-year review.\n\n"This is the biggest investment in a generation," said Mayor Lena Ortiz.',
  published: '2024-05-14',
};

describe('the parsing worker pool', () => {
  const pool = new ParsePool(2);
  afterAll(() => pool.close());

  it('given an article, a worker returns exactly what the pipeline gives on the main thread', async () => {
    const parsed = await pool.parse(article, { summarySentences: 2 });
    expect(parsed).toEqual(parseArticle(article, { summarySentences: 2 }));
  }, 60_000);

  it('given more articles than workers, every one is parsed and answered to its own caller', async () => {
    const titles = [
      'Tram line opens',
      'Bridge closes for repairs',
      'Library extends hours',
      'Port strike ends',
    ];
    const parsed = await Promise.all(titles.map((title) => pool.parse({ ...article, title })));
    expect(parsed.map((p) => p.title)).toEqual(titles);
  }, 60_000);

  it('given input the worker refuses, only that call fails, with the reason, and the pool goes on', async () => {
    await expect(pool.parse({ text: 42 } as unknown as typeof article)).rejects.toThrow();
    expect((await pool.parse(article)).title).toBe(article.title);
  }, 60_000);

  it('given a closed pool, a parse is refused at once', async () => {
    const closed = new ParsePool(1);
    await closed.close();
    await expect(closed.parse(article)).rejects.toBeInstanceOf(ParsePoolClosedError);
  });
});

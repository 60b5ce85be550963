import { describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { sentencesArticle } from './helpers/articles.js';

const lock = sentencesArticle(
  ['The canal trust reopened the old lock on Friday.', 'Boats queued for hours.'],
  {
    title: 'Canal lock reopens after repairs',
    url: 'https://example.org/canal-lock',
  },
);
const mill = sentencesArticle(['Volunteers restored the canal mill wheel.', 'It turns again in May.'], {
  title: 'Canal mill wheel restored',
  url: 'https://example.org/canal-mill',
});

describe('SqliteArticleStore.search reads a stored parse only for articles not already validated', () => {
  it('given an article validated once, a search hands out that same article without re-reading its row', async () => {
    const store = new SqliteArticleStore(':memory:', { logger: { warn: () => {} } });
    const stored = (await store.upsertArticle({ raw: 'r', parsed: lock, origin: 't' })).article;
    const validated = await store.getArticle(stored.id);
    const hits = await store.search('canal lock', 5, 'all');
    expect(hits.map((h) => h.article)).toEqual([validated]);
    expect(hits[0]?.article).toBe(validated);
    await store.close();
  });

  it('given a row whose parse no longer validates (never read, so not cached), a search skips it with a warning', async () => {
    const warnings: unknown[] = [];
    const store = new SqliteArticleStore(':memory:', { logger: { warn: (w: unknown) => warnings.push(w) } });
    const broken = (await store.upsertArticle({ raw: 'r', parsed: lock, origin: 't' })).article;
    await store.upsertArticle({ raw: 'r', parsed: mill, origin: 't' });
    store.db.prepare('UPDATE articles SET parsed_json = ? WHERE id = ?').run('{"title": 3}', broken.id);
    const titles = (await store.search('canal', 5, 'any')).map((h) => h.article.title);
    expect(titles).toEqual([mill.title]);
    expect(warnings).toHaveLength(1);
    await store.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ParsedArticle, ParsedArticleSchema } from '../src/engine/schema.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { normaliseUrl } from '../src/store/identity.js';
import { migrations } from '../src/store/migrations.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

function parsed(fields: {
  title: string;
  paragraphs: string[];
  url?: string;
  published?: string;
}): ParsedArticle {
  const sentences = fields.paragraphs.flatMap((p) => p.split(/(?<=\.)\s+/));
  return ParsedArticleSchema.parse({
    title: fields.title,
    url: fields.url ?? null,
    published: fields.published ?? null,
    paragraphs: fields.paragraphs,
    sentences,
    sentenceParagraph: sentences.map(() => 0),
    summary: sentences.slice(0, 1),
    oneLine: sentences[0] ?? '',
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quotes: [],
    captions: [],
  });
}

const harbour = parsed({
  title: 'Harbour authority approves new ferry terminal',
  paragraphs: ['The port board voted on Tuesday to build a ferry terminal. Work starts in spring.'],
  url: 'https://News.example.com/local/ferry-terminal/?utm_source=feed&id=7#comments',
  published: '2024-03-02',
});
const drought = parsed({
  title: 'Farmers warn of drought losses',
  paragraphs: [
    'Wheat growers said the dry summer cut yields by a third. The ferry to the islands still runs.',
  ],
  published: '2024-05-10',
});
const council = parsed({
  title: 'City council delays budget vote',
  paragraphs: ['Councillors postponed the vote after a row over ferry subsidies and bus fares.'],
  published: '2024-04-01',
});

let dir: string;
let file: string;
let store: SqliteArticleStore;
const warnings: unknown[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-store-'));
  file = path.join(dir, 'nested', 'herald.db');
  warnings.length = 0;
  store = new SqliteArticleStore(file, { logger: { warn: (obj: unknown) => warnings.push(obj) } });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('normaliseUrl', () => {
  it('given URL variants with case, fragment, tracking parameters and a trailing slash, they normalise to one form', () => {
    const forms = [
      'https://news.example.com/local/ferry-terminal?id=7',
      'HTTPS://NEWS.EXAMPLE.COM/local/ferry-terminal/?id=7',
      'https://news.example.com/local/ferry-terminal?utm_medium=x&id=7&fbclid=abc#top',
      'https://news.example.com/local/ferry-terminal/?gclid=1&id=7',
    ];
    expect(new Set(forms.map(normaliseUrl))).toEqual(
      new Set(['https://news.example.com/local/ferry-terminal?id=7']),
    );
  });

  it('given a non-http URL, normalising returns null', () => {
    expect(normaliseUrl('ftp://example.com/a')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });
});

describe('SqliteArticleStore', () => {
  it('given a new article, upsert stores it under a 10-hex id from the content hash', () => {
    const { article, created } = store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'test' });
    expect(created).toBe(true);
    expect(article.id).toMatch(/^[0-9a-f]{10}$/);
    expect(article.contentHash.startsWith(article.id)).toBe(true);
    expect(store.getArticle(article.id)?.parsed).toEqual(harbour);
    expect(store.count()).toBe(1);
  });

  it('given the same article again, upsert reports created: false and stores nothing new', () => {
    const first = store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'a' });
    const again = store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'b' });
    expect(again).toEqual({ article: first.article, created: false });
    expect(store.count()).toBe(1);
  });

  it('given the same URL in another form with an edited body, it is a duplicate of the stored article', () => {
    const first = store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'a' });
    const edited = {
      ...harbour,
      url: 'https://news.example.com/local/ferry-terminal?id=7',
      paragraphs: ['Edited body.'],
    };
    const again = store.upsertArticle({ raw: 'raw2', parsed: edited, origin: 'b' });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(store.count()).toBe(1);
  });

  it('given the same body re-wrapped and re-cased under no URL, it is a duplicate by content hash', () => {
    const first = store.upsertArticle({ raw: 'raw', parsed: drought, origin: 'a' });
    const copy = {
      ...drought,
      paragraphs: [
        'WHEAT growers said   the dry summer\ncut yields by a third. The ferry to the islands still runs.',
      ],
    };
    const again = store.upsertArticle({ raw: 'other', parsed: copy, origin: 'b' });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
  });

  it('given several articles, latest orders by publication date, newest first', () => {
    store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
    store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
    store.upsertArticle({ raw: 'r', parsed: council, origin: 't' });
    expect(store.latest(3).map((a) => a.title)).toEqual([drought.title, council.title, harbour.title]);
    expect(store.latest(1)).toHaveLength(1);
  });

  it('given a word in one title and in other bodies, search ranks the title match first', () => {
    store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
    store.upsertArticle({ raw: 'r', parsed: council, origin: 't' });
    store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
    const hits = store.search('ferry', 10);
    expect(hits.map((h) => h.article.title)[0]).toBe(harbour.title);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('given FTS syntax characters in a query, search treats them as plain words', () => {
    store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
    expect(store.search('ferry" OR NOT (', 5).map((h) => h.article.title)).toEqual([harbour.title]);
    expect(store.search('"()', 5)).toEqual([]);
  });

  it('given an id prefix or title words, findArticles returns the matching article', () => {
    const { article } = store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
    store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
    expect(store.findArticles(article.id, 5).map((a) => a.id)).toEqual([article.id]);
    expect(store.findArticles(article.id.slice(0, 4).toUpperCase(), 5)[0]?.id).toBe(article.id);
    expect(store.findArticles('ferry terminal', 5).map((a) => a.title)).toEqual([harbour.title]);
    expect(store.findArticles('drought farmers', 5).map((a) => a.title)).toEqual([drought.title]);
    expect(store.findArticles('volcano', 5)).toEqual([]);
  });

  it('given a query, searchSentences finds sentences with their index, optionally within one article', () => {
    const a = store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' }).article;
    const b = store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' }).article;
    const all = store.searchSentences('ferry', 10);
    expect(all.map((h) => h.articleId).sort()).toEqual([a.id, b.id].sort());
    const within = store.searchSentences('spring', 10, a.id);
    expect(within).toEqual([
      { articleId: a.id, sentence: 1, text: 'Work starts in spring.', rank: expect.any(Number) },
    ]);
    expect(store.searchSentences('spring', 10, b.id)).toEqual([]);
  });

  it('given a channel, the article set for it is read back and replaced by the next one', () => {
    const a = store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' }).article;
    const b = store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' }).article;
    expect(store.getChannelArticle('discord:1:2')).toBeNull();
    store.setChannelArticle('discord:1:2', a.id);
    store.setChannelArticle('discord:1:2', b.id);
    expect(store.getChannelArticle('discord:1:2')).toBe(b.id);
  });

  it('given a stored row whose parse no longer validates, reads skip it with a warning instead of crashing', () => {
    const bad = store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' }).article;
    store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
    const other = new Database(file);
    other.prepare('UPDATE articles SET parsed_json = ? WHERE id = ?').run('{"title": 3}', bad.id);
    other.close();
    expect(store.latest(10).map((a) => a.title)).toEqual([drought.title]);
    expect(store.getArticle(bad.id)).toBeNull();
    expect(warnings.length).toBeGreaterThan(0);
    // Re-ingesting replaces the broken row with the fresh parse.
    expect(store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' }).created).toBe(true);
    expect(store.count()).toBe(2);
  });

  it('given a reopened database, migrations are not re-applied and the data survives', () => {
    store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
    store.close();
    store = new SqliteArticleStore(file);
    store.close();
    store = new SqliteArticleStore(file);
    expect(store.count()).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});

describe('SqliteAlertStore stories', () => {
  it('given a story read, then extended by another outlet, the next read has the longer signature', () => {
    const articles = new SqliteArticleStore(':memory:');
    try {
      const alerts = new SqliteAlertStore(articles.db);
      const since = new Date('2024-05-16T00:00:00Z');
      alerts.createStory({
        id: 's1',
        signature: ['place:oman', 'person:jane doe'],
        firstArticleId: 'a1',
        createdAt: '2024-05-17T10:00:00.000Z',
      });
      expect(alerts.recentStories(since).map((s) => s.signature)).toEqual([
        ['place:oman', 'person:jane doe'],
      ]);
      alerts.extendStory('s1', ['org:port authority', 'person:jane doe', 'place:oman']);
      expect(alerts.recentStories(since).map((s) => s.signature)).toEqual([
        ['org:port authority', 'person:jane doe', 'place:oman'],
      ]);
      expect(alerts.recentStories(new Date('2024-05-18T00:00:00Z'))).toEqual([]);
    } finally {
      articles.close();
    }
  });
});

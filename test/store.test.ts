import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../src/engine/schema.js';
import { normaliseUrl } from '../src/store/identity.js';
import { migrations } from '../src/store/migrations.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { ArticleStore } from '../src/store/store.js';
import { sentencesArticle } from './helpers/articles.js';
import { type OpenedStores, storeBackends } from './helpers/store-backends.js';

function parsed(fields: {
  title: string;
  paragraphs: string[];
  url?: string;
  published?: string;
}): ParsedArticle {
  const sentences = fields.paragraphs.flatMap((p) => p.split(/(?<=\.)\s+/));
  return sentencesArticle(sentences, {
    title: fields.title,
    url: fields.url ?? null,
    published: fields.published ?? null,
    paragraphs: fields.paragraphs,
    summary: sentences.slice(0, 1),
    oneLine: sentences[0] ?? '',
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

const warnings: unknown[] = [];

for (const { backend, skip } of storeBackends) {
  describe.skipIf(skip)(`${backend.name} article store`, () => {
    let opened: OpenedStores;
    let store: ArticleStore;

    beforeEach(async () => {
      warnings.length = 0;
      opened = await backend.open({ warn: (obj: unknown) => warnings.push(obj) });
      store = opened.articles;
    });

    afterEach(async () => {
      await opened.dispose();
    });

    it('given a new article, upsert stores it under a 10-hex id from the content hash', async () => {
      const { article, created } = await store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'test' });
      expect(created).toBe(true);
      expect(article.id).toMatch(/^[0-9a-f]{10}$/);
      expect(article.contentHash.startsWith(article.id)).toBe(true);
      expect((await store.getArticle(article.id))?.parsed).toEqual(harbour);
      expect(await store.count()).toBe(1);
    });

    it('given the same article again, upsert reports created: false and stores nothing new', async () => {
      const first = await store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'a' });
      const again = await store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'b' });
      expect(again).toEqual({ article: first.article, created: false });
      expect(await store.count()).toBe(1);
    });

    it('given the same URL in another form with an edited body, it is a duplicate of the stored article', async () => {
      const first = await store.upsertArticle({ raw: 'raw', parsed: harbour, origin: 'a' });
      const edited = {
        ...harbour,
        url: 'https://news.example.com/local/ferry-terminal?id=7',
        paragraphs: ['Edited body.'],
      };
      const again = await store.upsertArticle({ raw: 'raw2', parsed: edited, origin: 'b' });
      expect(again.created).toBe(false);
      expect(again.article.id).toBe(first.article.id);
      expect(await store.count()).toBe(1);
    });

    it('given the same body re-wrapped and re-cased under no URL, it is a duplicate by content hash', async () => {
      const first = await store.upsertArticle({ raw: 'raw', parsed: drought, origin: 'a' });
      const copy = {
        ...drought,
        paragraphs: [
          'WHEAT growers said   the dry summer\ncut yields by a third. The ferry to the islands still runs.',
        ],
      };
      const again = await store.upsertArticle({ raw: 'other', parsed: copy, origin: 'b' });
      expect(again.created).toBe(false);
      expect(again.article.id).toBe(first.article.id);
    });

    it('given several articles, latest orders by publication date, newest first', async () => {
      await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
      await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
      await store.upsertArticle({ raw: 'r', parsed: council, origin: 't' });
      expect((await store.latest(3)).map((a) => a.title)).toEqual([
        drought.title,
        council.title,
        harbour.title,
      ]);
      expect(await store.latest(1)).toHaveLength(1);
    });

    it('given a word in one title and in other bodies, search ranks the title match first', async () => {
      await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
      await store.upsertArticle({ raw: 'r', parsed: council, origin: 't' });
      await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
      const hits = await store.search('ferry', 10);
      expect(hits.map((h) => h.article.title)[0]).toBe(harbour.title);
      expect(hits).toHaveLength(3);
      expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
    });

    it('given FTS syntax characters in a query, search treats them as plain words', async () => {
      await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
      expect((await store.search('ferry" OR NOT (', 5)).map((h) => h.article.title)).toEqual([harbour.title]);
      expect(await store.search('"()', 5)).toEqual([]);
    });

    it('given an id prefix or title words, findArticles returns the matching article', async () => {
      const { article } = await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
      await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
      expect((await store.findArticles(article.id, 5)).map((a) => a.id)).toEqual([article.id]);
      expect((await store.findArticles(article.id.slice(0, 4).toUpperCase(), 5))[0]?.id).toBe(article.id);
      expect((await store.findArticles('ferry terminal', 5)).map((a) => a.title)).toEqual([harbour.title]);
      expect((await store.findArticles('drought farmers', 5)).map((a) => a.title)).toEqual([drought.title]);
      expect(await store.findArticles('volcano', 5)).toEqual([]);
    });

    it('given a query, searchSentences finds sentences with their index, optionally within one article', async () => {
      const a = (await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' })).article;
      const b = (await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' })).article;
      const all = await store.searchSentences('ferry', 10);
      expect(all.map((h) => h.articleId).sort()).toEqual([a.id, b.id].sort());
      const within = await store.searchSentences('spring', 10, a.id);
      expect(within).toEqual([
        { articleId: a.id, sentence: 1, text: 'Work starts in spring.', rank: expect.any(Number) },
      ]);
      expect(await store.searchSentences('spring', 10, b.id)).toEqual([]);
    });

    it('given a channel, the article set for it is read back and replaced by the next one', async () => {
      const a = (await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' })).article;
      const b = (await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' })).article;
      expect(await store.getChannelArticle('discord:1:2')).toBeNull();
      await store.setChannelArticle('discord:1:2', a.id);
      await store.setChannelArticle('discord:1:2', b.id);
      expect(await store.getChannelArticle('discord:1:2')).toBe(b.id);
    });

    it('given a stored row whose parse no longer validates, reads skip it with a warning instead of crashing', async () => {
      const bad = (await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' })).article;
      await store.upsertArticle({ raw: 'r', parsed: drought, origin: 't' });
      await opened.corrupt(bad.id, 'parsed_json', '{"title": 3}');
      expect((await store.latest(10)).map((a) => a.title)).toEqual([drought.title]);
      expect(await store.getArticle(bad.id)).toBeNull();
      expect(warnings.length).toBeGreaterThan(0);
      // Re-ingesting replaces the broken row with the fresh parse.
      expect((await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' })).created).toBe(true);
      expect(await store.count()).toBe(2);
    });

    it('given a reopened database, migrations are not re-applied and the data survives', async () => {
      await store.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
      opened = await opened.reopen();
      opened = await opened.reopen();
      store = opened.articles;
      expect(await store.count()).toBe(1);
      const { applied, known } = await opened.schemaVersion();
      expect(applied).toBe(known);
    });
  });
}

describe('SqliteArticleStore', () => {
  it('given a new file, it is in WAL mode so readers never block the writer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'herald-store-'));
    const store = new SqliteArticleStore(path.join(dir, 'herald.db'));
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const { backend, skip } of storeBackends) {
  describe.skipIf(skip)(`${backend.name} alert store`, () => {
    let opened: OpenedStores;

    beforeEach(async () => {
      opened = await backend.open();
    });

    afterEach(async () => {
      await opened.dispose();
    });

    it('given a story read, then extended by another outlet, the next read has the longer signature', async () => {
      const { alerts } = opened;
      const since = new Date('2024-05-16T00:00:00Z');
      await alerts.createStory({
        id: 's1',
        signature: ['place:oman', 'person:jane doe'],
        firstArticleId: 'a1',
        createdAt: '2024-05-17T10:00:00.000Z',
      });
      expect((await alerts.recentStories(since)).map((s) => s.signature)).toEqual([
        ['place:oman', 'person:jane doe'],
      ]);
      await alerts.extendStory('s1', ['org:port authority', 'person:jane doe', 'place:oman']);
      expect((await alerts.recentStories(since)).map((s) => s.signature)).toEqual([
        ['org:port authority', 'person:jane doe', 'place:oman'],
      ]);
      expect(await alerts.recentStories(new Date('2024-05-18T00:00:00Z'))).toEqual([]);
    });

    it('given a transaction that throws, none of its writes to articles or alerts land', async () => {
      const { articles, alerts } = opened;
      const now = new Date('2024-05-17T10:00:00Z');
      await expect(
        alerts.inTransaction(async () => {
          const { article } = await articles.upsertArticle({ raw: 'r', parsed: harbour, origin: 't' });
          await alerts.arrivalRouted(article.id);
          await alerts.enqueue(
            {
              kind: 'alert',
              dedupKey: 's1',
              storyId: 's1',
              articleId: article.id,
              platform: 'console',
              channelId: 'c',
              payload: '{}',
              replyTo: null,
            },
            now,
          );
          throw new Error('delivery write failed');
        }),
      ).rejects.toThrow('delivery write failed');
      expect(await articles.count()).toBe(0);
      expect(await alerts.dueDeliveries(now, 10)).toEqual([]);
    });

    it('given an outbox item, it is enqueued once per channel and key, and a lease has one holder at a time', async () => {
      const { alerts } = opened;
      const now = new Date('2024-05-17T10:00:00Z');
      const item = {
        kind: 'alert' as const,
        dedupKey: 's1',
        storyId: 's1',
        articleId: 'a1',
        platform: 'console' as const,
        channelId: 'c',
        payload: '{}',
        replyTo: null,
      };
      expect(await alerts.enqueue(item, now)).toBe(true);
      expect(await alerts.enqueue(item, now)).toBe(false);
      const [due] = await alerts.dueDeliveries(now, 10);
      expect(due).toMatchObject({ dedupKey: 's1', status: 'pending', attempts: 0 });
      await alerts.markSent(due!.id, 'm1', now);
      expect(await alerts.dueDeliveries(now, 10)).toEqual([]);
      expect(await alerts.tryLease('job', 'a', now, 1000)).toBe(true);
      expect(await alerts.tryLease('job', 'b', now, 1000)).toBe(false);
      expect(await alerts.tryLease('job', 'b', new Date(now.getTime() + 1000), 1000)).toBe(true);
      expect((await alerts.leaseHolder('job'))?.holder).toBe('b');
    });

    it('given due deliveries, each is claimed by one holder until its lease ends, then by the next holder with the earlier one named', async () => {
      const { alerts } = opened;
      const now = new Date('2024-05-17T10:00:00Z');
      const later = (ms: number) => new Date(now.getTime() + ms);
      for (const [key, platform] of [
        ['s1', 'discord'],
        ['s2', 'discord'],
        ['s3', 'slack'],
      ] as const) {
        await alerts.enqueue(
          {
            kind: 'alert',
            dedupKey: key,
            storyId: key,
            articleId: `a-${key}`,
            platform,
            channelId: 'c',
            payload: '{}',
            replyTo: null,
          },
          now,
        );
      }
      const byA = { holder: 'host|1|0|a', leaseMs: 60_000, platforms: ['discord' as const] };
      const byB = {
        holder: 'host|2|0|b',
        leaseMs: 60_000,
        platforms: ['discord' as const, 'slack' as const],
      };
      const first = await alerts.claimDeliveries(now, 1, byA);
      expect(first.map((d) => [d.dedupKey, d.takenOverFrom])).toEqual([['s1', null]]);
      // B gets what A did not claim, and A's platform filter left the Slack row for B.
      const second = await alerts.claimDeliveries(now, 10, byB);
      expect(second.map((d) => d.dedupKey)).toEqual(['s2', 's3']);
      expect(await alerts.claimDeliveries(later(1000), 10, byB)).toEqual([]);
      expect((await alerts.deliveryClaimHolders(now)).sort()).toEqual([byA.holder, byB.holder]);

      // Settled rows leave the claims; an unsettled one is taken after its lease, naming its claimer.
      expect(await alerts.markSent(second[0]!.id, 'm2', now)).toBe(true);
      expect(await alerts.markSent(second[0]!.id, 'm2-again', now)).toBe(false);
      await alerts.markRetry(second[1]!.id, 'slack answered 500', now);
      const retaken = await alerts.claimDeliveries(later(60_000), 10, byB);
      expect(retaken.map((d) => [d.dedupKey, d.takenOverFrom])).toEqual([
        ['s1', byA.holder],
        ['s3', null],
      ]);

      // A gone holder's claims can be expired at once.
      expect(await alerts.expireDeliveryClaims(byB.holder)).toBe(2);
      expect((await alerts.claimDeliveries(later(60_001), 10, byA)).map((d) => d.dedupKey)).toEqual(['s1']);
    });

    it('given a delivery logged as delivered twice, the log keeps one entry; a digest slot is taken once', async () => {
      const { alerts } = opened;
      const entry = {
        articleId: 'a1',
        outboxId: 7,
        platform: 'discord' as const,
        channelId: 'c',
        event: 'delivered',
        detail: 'sent as message m1',
        at: '2024-05-17T10:00:00.000Z',
      };
      await alerts.logDelivery(entry);
      await alerts.logDelivery({ ...entry, detail: 'sent as message m2' });
      await alerts.logDelivery({ ...entry, event: 'retrying', detail: 'attempt 1 failed' });
      expect((await alerts.deliveryLog('a1')).map((e) => e.detail)).toEqual([
        'sent as message m1',
        'attempt 1 failed',
      ]);

      const channel = { platform: 'discord' as const, channelId: 'c' };
      const slot = new Date('2024-05-17T08:00:00Z');
      const now = new Date('2024-05-17T08:00:01Z');
      // A transaction that fails after taking the slot leaves it free.
      await expect(
        alerts.inTransaction(async () => {
          expect(await alerts.claimDigestSlot(channel, slot, 'p1', now)).toBe(true);
          throw new Error('digest write failed');
        }),
      ).rejects.toThrow('digest write failed');
      expect(await alerts.claimDigestSlot(channel, slot, 'p2', now)).toBe(true);
      expect(await alerts.claimDigestSlot(channel, slot, 'p1', now)).toBe(false);
      expect(await alerts.claimDigestSlot(channel, new Date('2024-05-18T08:00:00Z'), 'p1', now)).toBe(true);
    });
  });
}

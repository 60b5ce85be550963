import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMigrateStore } from '../src/cli/migrate-store.js';
import { openAlertStore, openStore } from '../src/store/open.js';
import { storeArticle } from './helpers/articles.js';
import { POSTGRES_URL } from './helpers/store-backends.js';

/**
 * `herald migrate-store`: an SQLite store with something in every table is copied to PostgreSQL
 * (a schema of its own) and back to a new SQLite file; each copy must read back the same through
 * the store interfaces, search included. All text is invented.
 */

const now = new Date('2024-05-17T10:00:00.000Z');
const channel = { platform: 'console', channelId: 'newsroom' } as const;

let dir: string;
const schemas: string[] = [];

function sqliteUrl(name: string): string {
  return `file:${path.join(dir, name)}`;
}

function postgresUrl(): string {
  const schema = `herald_migrate_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  schemas.push(schema);
  const url = new URL(POSTGRES_URL!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function migrate(...args: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await runMigrateStore(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** A store with rows in every copied table: articles, routing state, subscriptions, feeds, stories, deliveries, digests. */
async function fillStore(url: string): Promise<string[]> {
  const articles = await openStore({ DATABASE_URL: url });
  const alerts = openAlertStore(articles);
  try {
    const specs = [
      {
        title: 'Ferry terminal approved for the northern harbour',
        text: 'The harbour board approved a ferry terminal on Tuesday. Work starts in spring, the board said.',
        url: 'https://coast.example.org/ferry-terminal',
        people: ['Mara Quill'],
      },
      {
        title: 'Second outlet: harbour ferry plan passes',
        text: 'A new ferry terminal won approval from the harbour board. Critics asked about the cost.',
        url: 'https://bay.example.net/ferry-plan',
        people: ['Mara Quill'],
      },
      {
        title: 'Orchard growers report an early apple harvest',
        text: 'Growers in the valley picked apples two weeks early. Warm nights ripened the fruit.',
      },
      {
        title: 'Library extends weekend opening hours',
        text: 'The city library will open on Sundays from June. Volunteers will staff the desk.',
      },
      {
        title: 'Tram line closes for rail repairs',
        text: 'The eastern tram line closes for ten days of rail repairs. Buses replace the trams.',
      },
    ];
    const ids: string[] = [];
    for (const spec of specs) ids.push((await storeArticle(articles, spec)).id);
    const [ferry, ferry2, apples] = ids as [string, string, string];
    // Three routed, two still waiting in the route inbox.
    for (const id of ids.slice(0, 3)) await alerts.arrivalRouted(id);
    await articles.setChannelArticle('console:newsroom', ferry);

    await alerts.addSubscription({ ...channel, kind: 'keyword', value: 'ferry', createdBy: 'editor' });
    await alerts.addSubscription({ ...channel, kind: 'person', value: 'Mara Quill', createdBy: 'editor' });
    const { feed } = await alerts.addFeed('https://coast.example.org/rss', channel, 900, now);
    await alerts.rememberFeedItem(feed.id, 'item-1', ferry, now);
    await alerts.rememberFeedItem(feed.id, 'item-2', null, now);

    await alerts.createStory({
      id: 'story-ferry',
      signature: ['person:mara quill', 'place:northern harbour'],
      firstArticleId: ferry,
      createdAt: now.toISOString(),
    });
    await alerts.assignStory(ferry, 'story-ferry');
    await alerts.assignStory(ferry2, 'story-ferry');
    await alerts.createStory({
      id: 'story-apples',
      signature: ['place:valley'],
      firstArticleId: apples,
      createdAt: now.toISOString(),
    });
    await alerts.assignStory(apples, 'story-apples');
    await alerts.countStoryTerms(['ferry', 'harbour', 'terminal']);
    await alerts.countStoryTerms(['ferry', 'apples']);

    const item = {
      kind: 'alert' as const,
      storyId: 'story-ferry',
      articleId: ferry,
      ...channel,
      payload: JSON.stringify({ title: 'Ferry terminal approved' }),
      replyTo: null,
    };
    await alerts.enqueue({ ...item, dedupKey: 'story-ferry' }, now);
    await alerts.enqueue(
      { ...item, dedupKey: 'story-apples', storyId: 'story-apples', articleId: apples },
      now,
    );
    const [sent] = await alerts.deliveriesOfArticle(ferry);
    await alerts.markSent(sent!.id, 'message-1', now);
    await alerts.logDelivery({
      articleId: ferry,
      outboxId: sent!.id,
      ...channel,
      event: 'delivered',
      detail: 'message-1',
      at: now.toISOString(),
    });
    await alerts.setDigestSchedule({ ...channel, cron: '0 8 * * *', timezone: 'Europe/Paris' }, now);
    await alerts.claimDigestSlot(channel, new Date('2024-05-17T06:00:00.000Z'), 'process-a', now);
    return ids;
  } finally {
    await articles.close();
  }
}

/** Everything Herald reads back from a store, in an order that does not depend on the backend's ranking. */
async function readBack(url: string, ids: readonly string[]) {
  const articles = await openStore({ DATABASE_URL: url });
  const alerts = openAlertStore(articles);
  try {
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    const feeds = await alerts.listFeeds();
    return {
      count: await articles.count(),
      articles: await Promise.all(ids.map((id) => articles.getArticle(id))),
      search: (await articles.search('ferry terminal', 10)).map((h) => h.article.id).sort(),
      titleWords: (await articles.findArticles('orchard growers', 5)).map((a) => a.id),
      sentences: (await articles.searchSentences('buses', 10))
        .map(({ articleId, sentence, text }) => ({ articleId, sentence, text }))
        .sort((a, b) => a.articleId.localeCompare(b.articleId)),
      channelArticle: await articles.getChannelArticle('console:newsroom'),
      pending: (await alerts.pendingArrivals(10)).map((p) => p.articleId).sort(),
      subscriptions: (await alerts.listSubscriptions()).sort(byId),
      feeds,
      feedItems: await Promise.all(feeds.map((f) => alerts.hasFeedItem(f.id, 'item-2'))),
      feedsOfArticle: await Promise.all(ids.map((id) => alerts.feedsOfArticle(id))),
      stories: await Promise.all(ids.map((id) => alerts.storyOf(id))),
      storyArticles: await alerts.articlesOfStory('story-ferry'),
      storyTerms: await alerts.storyTermCounts(),
      deliveries: (await Promise.all(ids.map((id) => alerts.deliveriesOfArticle(id)))).flat().sort(byId),
      log: await Promise.all(ids.map((id) => alerts.deliveryLog(id))),
      digests: await alerts.listDigestSchedules(),
      // The copied run holds its slot: no process runs that digest a second time.
      slotTaken: !(await alerts.claimDigestSlot(
        channel,
        new Date('2024-05-17T06:00:00.000Z'),
        'process-b',
        now,
      )),
    };
  } finally {
    await articles.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-migrate-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!POSTGRES_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
});

describe.skipIf(!POSTGRES_URL)('migrate-store between SQLite and PostgreSQL', () => {
  let source: string;
  let pgTarget: string;
  let ids: string[];
  let expected: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    source = sqliteUrl('source.db');
    ids = await fillStore(source);
    expected = await readBack(source, ids);
    pgTarget = postgresUrl();
  }, 60_000);

  it('the source is filled as the test means it: every kind of row is there to copy', () => {
    expect(expected.count).toBe(5);
    expect(expected.search).toHaveLength(2);
    expect(expected.sentences).toHaveLength(1);
    expect(expected.pending).toHaveLength(2);
    expect(expected.subscriptions).toHaveLength(2);
    expect(expected.storyArticles).toHaveLength(2);
    expect(expected.deliveries.map((d) => d.status).sort()).toEqual(['pending', 'sent']);
    expect(expected.log.flat()).toHaveLength(1);
    expect(expected.slotTaken).toBe(true);
  });

  it('SQLite to PostgreSQL, in small batches: every table reads back the same, search included', async () => {
    const ran = await migrate('--from', source, '--to', pgTarget, '--batch', '2');
    expect(ran.err).not.toContain('herald migrate-store:');
    expect(ran.code).toBe(0);
    expect(ran.err).toContain('articles: 2/5');
    expect(ran.err).toContain('articles: 5/5');
    expect(ran.out).toMatch(/articles\s+5\s+5\s+5/);
    expect(ran.out).toMatch(/outbox\s+2\s+2\s+2/);
    expect(await readBack(pgTarget, ids)).toEqual(expected);
  }, 60_000);

  it('the copy does not print the target password', async () => {
    const withPassword = new URL(pgTarget);
    withPassword.password = 'not-needed-by-trust-auth';
    const ran = await migrate('--from', source, '--to', withPassword.toString(), '--resume');
    expect(ran.code).toBe(0);
    expect(ran.err + ran.out).not.toContain('not-needed-by-trust-auth');
    expect(ran.err).toContain(':***@');
  }, 60_000);

  it('a second copy into the now non-empty target is refused; with --resume it adds nothing and doubles nothing', async () => {
    const refused = await migrate('--from', source, '--to', pgTarget);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/the target already holds \d+ rows; pass --resume/);
    const resumed = await migrate('--from', source, '--to', pgTarget, '--resume');
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/articles\s+5\s+0\s+5/);
    expect(await readBack(pgTarget, ids)).toEqual(expected);
  }, 60_000);

  it('after the copy, PostgreSQL hands out fresh ids above the copied ones', async () => {
    const articles = await openStore({ DATABASE_URL: pgTarget });
    const alerts = openAlertStore(articles);
    try {
      const { subscription, created } = await alerts.addSubscription({
        ...channel,
        kind: 'keyword',
        value: 'tram',
        createdBy: 'editor',
      });
      expect(created).toBe(true);
      expect(subscription.id).toBeGreaterThan(Math.max(...expected.subscriptions.map((s) => s.id)));
      await alerts.removeSubscriptions(channel, 'keyword', 'tram');
    } finally {
      await articles.close();
    }
  });

  it('PostgreSQL back to a new SQLite file: the same again, and SQLite full-text search finds the articles', async () => {
    const back = sqliteUrl('back.db');
    const ran = await migrate('--from', pgTarget, '--to', back);
    expect(ran.code).toBe(0);
    expect(await readBack(back, ids)).toEqual(expected);
  }, 60_000);

  it('an interrupted copy is finished by --resume: the missing rows are added, none doubled', async () => {
    const target = sqliteUrl('interrupted.db');
    expect((await migrate('--from', source, '--to', target)).code).toBe(0);
    // As if the copy had stopped after the first articles: later rows of several tables are gone.
    const file = new Database(target.slice('file:'.length));
    file.pragma('foreign_keys = ON');
    file.exec(`DELETE FROM route_inbox; DELETE FROM outbox; DELETE FROM delivery_log;
      DELETE FROM articles WHERE id IN ('${ids[3]}', '${ids[4]}');
      DELETE FROM articles_fts WHERE article_id IN ('${ids[3]}', '${ids[4]}');
      DELETE FROM sentences_fts WHERE article_id IN ('${ids[3]}', '${ids[4]}');`);
    file.close();
    const resumed = await migrate('--from', source, '--to', target, '--resume');
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/articles\s+5\s+2\s+5/);
    expect(await readBack(target, ids)).toEqual(expected);
  }, 60_000);
});

describe('migrate-store refusals', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a missing source file is refused instead of copying an empty new one', async () => {
    const ran = await migrate('--from', sqliteUrl('missing.db'), '--to', sqliteUrl('target.db'));
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('no SQLite file at');
  });

  it('the same store on both sides, or a URL that is no store, is refused with the reason', async () => {
    const same = sqliteUrl('same.db');
    expect((await migrate('--from', same, '--to', same)).err).toContain('name the same store');
    const bad = await migrate('--from', 'mysql://db/herald', '--to', sqliteUrl('t.db'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--from: expected file:PATH');
  });

  it('a Herald still running on the source (a live lease) stops the copy; an expired lease does not', async () => {
    const source = sqliteUrl('running.db');
    await (await openStore({ DATABASE_URL: source })).close();
    const file = new Database(source.slice('file:'.length));
    const lease = file.prepare('INSERT OR REPLACE INTO leases (name, holder, expires_at) VALUES (?, ?, ?)');
    lease.run('herald-owner', 'host-a:4242', new Date(Date.now() + 60_000).toISOString());
    const running = await migrate('--from', source, '--to', sqliteUrl('running-target.db'));
    expect(running.code).toBe(2);
    expect(running.err).toContain(
      'a Herald process seems to be running on the source (herald-owner held by host-a:4242',
    );
    lease.run('herald-owner', 'host-a:4242', new Date(Date.now() - 60_000).toISOString());
    file.close();
    expect((await migrate('--from', source, '--to', sqliteUrl('running-target.db'))).code).toBe(0);
  });

  it('a table this copy does not know stops it before any row moves', async () => {
    const source = sqliteUrl('extra-table.db');
    await (await openStore({ DATABASE_URL: source })).close();
    const file = new Database(source.slice('file:'.length));
    file.exec('CREATE TABLE reading_lists (id INTEGER PRIMARY KEY, name TEXT)');
    file.close();
    const target = sqliteUrl('extra-target.db');
    const ran = await migrate('--from', source, '--to', target);
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('the source has tables this copy does not know (reading_lists)');
  });

  it('a column only one side has stops it, naming the table and the column', async () => {
    const source = sqliteUrl('extra-column.db');
    await (await openStore({ DATABASE_URL: source })).close();
    const file = new Database(source.slice('file:'.length));
    file.exec('ALTER TABLE feeds ADD COLUMN colour TEXT');
    file.close();
    const ran = await migrate('--from', source, '--to', sqliteUrl('column-target.db'));
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('the two stores disagree on table feeds: only the source has colour');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedPoller } from '../src/feeds/poller.js';
import type { SourceDocument } from '../src/sources/metadata.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { startRouteServer } from './helpers/http-server.js';

const quiet = { info() {}, warn() {}, error() {} };
const channel = { platform: 'slack' as const, channelId: 'C1' };
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Bare Wire</title>${items}</channel></rss>`;

describe('titles for feed items that have none', () => {
  let server: Awaited<ReturnType<typeof startRouteServer>>;
  let articles: SqliteArticleStore;
  let alerts: SqliteAlertStore;
  const pages = new Map<string, SourceDocument>();

  beforeEach(async () => {
    server = await startRouteServer();
    articles = new SqliteArticleStore(':memory:', { logger: quiet });
    alerts = new SqliteAlertStore(articles.db);
    pages.clear();
  });
  afterEach(async () => {
    await articles.close();
    await server.close();
  });

  const poller = () =>
    new FeedPoller({
      alerts,
      articles,
      arrived: async () => undefined,
      fetchOptions: { timeoutMs: 2_000, maxBytes: 200_000, allowPrivate: true },
      log: quiet,
      readPage: async (url) => {
        const page = pages.get(url);
        if (!page) throw new Error('page not found');
        return page;
      },
    });
  const poll = async (body: string) => {
    server.routes.set('/f.xml', { body, headers: { 'content-type': 'application/rss+xml' } });
    return poller().poll((await alerts.addFeed(server.url('/f.xml'), channel, 300, new Date())).feed);
  };
  const titles = async () => (await articles.latest(10)).map((a) => a.title).sort();

  it("given a link-only item, the article is stored under its page's title", async () => {
    pages.set('https://wire.example/bridge', {
      origin: 'https://wire.example/bridge',
      title: 'Harbour bridge reopens after repairs',
      text: 'The harbour bridge reopened to traffic on Friday after six months of repairs, the city said.',
    });
    const result = await poll(rss('<item><link>https://wire.example/bridge</link></item>'));
    expect(result).toMatchObject({ status: 'updated', stored: 1, skipped: 0 });
    expect(await titles()).toEqual(['Harbour bridge reopens after repairs']);
  });

  it('given a link-only item whose page cannot be read, the address names it rather than the item being lost', async () => {
    const result = await poll(
      rss('<item><link>https://wire.example/2024/05/ferry-strike-called-off</link></item>'),
    );
    expect(result.stored).toBe(1);
    expect(await titles()).toEqual(['wire.example/2024/05/ferry-strike-called-off']);
  });

  it('given a title-less post with a link, its own text is kept and its page is not fetched', async () => {
    pages.set('https://social.example/@desk/1', {
      origin: 'https://social.example/@desk/1',
      title: 'Desk (@desk@social.example) - Social',
      text: 'Sign in to follow. Trending now. The quay reopens on Monday, the harbour board said.',
    });
    await poll(
      rss(
        '<item><link>https://social.example/@desk/1</link><description>The quay reopens on Monday, the harbour board said.</description></item>',
      ),
    );
    const [article] = await articles.latest(1);
    expect(article!.title).toBe('The quay reopens on Monday, the harbour board said');
    expect(article!.parsed.paragraphs.join(' ')).not.toContain('Sign in');
  });

  it('given a one-sentence post with no title, it is stored with that sentence as title and body', async () => {
    const result = await poll(
      rss(
        '<item><guid isPermaLink="false">p1</guid><description>&lt;p&gt;The north quay ferry is running again.&lt;/p&gt;</description></item>',
      ),
    );
    expect(result).toMatchObject({ stored: 1, skipped: 0 });
    const [article] = await articles.latest(1);
    expect(article!.title).toBe('The north quay ferry is running again');
    expect(article!.parsed.paragraphs).toEqual(['The north quay ferry is running again.']);
  });
});

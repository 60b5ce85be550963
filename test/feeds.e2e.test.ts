import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { startRouteServer } from './helpers/http-server.js';

/**
 * A Mastodon-style feed (items with a description and a link, no title) alerting through
 * `herald start` as a person runs it: a real process, its real poller, router and console
 * platform, against a feed served on loopback.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const console_ = { platform: 'console' as const, channelId: 'stdin' };

let dir: string;
let server: Awaited<ReturnType<typeof startRouteServer>>;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-feed-e2e-'));
  server = await startRouteServer();
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A channel subscribed to the feed earlier: its backlog already seeded, its next poll due now. */
async function subscribedEarlier(dbFile: string, feedUrl: string): Promise<void> {
  const articles = new SqliteArticleStore(dbFile);
  try {
    const alerts = new SqliteAlertStore(articles.db);
    const earlier = new Date(Date.now() - 3_600_000);
    const { feed } = await alerts.addFeed(feedUrl, console_, 600, earlier);
    await alerts.updateFeed(feed.id, { seededAt: earlier.toISOString(), nextPollAt: earlier.toISOString() });
    await alerts.addSubscription({ ...console_, kind: 'feed', value: feedUrl, createdBy: 'Ada' });
  } finally {
    await articles.close();
  }
}

/** Runs `herald start` until `until` shows on stdout (or the time runs out), then types quit. */
function startUntil(
  env: Record<string, string>,
  until: RegExp,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/herald.js', 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    let quitting = false;
    const quit = () => {
      if (quitting) return;
      quitting = true;
      child.stdin.end('quit\n');
    };
    const timer = setTimeout(quit, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until.test(stdout)) quit();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('a Mastodon-style feed through herald start', () => {
  it('given a subscribed feed whose items have no title, the new post is alerted with its first sentence as title and its link', async () => {
    // The posts link to loopback pages that don't exist: the page fetch fails fast and the post's own text is kept.
    const feed = readFileSync(
      new URL('./fixtures/feeds/wild/mastodon.xml', import.meta.url),
      'utf8',
    ).replaceAll('https://social.example', server.url(''));
    server.routes.set('/@transit.rss', {
      body: feed,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    });
    const dbFile = path.join(dir, 'herald.db');
    const seeds = path.join(dir, 'no-seeds');
    mkdirSync(seeds);
    await subscribedEarlier(dbFile, server.url('/@transit.rss'));

    const run = await startUntil(
      {
        DATABASE_URL: `file:${dbFile}`,
        HERALD_SEEDS_DIR: seeds,
        HERALD_ALLOW_PRIVATE_URLS: 'true',
        HERALD_FETCH_TIMEOUT_MS: '3000',
        HERALD_LOG_LEVEL: 'warn',
      },
      /Night trams on line 4[\s\S]*\n/,
      40_000,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(server.requests.some((r) => r.path === '/@transit.rss')).toBe(true);
    expect(run.stdout).toContain(
      'Ferry services between the north quay and Ashby Island are suspended until further notice because of high winds',
    );
    expect(run.stdout).toContain(server.url('/@transit/113001'));
    expect(run.stdout).toContain('Night trams on line 4 return on Monday');
    expect(run.stdout).not.toContain('item has no title');
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IngestOutcome, ingestInputs } from '../src/ingest/service.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { startRouteServer } from './helpers/http-server.js';

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-ingest-'));
  dbFile = path.join(dir, 'db', 'herald.db');
  mkdirSync(path.join(dir, 'news', 'more'), { recursive: true });
  writeFileSync(
    path.join(dir, 'news', 'a-ferry.txt'),
    'Ferry service resumes\n\nThe river ferry resumed service on Monday after repairs, the harbour board said.',
  );
  writeFileSync(
    path.join(dir, 'news', 'b-council.md'),
    '---\npublished: 2024-04-02\n---\n# Council delays budget vote\n\nCouncillors postponed the vote after a row over bus fares.',
  );
  // The same article again under another name: a duplicate by content.
  copyFileSync(path.join(dir, 'news', 'a-ferry.txt'), path.join(dir, 'news', 'more', 'c-ferry-copy.txt'));
  writeFileSync(path.join(dir, 'news', 'more', 'd-broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function ingestCli(args: string[]) {
  return spawnSync(process.execPath, ['bin/herald.js', 'ingest', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, HERALD_LOG_LEVEL: 'silent' },
  });
}

describe('herald ingest', () => {
  it('given DATABASE_URL only in a .env file, stores the articles where .env says, like herald start', async () => {
    writeFileSync(
      path.join(dir, '.env'),
      'DATABASE_URL=file:./from-dotenv/herald.db\nHERALD_LOG_LEVEL=silent\n',
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
    const res = spawnSync(process.execPath, [path.resolve('bin/herald.js'), 'ingest', 'news/a-ferry.txt'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(res.status).toBe(0);
    const store = new SqliteArticleStore(path.join(dir, 'from-dotenv', 'herald.db'));
    try {
      expect((await store.latest(5)).map((a) => a.title)).toEqual(['Ferry service resumes']);
    } finally {
      await store.close();
    }
  });

  it('given a folder with two articles, a copy and a binary file, prints one line each and exits 1', async () => {
    const res = ingestCli([path.join(dir, 'news')]);
    expect(res.status).toBe(1);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^new +[0-9a-f]{10} {2}Ferry service resumes {2}\(.*a-ferry\.txt\)$/);
    expect(lines[1]).toMatch(/^new +[0-9a-f]{10} {2}Council delays budget vote/);
    expect(lines[2]).toMatch(/^duplicate +[0-9a-f]{10} {2}Ferry service resumes/);
    expect(lines[2]?.slice(11, 21)).toBe(lines[0]?.slice(11, 21));
    expect(lines[3]).toMatch(/^error +.*d-broken\.txt: looks like a binary file/);
    expect(res.stderr).toContain('2 new, 1 duplicate, 1 failed');

    const store = new SqliteArticleStore(dbFile);
    expect(await store.count()).toBe(2);
    expect((await store.latest(1))[0]?.published).toBe('2024-04-02');
    await store.close();
  });

  it('given the same files again, everything is a duplicate, nothing changes and the exit status is 0', () => {
    const files = [path.join(dir, 'news', 'a-ferry.txt'), path.join(dir, 'news', 'b-council.md')];
    expect(ingestCli(files).status).toBe(0);
    const again = ingestCli(files);
    expect(again.status).toBe(0);
    expect(
      again.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['duplicate', 'duplicate']);
  });

  it('given no inputs, exits 2 with usage', () => {
    const res = ingestCli([]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Usage: herald ingest');
  });
});

describe('ingestInputs from a URL', () => {
  it('given a page on a loopback server and allowPrivate, it is fetched, parsed and stored; without it, refused', async () => {
    const body = Array.from(
      { length: 5 },
      () => '<p>The harbour board approved the new ferry terminal on the east quay on Tuesday evening.</p>',
    ).join('');
    const server = await startRouteServer();
    server.routes.set('/news/terminal', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<html><head><title>Terminal approved</title><meta property="article:published_time" content="2024-03-05"></head><body><article>${body}</article></body></html>`,
    });
    const url = server.url('/news/terminal');
    const store = new SqliteArticleStore(':memory:');
    const outcomes: IngestOutcome[] = [];
    try {
      const fetch = { timeoutMs: 2_000, maxBytes: 1_000_000 };
      const refused = await ingestInputs(store, [url], {
        fetch,
        reporter: {
          result: (o) => {
            outcomes.push(o);
          },
        },
      });
      expect(refused).toEqual({ new: 0, duplicate: 0, error: 1 });
      expect(outcomes[0]).toMatchObject({ status: 'error', code: 'SOURCE_FETCH_FAILED' });
      expect(outcomes[0]?.status === 'error' && outcomes[0].message).toContain('loopback');

      const allowed = await ingestInputs(store, [url], { fetch: { ...fetch, allowPrivate: true } });
      expect(allowed).toEqual({ new: 1, duplicate: 0, error: 0 });
      const stored = (await store.latest(1))[0];
      expect(stored).toMatchObject({ title: 'Terminal approved', url, published: '2024-03-05' });
    } finally {
      await store.close();
      await server.close();
    }
  });
});

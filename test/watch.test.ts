import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../src/ingest/service.js';
import type { Logger } from '../src/log.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { StoredArticle } from '../src/store/store.js';
import { FolderWatcher } from '../src/watch/watcher.js';

const silent = pino({ level: 'silent' }) as unknown as Logger;

const bridge = [
  'City council approves river bridge repairs',
  '',
  'The city council voted on Monday to repair the old river bridge, which has been closed to lorries since March.',
  '',
  'Work will begin in June and last about four months, the council said.',
].join('\n');

const library = [
  'Library extends opening hours for exams',
  '',
  'The central library will stay open until midnight during the exam season, its director announced on Wednesday.',
  '',
  'Students had asked for longer hours in a petition signed by more than two thousand people.',
].join('\n');

describe('folder watcher', () => {
  let dir: string;
  let store: SqliteArticleStore;
  let watcher: FolderWatcher;
  let arrived: StoredArticle[];
  let outcomes: IngestOutcome[];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-watch-'));
    store = new SqliteArticleStore(':memory:', { logger: silent });
    arrived = [];
    outcomes = [];
    watcher = new FolderWatcher({
      store,
      folders: [dir, path.join(dir, 'missing')],
      log: silent,
      arrived: (a) => arrived.push(a),
      debounceMs: 150,
      onOutcome: (o) => outcomes.push(o),
    });
    watcher.start();
  });
  afterEach(async () => {
    await watcher.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given an article file written in two steps, it is ingested once, whole, and handed to the router', async () => {
    const file = path.join(dir, 'bridge.txt');
    const [head, ...rest] = bridge.split('\n\n');
    writeFileSync(file, `${head}\n\n`);
    await new Promise((r) => setTimeout(r, 30));
    appendFileSync(file, rest.join('\n\n'));
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(outcomes.map((o) => o.status)).toEqual(['new']);
    expect(arrived[0]?.title).toBe('City council approves river bridge repairs');
    expect(store.getArticle(arrived[0]!.id)?.parsed.paragraphs.join(' ')).toContain('four months');
  });

  it('given a file in a subfolder, and a non-article file, only the article is ingested', async () => {
    mkdirSync(path.join(dir, 'wire'));
    writeFileSync(path.join(dir, 'notes.log'), 'not an article');
    writeFileSync(path.join(dir, 'wire', 'library.md'), library);
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(arrived[0]?.title).toBe('Library extends opening hours for exams');
    expect(outcomes).toHaveLength(1);
  });

  it('given a sidecar, it is never read as an article, but its appearance re-reads the article beside it', async () => {
    const file = path.join(dir, 'library.txt');
    writeFileSync(file, library);
    await expect.poll(() => outcomes.length, { timeout: 5000 }).toBe(1);
    writeFileSync(path.join(dir, 'library.meta.json'), JSON.stringify({ source: 'Campus News', published: '2024-05-15' }));
    await expect.poll(() => outcomes.length, { timeout: 5000 }).toBe(2);
    expect(outcomes.map((o) => [o.input, o.status])).toEqual([
      [file, 'new'],
      [file, 'duplicate'],
    ]);
    expect(arrived).toHaveLength(1);

    const fresh = path.join(dir, 'bridge.txt');
    writeFileSync(path.join(dir, 'bridge.meta.json'), JSON.stringify({ source: 'City Gazette', published: '2024-05-13' }));
    writeFileSync(fresh, bridge);
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(2);
    expect(arrived[1]).toMatchObject({ source: 'City Gazette', published: '2024-05-13' });
  });

  it('after stop, new files are not ingested', async () => {
    await watcher.stop();
    writeFileSync(path.join(dir, 'bridge.txt'), bridge);
    await new Promise((r) => setTimeout(r, 500));
    expect(outcomes).toEqual([]);
  });
});

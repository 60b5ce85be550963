import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  let outside: string;
  let store: SqliteArticleStore;
  let watcher: FolderWatcher;
  let arrived: StoredArticle[];
  let outcomes: IngestOutcome[];

  const newWatcher = (into: IngestOutcome[], intoArrived: StoredArticle[]) =>
    new FolderWatcher({
      store,
      folders: [dir, path.join(dir, 'missing')],
      log: silent,
      arrived: async (a) => intoArrived.push(a),
      debounceMs: 150,
      onOutcome: (o) => into.push(o),
    });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-watch-'));
    outside = mkdtempSync(path.join(tmpdir(), 'herald-outside-'));
    store = new SqliteArticleStore(':memory:', { logger: silent });
    arrived = [];
    outcomes = [];
    watcher = newWatcher(outcomes, arrived);
    watcher.start();
  });
  afterEach(async () => {
    await watcher.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('given an article file written in two steps, it is ingested once, whole, and handed to the router', async () => {
    const file = path.join(dir, 'bridge.txt');
    const [head, ...rest] = bridge.split('\n\n');
    writeFileSync(file, `${head}\n\n`);
    // The second half lands well inside the debounce window, as a copy tool's second write does.
    await new Promise((r) => setTimeout(r, 30));
    appendFileSync(file, rest.join('\n\n'));
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    await watcher.idle();
    expect(outcomes.map((o) => o.status)).toEqual(['new']);
    expect(arrived[0]?.title).toBe('City council approves river bridge repairs');
    expect((await store.getArticle(arrived[0]!.id))?.parsed.paragraphs.join(' ')).toContain('four months');
  });

  it('given a file in a subfolder, and a non-article file, only the article is ingested', async () => {
    mkdirSync(path.join(dir, 'wire'));
    writeFileSync(path.join(dir, 'notes.log'), 'not an article');
    writeFileSync(path.join(dir, 'wire', 'library.md'), library);
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    await watcher.idle();
    expect(arrived[0]?.title).toBe('Library extends opening hours for exams');
    expect(outcomes).toHaveLength(1);
  });

  it('given a sidecar written after its article, the article is re-read and its stored source and date are updated', async () => {
    const file = path.join(dir, 'library.txt');
    writeFileSync(file, library);
    await expect.poll(() => outcomes.length, { timeout: 5000 }).toBe(1);
    const id = arrived[0]!.id;
    expect(await store.getArticle(id)).toMatchObject({ source: null, published: null });

    writeFileSync(
      path.join(dir, 'library.meta.json'),
      JSON.stringify({ source: 'Campus News', published: '2024-05-15' }),
    );
    await expect.poll(() => outcomes.length, { timeout: 5000 }).toBe(2);
    expect(outcomes[1]).toMatchObject({ input: file, status: 'duplicate', refreshed: true });
    // Same article, same id, now with its metadata; not a second alert.
    expect(await store.getArticle(id)).toMatchObject({ source: 'Campus News', published: '2024-05-15' });
    expect((await store.getArticle(id))?.parsed.published).toBe('2024-05-15');
    expect(await store.count()).toBe(1);
    expect(arrived).toHaveLength(1);
  });

  it('given a sidecar written before its article, the article arrives with the metadata', async () => {
    writeFileSync(
      path.join(dir, 'bridge.meta.json'),
      JSON.stringify({ source: 'City Gazette', published: '2024-05-13' }),
    );
    writeFileSync(path.join(dir, 'bridge.txt'), bridge);
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    expect(arrived[0]).toMatchObject({ source: 'City Gazette', published: '2024-05-13' });
  });

  it('given a symbolic link to a file outside the folder, or a linked folder, nothing is read through it', async () => {
    writeFileSync(path.join(outside, 'secret.txt'), library);
    mkdirSync(path.join(outside, 'more'));
    writeFileSync(path.join(outside, 'more', 'other.txt'), bridge);
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'linked.txt'));
    symlinkSync(path.join(outside, 'more'), path.join(dir, 'more'));
    // A real file written after the links: once it is in, the links' events have had their turn.
    writeFileSync(path.join(dir, 'real.txt'), bridge.replace('river bridge', 'railway bridge'));
    await expect.poll(() => arrived.length, { timeout: 5000 }).toBe(1);
    await watcher.idle();
    expect(arrived.map((a) => a.title)).toEqual(['City council approves railway bridge repairs']);
    expect(outcomes.map((o) => o.input)).toEqual([path.join(dir, 'real.txt')]);
  });

  it('after stop, new files are not ingested', async () => {
    await watcher.stop();
    // A second watcher on the same folder shows when the file's events have been handled.
    const seen: IngestOutcome[] = [];
    const control = newWatcher(seen, []);
    control.start();
    try {
      writeFileSync(path.join(dir, 'bridge.txt'), bridge);
      await expect.poll(() => seen.length, { timeout: 5000 }).toBe(1);
      expect(outcomes).toEqual([]);
    } finally {
      await control.stop();
    }
  });
});

/**
 * Hostile input and unlucky operators (issue 14): special files, links, link injection, two
 * processes on one store, kill -9 during start-up, and a bot that must keep answering while a huge
 * article parses. Every case is bounded in time, so a regression fails instead of hanging CI.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleCard } from '../src/bot/cards.js';
import type { Reply } from '../src/bot/reply.js';
import { loadConfig } from '../src/config/env.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { HeraldHttpServer } from '../src/http/server.js';
import { ParsePool } from '../src/ingest/parse-pool.js';
import type { Logger } from '../src/log.js';
import { nonPublicKind } from '../src/net/address-policy.js';
import { renderReply as renderConsole } from '../src/platforms/console/render.js';
import { renderReply as renderDiscord } from '../src/platforms/discord/render.js';
import { renderMessage as renderSlack } from '../src/platforms/slack/render.js';
import { decodeText } from '../src/sources/decode.js';
import { readArticleFile } from '../src/sources/file.js';
import { expandPaths } from '../src/sources/walk.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { storeArticle } from './helpers/articles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const silent = pino({ level: 'silent' }) as unknown as Logger;

const ARTICLE = [
  'Harbour board reopens the river ferry',
  '',
  'The river ferry resumed crossings on Monday after two weeks of repairs, the harbour board said.',
  '',
  'Crossings will run every hour until the summer timetable begins in June.',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** How long a call took, in milliseconds. */
function timed<T>(fn: () => T): { value: T | Error; ms: number } {
  const start = performance.now();
  let value: T | Error;
  try {
    value = fn();
  } catch (err) {
    value = err as Error;
  }
  return { value, ms: performance.now() - start };
}

describe('special files', () => {
  it('given a sidecar that is a FIFO, the article is refused at once instead of hanging', () => {
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    execFileSync('mkfifo', [path.join(dir, 'ferry.meta.json')]);
    const { value, ms } = timed(() => readArticleFile(file));
    expect(value).toBeInstanceOf(Error);
    expect((value as Error).message).toMatch(/ferry\.meta\.json is a named pipe, not a regular file/);
    expect(ms).toBeLessThan(1000);
  });

  it('given a sidecar linked to /dev/zero, the article is refused at once instead of reading forever', () => {
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    symlinkSync('/dev/zero', path.join(dir, 'ferry.meta.json'));
    const { value, ms } = timed(() => readArticleFile(file));
    expect((value as Error).message).toMatch(/ferry\.meta\.json is a symbolic link/);
    expect(ms).toBeLessThan(1000);
  });

  it('given an article path linked to /dev/zero or a FIFO, it is refused at once', () => {
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    for (const name of ['zero.txt', 'pipe.txt']) {
      const { value, ms } = timed(() => readArticleFile(path.join(dir, name)));
      expect((value as Error).message).toMatch(/is a (device|named pipe), not a regular file/);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('given a sidecar with a 20 MB source, or a source longer than 200 characters, the metadata is refused', () => {
    const file = path.join(dir, 'ferry.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(
      path.join(dir, 'ferry.meta.json'),
      JSON.stringify({ source: 'x'.repeat(20 * 1024 * 1024) }),
    );
    const huge = timed(() => readArticleFile(file));
    expect((huge.value as Error).message).toMatch(/ferry\.meta\.json is 20\.0 MB, over the 64\.0 KB limit/);
    expect(huge.ms).toBeLessThan(1000);
    writeFileSync(path.join(dir, 'ferry.meta.json'), JSON.stringify({ source: 'Gazette '.repeat(40) }));
    expect(() => readArticleFile(file)).toThrow(/source: is longer than 200 characters/);
  });

  it('given a folder holding symbolic links, the walk skips them', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'herald-outside-'));
    try {
      writeFileSync(path.join(outside, 'private.txt'), ARTICLE);
      writeFileSync(path.join(dir, 'real.txt'), ARTICLE);
      symlinkSync(path.join(outside, 'private.txt'), path.join(dir, 'link.txt'));
      symlinkSync(outside, path.join(dir, 'linked-folder'));
      expect(expandPaths([dir]).files).toEqual([path.join(dir, 'real.txt')]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('given HTML nested 100,000 divs deep, it fails in well under a second with a clear error', () => {
    const file = path.join(dir, 'deep.html');
    writeFileSync(
      file,
      `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`,
    );
    const { value, ms } = timed(() => readArticleFile(file));
    expect((value as Error).message).toMatch(/nests HTML elements more than 1000 deep/);
    expect(ms).toBeLessThan(1000);
  });

  it('given a UTF-16 text file with its BOM, it is read as text, not refused as binary', () => {
    const text =
      'Café owners in Zürich protest new rules\n\nThe owners said on Monday the rules would close terraces.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le)).toEqual({ ok: true, text });
    expect(decodeText(be)).toEqual({ ok: true, text });
    writeFileSync(path.join(dir, 'cafe.txt'), le);
    expect(readArticleFile(path.join(dir, 'cafe.txt')).title).toBe('Café owners in Zürich protest new rules');
  });
});

describe('link and direction tricks from article text', () => {
  const evil = '[click here](http://evil.example/login)';
  const rlo = '\u202e';
  const isolate = '\u2066';
  let reply: Reply;

  beforeAll(async () => {
    const store = new SqliteArticleStore(':memory:', { logger: silent });
    const article = await storeArticle(store, {
      title: `Council ${evil} vote ${rlo}gpj.exe`,
      text: `Read the ${evil} notice now. The council met on Monday ${isolate}to vote.`,
      url: 'https://news.example.org/council-vote',
    });
    await store.close();
    reply = {
      ...articleCard(article),
      quotes: [
        {
          text: `Go to ${evil}`,
          speaker: `[Mayor](http://evil.example/mayor) ${rlo}Ann`,
          role: `[role](http://evil.example/r)`,
        },
      ],
    };
  });

  it('on Discord, no masked link but the article link survives, and no bidi control is sent', () => {
    const message = renderDiscord(reply);
    const all = JSON.stringify(message);
    const embed = message.embeds[0]!;
    const texts = [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...(embed.fields ?? []).map((f) => f.value),
    ];
    // A masked link needs an unescaped "](": only Herald's own "Read the article" link has one.
    const masked = texts.flatMap((t) => [...(t ?? '').matchAll(/\[([^\]]*)(?<!\\)\]\(([^)]*)\)/g)]);
    expect(masked.map((m) => [m[1], m[2]])).toEqual([
      ['Read the article', 'https://news.example.org/council-vote'],
    ]);
    expect(message.embeds[0]!.url).toBe('https://news.example.org/council-vote');
    expect(message.embeds[0]!.title).toContain('\\[click here\\]\\(http://evil.example/login\\)');
    expect(all).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });

  it("on Discord, Herald's own formatting in an answer survives: its > evidence quotes and `code` spans", () => {
    const answer = renderDiscord({ text: `Ann Lee, mayor\n> She said ${evil} on Monday.\nTry \`/who\`.` });
    expect(answer.content).toBe(
      'Ann Lee, mayor\n> She said \\[click here\\]\\(http://evil.example/login\\) on Monday.\nTry `/who`.',
    );
  });

  it('on Slack, article text never becomes <url|label>; only the article link does', () => {
    const message = renderSlack(reply);
    const all = JSON.stringify(message);
    const links = [...all.matchAll(/<(https?:[^|>]+)\|([^>]*)>/g)].map((m) => m[1]);
    expect(links).toEqual(['https://news.example.org/council-vote', 'https://news.example.org/council-vote']);
    expect(all).not.toContain('evil.example/login|');
    expect(all).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });

  it('on the console, bidi controls are removed', () => {
    const out = renderConsole(reply);
    expect(out).toContain('gpj.exe');
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });
});

describe('an article longer than the analysis cap', () => {
  it('is stored whole, and its card says the rest was stored but not analysed', async () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) =>
        `The harbour board met for the ${i + 1}th time on Monday to discuss berth ${i}, chair Nina Ross said.`,
    );
    const parsed = parseArticle(
      { title: 'Harbour board meets again', text: paragraphs.join('\n\n') },
      { maxAnalysedChars: 1_000 },
    );
    const store = new SqliteArticleStore(':memory:', { logger: silent });
    try {
      const { article } = await store.upsertArticle({ raw: paragraphs.join('\n\n'), parsed, origin: 'test' });
      expect(article.parsed.sentences).toHaveLength(40);
      expect(articleCard(article).text).toMatch(
        /Only the first 1 KB of 4 KB were analysed; the rest was stored but not analysed\.$/,
      );
    } finally {
      await store.close();
    }
    expect(loadConfig({ HERALD_MAX_ANALYSED_CHARS: '50000' }).HERALD_MAX_ANALYSED_CHARS).toBe(50_000);
    expect(() => loadConfig({ HERALD_MAX_ANALYSED_CHARS: '10' })).toThrow(/HERALD_MAX_ANALYSED_CHARS/);
  });
});

describe('addresses that embed IPv4', () => {
  it('6to4 is as public as its embedded IPv4; Teredo and local-use NAT64 are refused', () => {
    expect(nonPublicKind('2002:7f00:0001::1')).toBe('a 6to4 address embedding a loopback');
    expect(nonPublicKind('2002:c0a8:0101::')).toBe('a 6to4 address embedding a private');
    expect(nonPublicKind('2002:0808:0808::1')).toBeNull();
    expect(nonPublicKind('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toBe('a Teredo');
    expect(nonPublicKind('64:ff9b:1::a00:1')).toBe('a local-use NAT64');
    expect(nonPublicKind('2606:4700::1111')).toBeNull();
  });
});

describe('HTTP ingest under hostile clients', () => {
  const TOKEN = 'hostile-test-token';
  let store: SqliteArticleStore;
  let server: HeraldHttpServer;
  let pool: ParsePool;
  let port: number;

  beforeAll(async () => {
    store = new SqliteArticleStore(':memory:', { logger: silent });
    pool = new ParsePool(1);
    server = new HeraldHttpServer({
      store,
      log: silent,
      ingestToken: TOKEN,
      fetch: { timeoutMs: 1000, maxBytes: 1000, allowPrivate: false },
      maxBodyBytes: 8 * 1024 * 1024,
      requestTimeoutMs: 1000,
      parser: (input, options) => pool.parse(input, options),
      arrived: async () => {},
    });
    port = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await pool.close();
    await server.close();
    await store.close();
  });

  function send(method: string, urlPath: string, headers: Record<string, string>, body?: string) {
    const started = performance.now();
    return new Promise<{ status: number; ms: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => {
          text += d.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }));
      });
      req.on('error', reject);
      if (body !== undefined) req.end(body);
      else req.end();
    });
  }
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('answers 415 to application/json-patch+json', async () => {
    const res = await send(
      'POST',
      '/ingest',
      { ...auth, 'content-type': 'application/json-patch+json' },
      '[]',
    );
    expect(res.status).toBe(415);
  });

  it('accepts a JSON body that starts with a UTF-8 BOM', async () => {
    const body = `\ufeff${JSON.stringify({ title: 'Harbour board reopens the river ferry', text: ARTICLE })}`;
    const res = await send('POST', '/ingest', { ...auth, 'content-type': 'application/json' }, body);
    expect(res.status).toBe(201);
  }, 30_000);

  it('closes a request whose body trickles in slower than the request timeout, with 408', async () => {
    const started = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/ingest',
          headers: { ...auth, 'content-type': 'application/json', 'content-length': '1000' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.write('{"title": "');
      // ...and nothing more: the rest never comes.
    });
    expect(status).toBe(408);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('while a 5 MB article parses, /healthz answers within 200 ms every time', async () => {
    const sentences = Array.from(
      { length: 70_000 },
      (_, i) =>
        `Inspector Morgan Vale${i % 97} said on ${1 + (i % 28)} March that berth ${i} at Port ${i % 13} reopened.`,
    );
    // Paragraphs of five sentences each.
    const text = sentences.map((s, i) => (i % 5 === 4 ? `${s}\n\n` : `${s} `)).join('');
    const big = JSON.stringify({ title: 'A very long harbour log', text });
    expect(big.length).toBeGreaterThan(5_000_000);
    let done = false;
    const ingest = send('POST', '/ingest', { ...auth, 'content-type': 'application/json' }, big).finally(
      () => {
        done = true;
      },
    );
    const checks: number[] = [];
    // Checked while the article is still being parsed, not after.
    while (!done && checks.length < 10) {
      await new Promise((r) => setTimeout(r, 100));
      if (done) break;
      const health = await send('GET', '/healthz', {});
      expect(health.status).toBe(200);
      checks.push(health.ms);
    }
    expect(checks.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...checks)).toBeLessThan(200);
    // Not waiting for the parse itself: closing the pool ends it.
    await pool.close();
    await ingest;
  }, 60_000);
});

/** A `herald start` process on a store, with its output collected. */
interface Herald {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stderr has shown `pattern` `count` times, or `until` once. */
  waitFor: (pattern: RegExp, count?: number, until?: RegExp) => Promise<void>;
  exited: Promise<number | null>;
}

function startHerald(env: Record<string, string>, stdin: 'end' | 'open' = 'end'): Herald {
  const child = spawn(process.execPath, ['bin/herald.js', 'start'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HERALD_LOG_LEVEL: 'debug', ...env },
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  child.on('exit', () => {
    for (const w of waiters.splice(0)) w();
  });
  if (stdin === 'end') child.stdin?.end();
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, count = 1, until?: RegExp) => {
    const global = new RegExp(pattern.source, 'g');
    // Bounded, so a wait that can no longer be met fails naming what was seen rather than
    // running into the test's own time-out.
    const deadline = Date.now() + 60_000;
    while ((err.match(global) ?? []).length < count) {
      if (until?.test(err)) return;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`herald ended early: ${err}`);
      if (Date.now() > deadline)
        throw new Error(`waited 60 s for ${count} × ${pattern}; herald printed:\n${err.slice(-4000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return { child, stdout: () => out, stderr: () => err, waitFor, exited };
}

/** Five unrelated news items, so each one is its own story and its own alert. */
const STARTUP_ARTICLES = [
  [
    'ferry',
    'Harbour board reopens the Tamar ferry',
    'The Tamar ferry resumed crossings on Monday after repairs, harbour master Jonas Pell said.',
  ],
  [
    'library',
    'Dunmore library extends its opening hours',
    'The Dunmore library will stay open until midnight in June, director Aisha Karim announced.',
  ],
  [
    'strike',
    'Rail strike in Valdoria ends after pay deal',
    'Train drivers in Valdoria ended their strike on Friday, union leader Marek Olsen said.',
  ],
  [
    'frost',
    'Late frost damages Corvella vineyards',
    'A late frost damaged half of the vines around Corvella, grower Lucia Benedetti said on Tuesday.',
  ],
  [
    'comet',
    'Kestrel Hill observatory spots a new comet',
    'Astronomers at the Kestrel Hill observatory found a faint comet, Priya Natarajan said.',
  ],
] as const;

describe('processes: kill -9 during start-up, and two on one store', () => {
  let seeds: string;
  let env: Record<string, string>;
  const running: ChildProcess[] = [];

  beforeEach(() => {
    seeds = path.join(dir, 'seeds');
    mkdirSync(seeds);
    for (const [name, title, body] of STARTUP_ARTICLES)
      writeFileSync(path.join(seeds, `${name}.txt`), `${title}\n\n${body}\n`);
    env = { DATABASE_URL: `file:${path.join(dir, 'herald.db')}`, HERALD_SEEDS_DIR: seeds };
  });
  afterEach(() => {
    for (const child of running.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('given kill -9 after the 1st, the 3rd and the last article stored, the final start alerts every article exactly once', async () => {
    const outputs: string[] = [];
    // Each killed run stores (and routes) a little more; none gets as far as delivering. On a
    // loaded machine the kill can land after more articles than awaited were stored (and after an
    // article was stored but before its log line was written), so a run also ends its wait when
    // the start-up ingest says it is done: waiting for articles that are no longer new would wait
    // forever.
    for (const stored of [1, 2, 2]) {
      const herald = startHerald(env, 'open');
      running.push(herald.child);
      await herald.waitFor(/stored a start-up article/, stored, /ingested start-up folders/);
      herald.child.kill('SIGKILL');
      await herald.exited;
      outputs.push(herald.stdout());
    }
    const last = startHerald({ ...env, HERALD_LOG_LEVEL: 'warn' });
    running.push(last.child);
    expect(await last.exited).toBe(0);
    outputs.push(last.stdout());
    const all = outputs.join('\n');
    for (const [, title] of STARTUP_ARTICLES) {
      expect(all.split('\n').filter((line) => line === title)).toHaveLength(1);
    }
    // And the store agrees: one alert per article for the console, every one sent.
    const store = new SqliteArticleStore(path.join(dir, 'herald.db'), { logger: silent });
    try {
      const rows = store.db.prepare("SELECT status FROM outbox WHERE kind = 'alert'").pluck().all();
      expect(rows).toEqual(STARTUP_ARTICLES.map(() => 'sent'));
      expect(store.db.prepare('SELECT count(*) FROM route_inbox').pluck().get()).toBe(0);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('given a running Herald, a second start on the same store refuses naming the file and the holder; herald ingest beside it is routed by the first', async () => {
    // No start-up articles: the console's rate limit is all the pushed article's.
    rmSync(seeds, { recursive: true });
    mkdirSync(seeds);
    const first = startHerald(env, 'open');
    running.push(first.child);
    await first.waitFor(/alerting started/);

    const second = spawnSync(process.execPath, ['bin/herald.js', 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HERALD_LOG_LEVEL: 'warn', ...env },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`already running on the store ${path.join(dir, 'herald.db')}`);
    expect(second.stderr).toContain(`process ${first.child.pid} on`);

    // Another process writing to the store meanwhile is fine: no "database is locked", and the
    // running Herald routes what it stored through the route inbox.
    const extra = path.join(dir, 'extra.txt');
    writeFileSync(
      extra,
      'Coastguard rescues two kayakers off Pellbay\n\nTwo kayakers were rescued off Pellbay on Sunday, coastguard officer Tomas Reyes said.\n',
    );
    const ingest = spawnSync(process.execPath, ['bin/herald.js', 'ingest', extra], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HERALD_LOG_LEVEL: 'warn', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(ingest.status).toBe(0);
    expect(ingest.stderr).not.toMatch(/locked/);
    await expect
      .poll(() => first.stdout().includes('Coastguard rescues two kayakers off Pellbay'), {
        timeout: 20_000,
        interval: 200,
      })
      .toBe(true);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 180_000);
});

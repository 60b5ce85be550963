import http from 'node:http';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { healthIdentity } from '../src/http/health.js';
import { HeraldHttpServer } from '../src/http/server.js';
import type { Logger } from '../src/log.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { ArticleStore, StoredArticle } from '../src/store/store.js';
import { startRouteServer } from './helpers/http-server.js';
import { storeBackends } from './helpers/store-backends.js';

const TOKEN = 'newsroom-secret-token';
const lines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) }) as unknown as Logger;

const article = {
  title: 'Harbour authority approves new ferry terminal',
  text: 'The harbour authority approved a new ferry terminal on Tuesday after a two-year review.\n\nConstruction is expected to start in the spring, the authority said in a statement.',
  url: 'https://port.example.org/ferry-terminal',
  published: '2024-05-14',
};

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

function request(
  port: number,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => {
        text += d.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
    });
    // The server may answer 413 and close before the whole upload is written.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = (body: unknown, token: string | null = TOKEN) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  body: JSON.stringify(body),
});

describe('HTTP ingest endpoint', () => {
  let store: SqliteArticleStore;
  let server: HeraldHttpServer;
  let port: number;
  let arrived: StoredArticle[];

  async function startServer(token: string | undefined, allowPrivate = false) {
    server = new HeraldHttpServer({
      store,
      log,
      ingestToken: token,
      fetch: { timeoutMs: 5000, maxBytes: 1_000_000, allowPrivate },
      maxBodyBytes: 64 * 1024,
      arrived: async (a) => arrived.push(a),
    });
    port = await server.listen(0, '127.0.0.1');
  }

  const post = (h: ReturnType<typeof json>) => {
    const { body, ...headers } = h;
    return request(port, 'POST', '/ingest', body, headers);
  };

  beforeEach(async () => {
    lines.length = 0;
    arrived = [];
    store = new SqliteArticleStore(':memory:', { logger: log });
    await startServer(TOKEN);
  });
  afterEach(async () => {
    await server.close();
    await store.close();
  });

  it('without a bearer token, or with a wrong one, the push is refused with 401 and nothing is stored', async () => {
    expect((await post(json(article, null))).status).toBe(401);
    const wrong = await post(json(article, 'newsroom-secret-tokeN'));
    expect(wrong.status).toBe(401);
    expect(wrong.json.error).toBe('missing or wrong bearer token');
    expect(await store.count()).toBe(0);
  });

  it('given a new article, it answers 201 with the id and routes it; the same article again answers 200 as a duplicate', async () => {
    const first = await post(json(article));
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: 'new', title: article.title, url: article.url });
    expect((await store.getArticle(String(first.json.id)))?.published).toBe('2024-05-14');
    expect(arrived.map((a) => a.id)).toEqual([first.json.id]);

    const again = await post(json({ ...article, url: `${article.url}?utm_source=wire` }));
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: first.json.id, status: 'duplicate' });
    expect(arrived).toHaveLength(1);
  });

  it('given bad bodies, it answers 400 with a JSON error naming the problem', async () => {
    const notJson = await request(port, 'POST', '/ingest', '{"title": ', {
      'content-type': 'application/json',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toMatch(/^the body is not valid JSON/);

    const noText = await post(json({ title: 'Only a title' }));
    expect(noText.status).toBe(400);
    expect(noText.json.error).toMatch(/text: /);

    const badDate = await post(json({ ...article, published: 'last Tuesday' }));
    expect(badDate.status).toBe(400);
    expect(badDate.json.error).toMatch(/published: "last Tuesday" is not a date/);

    const badUrl = await post(json({ url: 'ftp://files.example.org/a.txt' }));
    expect(badUrl.status).toBe(400);
    expect(badUrl.json.error).toMatch(/url: expected an http\(s\) URL/);

    const typo = await post(json({ titel: 'x', text: 'y' }));
    expect(typo.status).toBe(400);
    expect(await store.count()).toBe(0);
  });

  it('given a body over the size cap, it answers 413 without storing anything', async () => {
    const huge = json({ ...article, text: 'word '.repeat(40_000) });
    const answer = await post(huge);
    expect(answer.status).toBe(413);
    expect(answer.json.error).toMatch(/larger than 65536 bytes/);
    expect(await store.count()).toBe(0);
  });

  it('given a URL body pointing at loopback, the fetch is refused and the push answers 422 with the reason', async () => {
    const pages = await startRouteServer();
    pages.routes.set('/story', {
      headers: { 'content-type': 'text/html' },
      body: '<html><body><p>x</p></body></html>',
    });
    try {
      const refused = await post(json({ url: pages.url('/story') }));
      expect(refused.status).toBe(422);
      expect(refused.json.error).toMatch(/loopback/);
      expect(pages.requests).toHaveLength(0);
    } finally {
      await pages.close();
    }
  });

  it('given a URL body the operator allows, Herald fetches and reads the page and answers 201', async () => {
    await server.close();
    await startServer(TOKEN, true);
    const pages = await startRouteServer();
    const paragraphs = article.text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    pages.routes.set('/story', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<html><head><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${paragraphs}</article></body></html>`,
    });
    try {
      const answer = await post(json({ url: pages.url('/story') }));
      expect(answer.status).toBe(201);
      expect(answer.json.title).toBe(article.title);
      expect(arrived).toHaveLength(1);
    } finally {
      await pages.close();
    }
  });

  it('without HERALD_INGEST_TOKEN the endpoint is disabled with a log line, and /healthz still answers', async () => {
    await server.close();
    lines.length = 0;
    await startServer(undefined);
    expect(lines.some((l) => l.includes('POST /ingest is disabled: set HERALD_INGEST_TOKEN'))).toBe(true);
    const refused = await post(json(article, 'anything'));
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatch(/HERALD_INGEST_TOKEN/);
    const health = await request(port, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', store: { answering: true } });
    expect((await request(port, 'GET', '/ingest')).status).toBe(405);
    expect((await request(port, 'GET', '/nowhere')).status).toBe(404);
  });
});

describe('GET /healthz', () => {
  const servers: HeraldHttpServer[] = [];

  async function serve(store: ArticleStore, env: Record<string, string>, storeProbeTimeoutMs?: number) {
    const server = new HeraldHttpServer({
      store,
      log,
      ingestToken: TOKEN,
      fetch: { timeoutMs: 5000, maxBytes: 1_000_000, allowPrivate: false },
      arrived: async () => undefined,
      identity: healthIdentity(loadConfig(env)),
      ...(storeProbeTimeoutMs !== undefined ? { storeProbeTimeoutMs } : {}),
    });
    servers.push(server);
    return server.listen(0, '127.0.0.1');
  }

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  for (const { backend, skip } of storeBackends) {
    describe.skipIf(skip)(`on ${backend.name}`, () => {
      it('while the store answers: 200 with the store kind, the roles held and the shards, no password', async () => {
        const opened = await backend.open();
        try {
          const port = await serve(opened.articles, {
            DATABASE_URL:
              backend.name === 'sqlite'
                ? 'file:./data/herald.db'
                : 'postgres://herald:hunter2-secret@db.example.internal:5432/herald',
            HERALD_ROLES: 'ingest,discord',
            DISCORD_TOKEN: 'discord-bot-token-never-shown',
            DISCORD_SHARDS: '0,1',
            DISCORD_SHARD_COUNT: '4',
          });
          const health = await request(port, 'GET', '/healthz');
          expect(health.status).toBe(200);
          expect(health.json).toMatchObject({
            status: 'ok',
            store: { kind: backend.name, answering: true },
            roles: ['ingest', 'discord'],
            discordShards: { ids: [0, 1], count: 4 },
          });
          expect(JSON.stringify(health.json)).not.toContain('hunter2');
          expect(JSON.stringify(health.json)).not.toContain('discord-bot-token');
          if (backend.name === 'postgresql')
            expect((health.json.store as { where: string }).where).toBe(
              'postgres://herald:***@db.example.internal:5432/herald',
            );
        } finally {
          await opened.dispose();
        }
      });

      it('once the store is gone: 503, says the query failed, and logs why', async () => {
        const opened = await backend.open();
        const port = await serve(opened.articles, { HERALD_ROLES: 'ingest' });
        await opened.dispose();
        lines.length = 0;
        const health = await request(port, 'GET', '/healthz');
        expect(health.status).toBe(503);
        expect(health.json).toMatchObject({
          status: 'unavailable',
          store: { answering: false, problem: 'the query failed (see the log)' },
          roles: ['ingest'],
        });
        expect(lines.some((l) => l.includes('health check: the store query failed'))).toBe(true);
      });
    });
  }

  it('when the store takes longer than the probe timeout: 503 "no answer", without waiting for it', async () => {
    const store = new SqliteArticleStore(':memory:', { logger: log });
    // A database that hangs (a locked table, a lost network path) rather than failing fast.
    const hanging = new Proxy(store, {
      get: (target, key, receiver) =>
        key === 'getArticle' ? () => new Promise(() => undefined) : Reflect.get(target, key, receiver),
    });
    try {
      const port = await serve(hanging, {}, 150);
      const started = performance.now();
      const health = await request(port, 'GET', '/healthz');
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(health.status).toBe(503);
      expect(health.json).toMatchObject({ store: { kind: 'sqlite', problem: 'no answer within 150 ms' } });
    } finally {
      await store.close();
    }
  });

  it('on a process without the ingest role, /healthz answers and POST /ingest is refused, storing nothing', async () => {
    const store = new SqliteArticleStore(':memory:', { logger: log });
    try {
      const server = new HeraldHttpServer({
        store,
        log,
        ingestToken: TOKEN,
        acceptsIngest: false,
        fetch: { timeoutMs: 5000, maxBytes: 1_000_000, allowPrivate: false },
        arrived: async () => undefined,
        identity: healthIdentity(loadConfig({ HERALD_ROLES: 'poll,deliver' })),
      });
      servers.push(server);
      const port = await server.listen(0, '127.0.0.1');
      const health = await request(port, 'GET', '/healthz');
      expect(health.status).toBe(200);
      expect(health.json.roles).toEqual(['deliver', 'poll']);
      const { body, ...headers } = json(article);
      const refused = await request(port, 'POST', '/ingest', body, headers);
      expect(refused.status).toBe(403);
      expect(refused.json.error).toMatch(/lacks ingest/);
      expect(await store.count()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('a password given as a URL parameter is masked as well as one in the user part', () => {
    const identity = healthIdentity(
      loadConfig({
        DATABASE_URL: 'postgres://herald:pw-one@db:5432/herald?password=pw-two&sslpassword=pw-three',
      }),
    );
    expect(identity.store.where).toBe('postgres://herald:***@db:5432/herald?password=***&sslpassword=***');
  });

  it('without Discord shards set, without the discord role or without a token, no shard list is reported', async () => {
    const store = new SqliteArticleStore(':memory:', { logger: log });
    try {
      const plain = await request(await serve(store, {}), 'GET', '/healthz');
      expect(plain.json.roles).toEqual(['ingest', 'deliver', 'poll', 'digest', 'discord', 'slack']);
      expect(plain.json).not.toHaveProperty('discordShards');
      const poller = await request(
        await serve(store, { HERALD_ROLES: 'poll', DISCORD_SHARDS: '1', DISCORD_SHARD_COUNT: '2' }),
        'GET',
        '/healthz',
      );
      expect(poller.json).not.toHaveProperty('discordShards');
      const tokenless = await request(await serve(store, { DISCORD_SHARD_COUNT: 'auto' }), 'GET', '/healthz');
      expect(tokenless.json).not.toHaveProperty('discordShards');
      const manager = await request(
        await serve(store, { DISCORD_SHARD_COUNT: 'auto', DISCORD_TOKEN: 'discord-bot-token' }),
        'GET',
        '/healthz',
      );
      expect(manager.json.discordShards).toEqual({ ids: 'all', count: 'auto' });
    } finally {
      await store.close();
    }
  });
});

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ingestDocumentAsync, type IngestOptions, ingestUrl, type IngestOutcome } from '../ingest/service.js';
import type { Logger } from '../log.js';
import type { SafeFetchOptions } from '../net/safe-fetch.js';
import type { SourceDocument } from '../sources/metadata.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';
import { hasBearerToken } from './auth.js';
import { checkHealth, type HealthIdentity } from './health.js';
import { BodyTimeoutError, BodyTooLargeError, readBody } from './body.js';
import { type IngestBody, outcomeResponse, parseIngestBody } from './ingest.js';

/** Far above a news article's JSON; anything bigger is a mistake or an attack. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface HttpServerDeps {
  store: ArticleStore;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** HERALD_INGEST_TOKEN; without it `POST /ingest` is disabled. */
  ingestToken: string | undefined;
  /**
   * False on a process without the ingest role (HERALD_ROLES): it serves /healthz for its load
   * balancer or orchestrator but sends pushed articles elsewhere. True by default.
   */
  acceptsIngest?: boolean;
  /** For `{url}` bodies: the operator's fetch policy. */
  fetch: SafeFetchOptions;
  summarySentences?: number;
  /** Where pushed articles are parsed (a worker pool), so /healthz answers while a long one parses. */
  parser?: IngestOptions['parser'];
  maxBodyBytes?: number;
  /** How long a request may take to arrive, headers and body (30 s by default). */
  requestTimeoutMs?: number;
  /** Where new articles go next (the alert router). */
  arrived: (article: StoredArticle) => Promise<unknown>;
  /** What GET /healthz says this process is: store kind and place, roles, Discord shards. */
  identity?: HealthIdentity;
  /** How long GET /healthz waits for the store before answering 503 (2 s by default). */
  storeProbeTimeoutMs?: number;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/**
 * Herald's HTTP side: `GET /healthz` for load balancers and `POST /ingest` for newsroom systems
 * that push articles. Small on purpose: node:http, JSON in and out, nothing else listening.
 */
export class HeraldHttpServer {
  private readonly server: http.Server;
  private readonly maxBodyBytes: number;
  private readonly requestTimeoutMs: number;

  constructor(private readonly deps: HttpServerDeps) {
    this.maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.requestTimeoutMs = deps.requestTimeoutMs ?? 30_000;
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        deps.log.error({ err, path: req.url }, 'http request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error; it has been logged' });
        else res.destroy();
      });
    });
    // Slow clients must not hold connections open forever.
    // Node checks requestTimeout only every connectionsCheckingInterval (30 s), so a slow body could
    // stay open for a minute; readBody keeps its own deadline on top.
    this.server.requestTimeout = this.requestTimeoutMs;
    this.server.headersTimeout = 10_000;
  }

  async listen(port: number, host?: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const bound = (this.server.address() as AddressInfo).port;
    if (this.deps.acceptsIngest === false) {
      this.deps.log.info(
        { port: bound },
        'POST /ingest is not served here: this process lacks the ingest role',
      );
    } else if (!this.deps.ingestToken) {
      this.deps.log.warn({ port: bound }, 'POST /ingest is disabled: set HERALD_INGEST_TOKEN to enable it');
    }
    this.deps.log.info({ port: bound }, 'http server listening');
    return bound;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://herald.invalid').pathname;
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { error: 'use GET' }, { allow: 'GET' });
      return this.health(res);
    }
    if (path === '/ingest') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' }, { allow: 'POST' });
      return this.ingest(req, res);
    }
    sendJson(res, 404, { error: `nothing at ${path}; try POST /ingest or GET /healthz` });
  }

  /** 200 while the store answers, 503 when it does not, so a load balancer drops this replica. */
  private async health(res: ServerResponse): Promise<void> {
    const { store, identity, log, storeProbeTimeoutMs } = this.deps;
    const report = await checkHealth(store, identity, {
      log,
      ...(storeProbeTimeoutMs !== undefined ? { timeoutMs: storeProbeTimeoutMs } : {}),
    });
    sendJson(res, report.status === 'ok' ? 200 : 503, report, { 'cache-control': 'no-store' });
  }

  private async ingest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { ingestToken, log } = this.deps;
    if (this.deps.acceptsIngest === false) {
      return sendJson(res, 403, {
        error:
          'this Herald process does not take articles in (HERALD_ROLES lacks ingest); send them to an ingest replica',
      });
    }
    if (!ingestToken) {
      return sendJson(res, 403, {
        error: 'ingest is disabled on this server: the operator has not set HERALD_INGEST_TOKEN',
      });
    }
    if (!hasBearerToken(req.headers.authorization, ingestToken)) {
      log.info({ from: req.socket.remoteAddress }, 'ingest refused: missing or wrong token');
      return sendJson(res, 401, { error: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
    }
    const type = req.headers['content-type'] ?? '';
    // Exactly application/json (parameters such as charset allowed): `application/json-patch+json`
    // and friends are other formats that merely share a prefix.
    if (type.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
      return sendJson(res, 415, { error: 'send the article as Content-Type: application/json' });
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, this.maxBodyBytes, this.requestTimeoutMs);
    } catch (err) {
      if (err instanceof BodyTimeoutError) {
        res.setHeader('connection', 'close');
        sendJson(res, 408, { error: err.message });
        req.destroy();
        return;
      }
      if (err instanceof BodyTooLargeError) {
        // Answer, then drop the connection: reading the rest of a huge upload is what the cap avoids.
        res.setHeader('connection', 'close');
        sendJson(res, 413, { error: `${err.message}; send the article text, not attachments` });
        req.destroy();
        return;
      }
      throw err;
    }
    let json: unknown;
    try {
      const text = raw.toString('utf8');
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      return sendJson(res, 400, { error: `the body is not valid JSON: ${(err as Error).message}` });
    }
    const body = parseIngestBody(json);
    if (!body.ok) return sendJson(res, 400, { error: body.error });

    const outcome = await this.ingestBody(body.body);
    if (outcome.status === 'new') await this.deps.arrived(outcome.article);
    log.info(
      { status: outcome.status, id: 'article' in outcome ? outcome.article.id : undefined },
      'ingest over http',
    );
    const { status, body: answer } = outcomeResponse(outcome);
    sendJson(res, status, answer);
  }

  private ingestBody(body: IngestBody): Promise<IngestOutcome> {
    const opts: IngestOptions = {
      fetch: this.deps.fetch,
      ...(this.deps.summarySentences ? { summarySentences: this.deps.summarySentences } : {}),
      ...(this.deps.parser ? { parser: this.deps.parser } : {}),
    };
    if (!('text' in body)) return ingestUrl(this.deps.store, body.url, opts);
    const doc: SourceDocument = { origin: body.url ?? 'http:ingest', text: body.text, title: body.title };
    if (body.url) doc.url = body.url;
    if (body.published) doc.published = body.published;
    if (body.source) doc.source = body.source;
    return ingestDocumentAsync(this.deps.store, doc, opts);
  }
}

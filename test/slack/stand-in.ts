import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call as it reached the stand-in. */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ScriptedFailure {
  status: number;
  error: string;
  retryAfter?: number;
}

export interface SlackUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

/**
 * A loopback stand-in for Slack: the Web API (POST /api/:method) as the real WebClient calls it,
 * response_url endpoints, and a Socket Mode WebSocket. It records everything that reaches it, so
 * tests assert on the wire payloads the real @slack/bolt produced.
 */
export class SlackStandIn {
  readonly calls: ApiCall[] = [];
  /** chat.postMessage calls that succeeded: what people in the channel actually saw. */
  readonly delivered: ApiCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  /** Messages sent back over the Socket Mode connection (acks carry the envelope_id). */
  readonly socketMessages: Record<string, unknown>[] = [];
  readonly users = new Map<string, SlackUser>();
  scopes = ['commands', 'app_mentions:read', 'chat:write', 'chat:write.public', 'users:read'];
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private nextTs = 1_715_900_000;
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('message', (data) => {
        this.socketMessages.push(JSON.parse(String(data)) as Record<string, unknown>);
        this.notify();
      });
      socket.on('close', () => this.sockets.delete(socket));
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'AHERALD' } }),
      );
    });
  }

  async listen(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What SLACK_API_URL should be. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next `count` calls of `method` fail this way before it answers normally again. */
  failNext(method: string, failure: ScriptedFailure, count = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Connected Socket Mode clients. */
  get socketCount(): number {
    return this.sockets.size;
  }

  /** Push a Socket Mode envelope (slash_commands, events_api, ...) to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
  }

  /** Resolve when `check` holds, re-checked on every call; reject after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('stand-in: condition not met in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.url).pathname;
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    if (path.startsWith('/response/')) {
      this.responses.push({ path, body });
      this.notify();
      json(res, 200, { ok: true });
      return;
    }
    const method = /^\/api\/([\w.]+)$/.exec(path)?.[1];
    if (!method || req.method !== 'POST') {
      json(res, 404, { ok: false, error: 'unknown_method' });
      return;
    }
    this.calls.push({ method, body, authorization: req.headers.authorization });
    this.notify();
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      const headers: Record<string, string> = {};
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      json(res, failure.status, { ok: false, error: failure.error }, headers);
      return;
    }
    const answer = this.answer(method, body);
    if (method === 'chat.postMessage' && answer.ok) this.delivered.push(this.calls[this.calls.length - 1]!);
    json(res, 200, answer, { 'x-oauth-scopes': this.scopes.join(',') });
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://herald-test.slack.com/',
          team: 'Herald',
          team_id: 'T1',
          user: 'herald',
          user_id: 'UHERALD',
          bot_id: 'BHERALD',
        };
      case 'chat.postMessage': {
        const ts = `${this.nextTs++}.000100`;
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: { text: body.text, ts, thread_ts: body.thread_ts },
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.nextTs++}.000200` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'users.info': {
        const user = this.users.get(String(body.user));
        return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace(/^http/, 'ws')}/socket` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The WebClient form-encodes arguments and JSON-encodes nested ones (blocks); undo both. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

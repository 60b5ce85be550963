import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolvedChannel,
  type APIMessage,
  type APIUser,
  type ApplicationFlags,
  ApplicationCommandType,
  ChannelType,
  type GatewayDispatchPayload,
  GatewayDispatchEvents,
  type APIGatewayBotInfo,
  type GatewayHelloData,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  InteractionContextType,
  InteractionType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  BOT_TOKEN,
  BOT_USER,
  guildCreate,
  IDS,
  MEMBER_PERMISSIONS,
  member,
  message,
  snowflake,
  user,
} from './fixtures.js';

/**
 * A loopback stand-in for Discord: the REST API under /api/v10 and a JSON gateway on the same
 * port, speaking the real wire protocol so the real discord.js client runs against it. It
 * records every REST request and can be told to fail the next request to a route.
 */

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, without the query string. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

export type ScriptedFailure = { status: 429; retryAfterSeconds: number } | { status: 500 };

interface PendingFailure {
  method: string;
  path: RegExp;
  failure: ScriptedFailure;
}

export interface GatewayConnection {
  socket: WebSocket;
  query: URLSearchParams;
  identified: boolean;
  seq: number;
  heartbeats: number;
  resumed: boolean;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
}

type Json = Record<string, unknown>;
type Handler = (req: RecordedRequest, match: RegExpExecArray) => { status: number; body?: unknown };

const SESSION_ID = 'stand-in-session';

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly connections: GatewayConnection[] = [];
  /** Registered commands per scope ("global" or a guild id). */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** Messages by channel, as posted through REST. */
  readonly messages = new Map<string, APIMessage[]>();
  heartbeatIntervalMs = 45_000;
  /** What GET /gateway/bot recommends. */
  recommendedShards = 1;

  private readonly server: Server;
  private readonly gateway = new WebSocketServer({ noServer: true });
  private readonly failures: PendingFailure[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly routes: [string, RegExp, Handler][];

  constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      if (url.pathname.replace(/\/$/, '') !== '/gateway') {
        socket.destroy();
        return;
      }
      this.gateway.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url.searchParams));
    });
    this.routes = this.buildRoutes();
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL should be: discord.js appends /v10 itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  openSockets(): number {
    return [...this.gateway.clients].filter(
      (ws) => ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING,
    ).length;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    for (const ws of this.gateway.clients) ws.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  /** The next request matching method and path answers with this failure instead. */
  failNext(method: string, path: RegExp, failure: ScriptedFailure): void {
    this.failures.push({ method, path, failure });
  }

  /** Wait until a recorded request satisfies `match`; resolves with it. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(match), timeoutMs, 'REST request');
  }

  waitFor<T>(probe: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = probe();
        if (found === undefined || found === false) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`stand-in: timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = () => void check();
      this.waiters.add(waiter);
      check();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  // ---- gateway -------------------------------------------------------------------------------

  private onGatewayConnection(socket: WebSocket, query: URLSearchParams): void {
    const conn: GatewayConnection = {
      socket,
      query,
      identified: false,
      seq: 0,
      heartbeats: 0,
      resumed: false,
      shard: [0, 1],
    };
    this.connections.push(conn);
    const hello: GatewayHelloData = { heartbeat_interval: this.heartbeatIntervalMs };
    socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: hello, s: null, t: null }));
    socket.on('message', (raw) => this.onGatewayMessage(conn, JSON.parse(String(raw)) as Json));
    socket.on('close', () => this.notify());
    this.notify();
  }

  private onGatewayMessage(conn: GatewayConnection, payload: Json): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        conn.heartbeats += 1;
        conn.socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
        break;
      case GatewayOpcodes.Identify: {
        const d = payload.d as { shard?: [number, number]; intents: number };
        conn.identified = true;
        conn.shard = d.shard ?? [0, 1];
        conn.query.set('intents', String(d.intents));
        const ownsGuild = guildShard(IDS.guild, conn.shard[1]) === conn.shard[0];
        const ready: GatewayReadyDispatchData = {
          v: 10,
          user: BOT_USER,
          guilds: ownsGuild ? [{ id: IDS.guild, unavailable: true }] : [],
          session_id: SESSION_ID,
          resume_gateway_url: this.gatewayUrl,
          shard: conn.shard,
          application: { id: IDS.application, flags: 0 as ApplicationFlags, flags_new: '0' },
        };
        this.dispatchTo(conn, {
          op: GatewayOpcodes.Dispatch,
          t: GatewayDispatchEvents.Ready,
          d: ready,
          s: 0,
        });
        if (ownsGuild) {
          this.dispatchTo(conn, {
            op: GatewayOpcodes.Dispatch,
            t: GatewayDispatchEvents.GuildCreate,
            d: guildCreate(),
            s: 0,
          });
        }
        break;
      }
      case GatewayOpcodes.Resume: {
        const d = payload.d as { seq: number; session_id: string };
        conn.identified = d.session_id === SESSION_ID;
        conn.resumed = conn.identified;
        conn.seq = d.seq;
        if (!conn.identified) {
          conn.socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null }));
          break;
        }
        this.dispatchTo(conn, {
          op: GatewayOpcodes.Dispatch,
          t: GatewayDispatchEvents.Resumed,
          d: undefined,
          s: 0,
        } as GatewayDispatchPayload);
        break;
      }
      default:
        break;
    }
    this.notify();
  }

  private dispatchTo(conn: GatewayConnection, payload: GatewayDispatchPayload): void {
    conn.seq += 1;
    conn.socket.send(JSON.stringify({ ...payload, s: conn.seq }));
  }

  /** Send a dispatch to the identified, open connection of the shard that owns the guild, as Discord routes them. */
  dispatch(payload: GatewayDispatchPayload): void {
    const live = this.connections.filter(
      (c) =>
        c.identified &&
        c.socket.readyState === c.socket.OPEN &&
        guildShard(IDS.guild, c.shard[1]) === c.shard[0],
    );
    if (live.length === 0) throw new Error('stand-in: no identified gateway connection to dispatch to');
    for (const conn of live) this.dispatchTo(conn, payload);
  }

  /** Drop the live gateway connections with a resumable close code, as Discord does on restarts. */
  dropGateway(code = 4000): void {
    for (const conn of this.connections)
      if (conn.socket.readyState === conn.socket.OPEN) conn.socket.close(code);
  }

  // ---- injected events ------------------------------------------------------------------------

  private interactionBase(opts: InteractionOptions) {
    const channelId = opts.channelId ?? IDS.channel;
    const channel: APIInteractionDataResolvedChannel = {
      id: channelId,
      type: channelId === IDS.thread ? ChannelType.PublicThread : ChannelType.GuildText,
      name: channelId === IDS.thread ? 'talks thread' : 'news',
      permissions: opts.permissions ?? MEMBER_PERMISSIONS,
    } as APIInteractionDataResolvedChannel;
    return {
      id: snowflake(),
      application_id: IDS.application,
      token: `interaction-token-${snowflake()}`,
      version: 1 as const,
      guild_id: IDS.guild,
      guild: { id: IDS.guild, features: [], locale: 'en-US' as const },
      guild_locale: 'en-US' as const,
      channel_id: channelId,
      channel,
      member: {
        ...member(opts.user ?? user(IDS.member, 'reader')),
        permissions: opts.permissions ?? MEMBER_PERMISSIONS,
        user: opts.user ?? user(IDS.member, 'reader'),
      },
      app_permissions: MEMBER_PERMISSIONS,
      locale: 'en-US' as const,
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: InteractionContextType.Guild,
      attachment_size_limit: 8 * 1024 * 1024,
    };
  }

  private injectInteraction(
    interaction: APIChatInputApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction,
  ): { id: string; token: string } {
    this.dispatch({
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.InteractionCreate,
      d: interaction,
      s: 0,
    });
    return { id: interaction.id, token: interaction.token };
  }

  /** Inject an INTERACTION_CREATE for a slash command; returns the interaction's id and token. */
  slashCommand(
    name: string,
    options: APIApplicationCommandInteractionDataOption[] = [],
    opts: InteractionOptions = {},
  ): { id: string; token: string } {
    const interaction = {
      ...this.interactionBase(opts),
      type: InteractionType.ApplicationCommand,
      data: {
        id: this.commandId(name),
        name,
        type: ApplicationCommandType.ChatInput,
        options,
        guild_id: IDS.guild,
      },
    } as APIChatInputApplicationCommandInteraction;
    return this.injectInteraction(interaction);
  }

  /** Inject an AUTOCOMPLETE interaction with `focused` as the option being typed. */
  autocomplete(
    name: string,
    focused: { name: string; value: string },
    opts: InteractionOptions = {},
  ): { id: string; token: string } {
    const interaction = {
      ...this.interactionBase(opts),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: this.commandId(name),
        name,
        type: ApplicationCommandType.ChatInput,
        options: [{ name: focused.name, type: 3, value: focused.value, focused: true }],
        guild_id: IDS.guild,
      },
    } as APIApplicationCommandAutocompleteInteraction;
    return this.injectInteraction(interaction);
  }

  /** Inject a MESSAGE_CREATE from a member; `mentionsBot` fills the mentions array as Discord does. */
  userMessage(
    content: string,
    opts: { channelId?: string; mentionsBot?: boolean; author?: APIUser } = {},
  ): APIMessage {
    const author = opts.author ?? user(IDS.member, 'reader');
    const msg = message(opts.channelId ?? IDS.channel, author, {
      content,
      mentions: opts.mentionsBot ? [{ ...BOT_USER }] : [],
    });
    const d = { ...msg, guild_id: IDS.guild, member: { ...member(author), user: undefined } };
    this.dispatch({
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.MessageCreate,
      d,
      s: 0,
    } as GatewayDispatchPayload);
    return msg;
  }

  private commandId(name: string): string {
    const all = [...this.commands.values()].flat();
    return all.find((c) => c.name === name)?.id ?? snowflake();
  }

  // ---- REST -----------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      authorization: req.headers.authorization,
      status: 0,
    };
    const answer = this.answer(recorded, url.pathname.startsWith('/api/v10/'));
    recorded.status = answer.status;
    this.requests.push(recorded);
    // A 204 has no body and, as from Discord, no JSON content type for the client to parse.
    const type = answer.body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(answer.status, { ...type, ...answer.headers });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    this.notify();
  }

  private answer(
    req: RecordedRequest,
    versioned: boolean,
  ): { status: number; body?: unknown; headers?: Json } {
    if (!versioned) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    const failure = this.takeFailure(req);
    if (failure?.status === 429) {
      return {
        status: 429,
        headers: { 'retry-after': String(failure.retryAfterSeconds), 'x-ratelimit-scope': 'user' },
        body: {
          message: 'You are being rate limited.',
          retry_after: failure.retryAfterSeconds,
          global: false,
        },
      };
    }
    if (failure?.status === 500)
      return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
    for (const [method, pattern, handle] of this.routes) {
      const match = req.method === method ? pattern.exec(req.path) : null;
      if (!match) continue;
      const needsBotToken = !req.path.startsWith('/interactions/') && !req.path.startsWith('/webhooks/');
      if (needsBotToken && req.authorization !== `Bot ${BOT_TOKEN}`) {
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      }
      return handle(req, match);
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private takeFailure(req: RecordedRequest): ScriptedFailure | undefined {
    const i = this.failures.findIndex((f) => f.method === req.method && f.path.test(req.path));
    if (i < 0) return undefined;
    return this.failures.splice(i, 1)[0]?.failure;
  }

  private buildRoutes(): [string, RegExp, Handler][] {
    const commandsOf = (scope: string) => this.commands.get(scope) ?? [];
    const putCommands = (scope: string, body: unknown) => {
      const defs = body as RESTPutAPIApplicationCommandsJSONBody;
      const stored = defs.map(
        (d) =>
          ({
            ...d,
            id: commandsOf(scope).find((c) => c.name === d.name)?.id ?? snowflake(),
            application_id: IDS.application,
            version: snowflake(),
            ...(scope === 'global' ? {} : { guild_id: scope }),
          }) as APIApplicationCommand,
      );
      this.commands.set(scope, stored);
      return { status: 200, body: stored };
    };
    const gatewayBot: APIGatewayBotInfo = {
      url: '',
      shards: this.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
    };
    return [
      [
        'GET',
        /^\/gateway\/bot$/,
        () => ({
          status: 200,
          body: { ...gatewayBot, shards: this.recommendedShards, url: this.gatewayUrl },
        }),
      ],
      ['GET', /^\/gateway$/, () => ({ status: 200, body: { url: this.gatewayUrl } })],
      ['GET', /^\/users\/@me$/, () => ({ status: 200, body: BOT_USER })],
      [
        'GET',
        /^\/applications\/@me$/,
        () => ({
          status: 200,
          body: { id: IDS.application, name: 'Herald', description: '', bot: BOT_USER, flags: 0 },
        }),
      ],
      ['GET', /^\/applications\/\d+\/commands$/, () => ({ status: 200, body: commandsOf('global') })],
      ['PUT', /^\/applications\/\d+\/commands$/, (r) => putCommands('global', r.body)],
      [
        'GET',
        /^\/applications\/\d+\/guilds\/(\d+)\/commands$/,
        (_r, m) => ({ status: 200, body: commandsOf(m[1]!) }),
      ],
      ['PUT', /^\/applications\/\d+\/guilds\/(\d+)\/commands$/, (r, m) => putCommands(m[1]!, r.body)],
      ['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, () => ({ status: 204 })],
      [
        'PATCH',
        /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
        (r) => ({ status: 200, body: message(IDS.channel, BOT_USER, r.body as Partial<APIMessage>) }),
      ],
      ['DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, () => ({ status: 204 })],
      [
        'POST',
        /^\/webhooks\/\d+\/[^/]+$/,
        (r) => ({ status: 200, body: message(IDS.channel, BOT_USER, r.body as Partial<APIMessage>) }),
      ],
      [
        'POST',
        /^\/channels\/(\d+)\/messages$/,
        (r, m) => this.createMessage(m[1]!, r.body as Partial<APIMessage> & Json),
      ],
      [
        'PATCH',
        /^\/channels\/(\d+)\/messages\/(\d+)$/,
        (r, m) => {
          const existing = (this.messages.get(m[1]!) ?? []).find((x) => x.id === m[2]);
          if (!existing) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
          Object.assign(existing, r.body as Partial<APIMessage>, {
            edited_timestamp: new Date().toISOString(),
          });
          return { status: 200, body: existing };
        },
      ],
    ];
  }

  /** Like Discord: with enforce_nonce, a second post with the same nonce returns the first message. */
  private createMessage(
    channelId: string,
    body: Partial<APIMessage> & Json,
  ): { status: number; body: APIMessage } {
    const list = this.messages.get(channelId) ?? [];
    if (body.enforce_nonce && body.nonce !== undefined) {
      const earlier = list.find((m) => m.nonce === body.nonce);
      if (earlier) return { status: 200, body: earlier };
    }
    const created = message(channelId, BOT_USER, body);
    list.push(created);
    this.messages.set(channelId, list);
    return { status: 200, body: created };
  }
}

/** Discord's shard formula: (guild_id >> 22) % shard_count. */
export function guildShard(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface InteractionOptions {
  channelId?: string;
  permissions?: string;
  user?: APIUser;
}

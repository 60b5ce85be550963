import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import { CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { loadConfig } from '../src/config/env.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { log } from '../src/log.js';
import { createSlackPlatform, type SlackPlatform } from '../src/platforms/slack/platform.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { ArticleStore } from '../src/store/store.js';
import { signedHeaders } from './slack/sign.js';
import { SlackStandIn } from './slack/stand-in.js';

const SECRET = 'test-signing-secret-8f2e';
const FORM = 'application/x-www-form-urlencoded';
const quiet = log.child({}, { level: 'silent' });
const seedText = readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8');

let slack: SlackStandIn;
let store: ArticleStore;
let platform: SlackPlatform | undefined;
/** Runs of the `echo` test command: proves whether a request reached a handler at all. */
let echoRuns = 0;

const echo = defineCommand({
  name: 'echo',
  description: 'Say the words back',
  options: z.object({ words: z.string().describe('What to say') }),
  handler({ words }) {
    echoRuns += 1;
    return { text: words };
  },
});

const setup = defineCommand({
  name: 'setup',
  description: 'Change the channel setup',
  admin: true,
  options: z.object({}),
  handler: (_args, ctx) => ({ text: `Set up by ${ctx.user.id}` }),
});

const fetchnews = defineCommand({
  name: 'fetchnews',
  description: 'Fetch something slowly',
  slow: true,
  options: z.object({}),
  handler: async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { text: 'Fetched the feed' };
  },
});

function config(extra: Record<string, string> = {}) {
  return loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    ...extra,
  });
}

async function startPlatform(
  commands: CommandRegistry,
  extra: Record<string, string> = {},
): Promise<SlackPlatform> {
  platform = createSlackPlatform({ config: config(extra), store, commands, log: quiet });
  await platform.start();
  return platform;
}

async function ingestSeed(): Promise<string> {
  const parsed = parseArticle({ text: seedText, published: '2024-05-17' });
  return (await store.upsertArticle({ raw: seedText, parsed, origin: 'seeds/000_17ff01835cd65bfe.txt' }))
    .article.id;
}

function eventsUrl(p: SlackPlatform): string {
  return `http://127.0.0.1:${p.httpPort()}/slack/events`;
}

function slashBody(command: string, text: string, responseId: string, userId = 'U1'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'herald-test',
    channel_id: 'C1',
    channel_name: 'news',
    user_id: userId,
    user_name: 'ana',
    command,
    text,
    api_app_id: 'AHERALD',
    response_url: slack.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
}

function postSigned(
  p: SlackPlatform,
  body: string,
  contentType: string,
  headers = signedHeaders(SECRET, body, contentType),
) {
  return fetch(eventsUrl(p), { method: 'POST', headers, body });
}

/** Everything a reply shows: fallback text plus every text in its blocks. */
function shown(payload: Record<string, unknown>): string {
  return `${String(payload.text ?? '')}\n${JSON.stringify(payload.blocks ?? [])}`;
}

beforeEach(async () => {
  slack = await new SlackStandIn().listen();
  store = new SqliteArticleStore(':memory:', { logger: quiet });
  echoRuns = 0;
});

afterEach(async () => {
  await platform?.stop();
  platform = undefined;
  await store.close();
  await slack.close();
});

describe('Slack over HTTP (real Bolt App against a loopback Slack)', () => {
  it('given a signed /who for the seed article, answers within 3 s with McGurk, Paley and Patel and their roles', async () => {
    const id = await ingestSeed();
    await store.setChannelArticle('slack:C1', id);
    const p = await startPlatform(await loadCommands());
    const body = slashBody('/who', '', 'who');

    const started = performance.now();
    const res = await postSigned(p, body, FORM);
    const raw = await res.text();
    const payload: Record<string, unknown> = raw
      ? (JSON.parse(raw) as Record<string, unknown>)
      : (await slack.waitFor(() => slack.responses.find((r) => r.path === '/response/who'), 3_000)).body;
    const elapsedMs = performance.now() - started;

    expect(res.status).toBe(200);
    expect(elapsedMs).toBeLessThan(3_000);
    console.info(`slack /who answered in ${elapsedMs.toFixed(0)} ms`);
    expect(payload.response_type).toBe('in_channel');
    // The engine prints typographic apostrophes; the roles are compared letter for letter otherwise.
    const text = shown(payload).replace(/[’‘]/g, "'");
    for (const fact of [
      'Brett McGurk',
      "the US president's top Middle East adviser",
      'Abram Paley',
      'the US envoy for Iran',
      'Vandante Patel',
      'US State Department Deputy Spokesman',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('given a signed app_mention inside a thread, answers in that thread citing the sentence and the article', async () => {
    const id = await ingestSeed();
    const p = await startPlatform(await loadCommands());
    await store.setChannelArticle('slack:C1:1715900000.000100', id);
    const event = {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'AHERALD',
      type: 'event_callback',
      event_id: 'Ev1',
      event_time: 1_715_950_000,
      event: {
        type: 'app_mention',
        user: 'U1',
        channel: 'C1',
        text: '<@UHERALD> who mediated the talks?',
        ts: '1715950000.000200',
        thread_ts: '1715900000.000100',
        event_ts: '1715950000.000200',
      },
    };
    const body = JSON.stringify(event);
    const res = await postSigned(p, body, 'application/json');
    expect(res.status).toBe(200);

    const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
    expect(post.body.channel).toBe('C1');
    expect(post.body.thread_ts).toBe('1715900000.000100');
    const text = shown(post.body);
    expect(text).toMatch(/Omani officials/);
    expect(text).toContain('mediated by Omani officials');
    expect(text).toContain(id);
  });

  it('given a mention at the top of a channel, starts a thread under the mention itself', async () => {
    const id = await ingestSeed();
    await store.setChannelArticle('slack:C1', id);
    const p = await startPlatform(await loadCommands());
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'AHERALD',
      event_id: 'Ev2',
      event: {
        type: 'app_mention',
        user: 'U1',
        channel: 'C1',
        text: '<@UHERALD> where were the talks held?',
        ts: '1715950001.000300',
      },
    });
    await postSigned(p, body, 'application/json');
    const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
    expect(post.body.thread_ts).toBe('1715950001.000300');
    expect(shown(post.body)).toContain('Oman');
  });

  it('rejects a bad signature, a stale timestamp and an unsigned request with 401 before any handler runs', async () => {
    const p = await startPlatform(new CommandRegistry([echo]));
    const body = slashBody('/echo', 'hello', 'echo');
    const callsBefore = slack.calls.length;

    const bad = await postSigned(p, body, FORM, signedHeaders('not-the-secret', body, FORM));
    const staleAt = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postSigned(p, body, FORM, signedHeaders(SECRET, body, FORM, staleAt));
    const unsigned = await fetch(eventsUrl(p), { method: 'POST', headers: { 'content-type': FORM }, body });

    expect([bad.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    expect(echoRuns).toBe(0);
    expect(slack.calls.length).toBe(callsBefore);
    expect(slack.responses).toHaveLength(0);

    // The same body, correctly signed, does run: the rejections above were the signature's doing.
    const good = await postSigned(p, body, FORM);
    expect(good.status).toBe(200);
    expect(echoRuns).toBe(1);
  });

  it('given an article whose text contains <!channel> and <@U123>, posts them escaped so nobody is pinged', async () => {
    const p = await startPlatform(new CommandRegistry([echo]));
    const text =
      'Harbour officials said on Tuesday that <!channel> alerts would be replaced. The mayor, <@U123>, praised the plan & the budget.';
    const parsed = parseArticle({ text: `Harbour plan approved\n\n${text}`, published: '2024-03-05' });
    const sent = await p.send('C9', {
      title: parsed.title,
      text: parsed.sentences.join(' '),
      footer: 'Test Gazette',
    });

    expect(sent.messageId).toMatch(/^\d+\.\d+$/);
    const post = slack.delivered[0]!;
    const wire = JSON.stringify(post.body);
    expect(String(post.body.text)).toContain('&lt;!channel&gt;');
    expect(String(post.body.text)).toContain('&lt;@U123&gt;');
    expect(String(post.body.text)).toContain('&amp; the budget');
    expect(wire).toContain('&lt;!channel&gt;');
    expect(wire).not.toContain('<!channel>');
    expect(wire).not.toContain('<@U123>');
  });

  it('given chat.postMessage answers 429 ratelimited with Retry-After, retries and delivers the alert exactly once', async () => {
    const p = await startPlatform(new CommandRegistry([echo]));
    slack.failNext('chat.postMessage', { status: 429, error: 'ratelimited', retryAfter: 1 });

    const started = performance.now();
    const sent = await p.send(
      'C9',
      { title: 'Ferry terminal approved', text: 'The port board voted on Tuesday.' },
      { threadOf: '1715900000.000100' },
    );
    const waitedMs = performance.now() - started;

    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.delivered).toHaveLength(1);
    expect(slack.delivered[0]!.body.thread_ts).toBe('1715900000.000100');
    expect(sent.messageId).toMatch(/^\d+\.\d+$/);
    expect(waitedMs).toBeGreaterThanOrEqual(1_000);
  });

  it('runs an admin command for a workspace admin (users.info) or a SLACK_ADMIN_USERS member, refuses others privately', async () => {
    slack.users.set('U2', { id: 'U2', is_admin: true });
    slack.users.set('U3', { id: 'U3' });
    const p = await startPlatform(new CommandRegistry([setup]), { SLACK_ADMIN_USERS: 'U4' });
    const ask = async (user: string) =>
      (await (await postSigned(p, slashBody('/setup', '', `setup-${user}`, user), FORM)).json()) as Record<
        string,
        unknown
      >;

    const admin = await ask('U2');
    const listed = await ask('U4');
    const member = await ask('U3');

    expect(shown(admin)).toContain('Set up by U2');
    expect(shown(listed)).toContain('Set up by U4');
    expect(member.response_type).toBe('ephemeral');
    expect(shown(member)).toContain('needs admin rights');
    expect(slack.callsTo('users.info').map((c) => c.body.user)).toEqual(['U2', 'U3']);
  });

  it('given a slow command, acknowledges at once and answers through response_url', async () => {
    const p = await startPlatform(new CommandRegistry([fetchnews]));
    const started = performance.now();
    const res = await postSigned(p, slashBody('/fetchnews', '', 'slow'), FORM);
    const ackMs = performance.now() - started;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(ackMs).toBeLessThan(300);
    const answer = await slack.waitFor(() => slack.responses.find((r) => r.path === '/response/slow'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(shown(answer.body)).toContain('Fetched the feed');
  });

  it('edits an earlier post with chat.update on the same channel and ts', async () => {
    const p = await startPlatform(new CommandRegistry([echo]));
    const sent = await p.send('C9', { text: 'Draft alert' });
    await p.edit('C9', sent.messageId, { text: 'Corrected alert' });
    const update = slack.callsTo('chat.update')[0]!;
    expect(update.body).toMatchObject({ channel: 'C9', ts: sent.messageId });
    expect(String(update.body.text)).toContain('Corrected alert');
  });
});

describe('Slack in Socket Mode', () => {
  it('connects to the WebSocket from apps.connections.open, acks a slash_commands envelope with its id and answers', async () => {
    const p = await startPlatform(new CommandRegistry([echo]), { SLACK_APP_TOKEN: 'xapp-1-test' });
    expect(p.mode).toBe('socket');
    expect(p.httpPort()).toBeUndefined();
    const open = slack.callsTo('apps.connections.open')[0]!;
    expect(open.authorization).toBe('Bearer xapp-1-test');
    expect(slack.socketCount).toBe(1);

    slack.sendEnvelope({
      envelope_id: 'env-42',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: 'T1',
        channel_id: 'C1',
        user_id: 'U1',
        user_name: 'ana',
        command: '/echo',
        text: 'ferry terminal approved',
        api_app_id: 'AHERALD',
        response_url: slack.responseUrl('socket'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await slack.waitFor(() => slack.socketMessages.find((m) => m.envelope_id === 'env-42'));
    expect(echoRuns).toBe(1);
    const payload = ack.payload as Record<string, unknown>;
    expect(payload.response_type).toBe('in_channel');
    expect(shown(payload)).toContain('ferry terminal approved');
  });
});

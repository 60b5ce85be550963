import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../src/bot/context.js';
import { phrasedAnswerReply, phrasedMentionReply } from '../src/bot/mention.js';
import { loadConfig } from '../src/config/env.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { chatEndpoint, llmSettings, phraseAnswer } from '../src/qa/llm.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { contextFor } from './fixtures/bot-article.js';
import { portStrike } from './fixtures/qa-articles.js';

/**
 * The optional language-model phrasing against a loopback stand-in for an OpenAI-compatible
 * /v1/chat/completions endpoint that records what reached it.
 */

const KEY = 'sk-test-0123456789abcdef';

interface Received {
  path: string;
  authorization: string | undefined;
  body: { model: string; messages: Array<{ role: string; content: string }> };
}

let server: http.Server;
let base: string;
const received: Received[] = [];
let respond: (res: http.ServerResponse) => void = () => {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(raw) });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  received.length = 0;
});

const reply = (content: string) => (res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
};

function recordingLog() {
  const lines: string[] = [];
  const record = (obj: object, msg?: string) => {
    lines.push(JSON.stringify(obj) + (msg ?? ''));
  };
  return { lines, log: { warn: record, info: record, error: record, debug: record } };
}

const input = {
  question: 'who brokered the agreement?',
  answer: 'regional labour commission',
  passages: ['The agreement was brokered by the regional labour commission, according to a statement.'],
  articleTitle: 'Dockworkers end strike',
};

describe('phraseAnswer', () => {
  it('sends the retrieved sentences, the model and the key in the Authorization header', async () => {
    respond = reply('The regional labour commission brokered it.');
    const settings = llmSettings({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny', HERALD_LLM_KEY: KEY });
    expect(settings).not.toBeNull();
    const { log } = recordingLog();
    const text = await phraseAnswer(settings!, input, log);
    expect(text).toBe('The regional labour commission brokered it.');
    expect(received).toHaveLength(1);
    expect(received[0]?.path).toBe('/v1/chat/completions');
    expect(received[0]?.authorization).toBe(`Bearer ${KEY}`);
    expect(received[0]?.body.model).toBe('tiny');
    const user = received[0]?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(user).toContain(input.passages[0]);
    expect(user).toContain(input.question);
  });

  it('falls back (null) on an HTTP error and logs without the key', async () => {
    respond = (res) => res.writeHead(500).end('boom');
    const { lines, log } = recordingLog();
    const settings = llmSettings({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny', HERALD_LLM_KEY: KEY });
    expect(await phraseAnswer(settings!, input, log)).toBeNull();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('falls back when the endpoint is slower than the timeout, and logs without the key', async () => {
    respond = (res) => setTimeout(() => reply('late')(res), 500);
    const { lines, log } = recordingLog();
    const settings = llmSettings({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny', HERALD_LLM_KEY: KEY }, 50);
    expect(await phraseAnswer(settings!, input, log)).toBeNull();
    expect(lines.join('\n')).toMatch(/Timeout|abort/i);
    expect(lines.join('\n')).not.toContain(KEY);
    // The client gave up before the stand-in finished reading the request: wait until it has, so
    // this test's request is not counted in the next test on a loaded machine.
    await vi.waitFor(() => expect(received).toHaveLength(1));
  });

  it('keeps the local answer when the model says the sentences do not hold it', async () => {
    respond = reply('NOT_IN_TEXT');
    const settings = llmSettings({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny' });
    expect(await phraseAnswer(settings!, input, recordingLog().log)).toBeNull();
    expect(received[0]?.authorization).toBeUndefined();
  });

  it('is off unless both the URL and the model are configured', () => {
    expect(llmSettings({ HERALD_LLM_URL: base })).toBeNull();
    expect(llmSettings({ HERALD_LLM_MODEL: 'tiny' })).toBeNull();
  });

  it('accepts a base URL, a /v1 URL or the full endpoint', () => {
    expect(chatEndpoint('https://llm.example/')).toBe('https://llm.example/v1/chat/completions');
    expect(chatEndpoint('https://llm.example/v1')).toBe('https://llm.example/v1/chat/completions');
    expect(chatEndpoint('https://llm.example/v1/chat/completions')).toBe(
      'https://llm.example/v1/chat/completions',
    );
  });
});

/** A fresh in-memory store holding the port-strike article, closed once the body has run. */
async function withPortStrike(body: (store: SqliteArticleStore, id: string) => Promise<void>): Promise<void> {
  const store = new SqliteArticleStore(':memory:');
  try {
    const id = await (
      await store.upsertArticle({ raw: portStrike.text, parsed: parseArticle(portStrike), origin: 'test' })
    ).article.id;
    await body(store, id);
  } finally {
    await store.close();
  }
}

describe('/ask with a model configured', () => {
  it('phrases the local answer from the retrieved sentences and keeps the evidence', async () => {
    respond = reply('The regional labour commission brokered the agreement.');
    await withPortStrike(async (store, id) => {
      const { lines, log } = recordingLog();
      const config = loadConfig({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny', HERALD_LLM_KEY: KEY });
      const ctx = contextFor(store, { config, log: log as unknown as CommandContext['log'] });
      const answer = await phrasedAnswerReply('who brokered the agreement?', ctx, id);
      expect(answer.text).toContain('The regional labour commission brokered the agreement.');
      expect(answer.text).toContain('> The agreement was brokered by the regional labour commission');
      const user = received[0]?.body.messages.find((m) => m.role === 'user')?.content ?? '';
      expect(user).toContain('The agreement was brokered by the regional labour commission');
      expect(lines.join('\n')).not.toContain(KEY);
    });
  });

  it('without a model, no request is made and the local answer is the reply', async () => {
    await withPortStrike(async (store, id) => {
      const answer = await phrasedAnswerReply('who brokered the agreement?', contextFor(store), id);
      expect(answer.text?.split('\n')[0]).toBe('the regional labour commission');
      expect(received).toHaveLength(0);
    });
  });
});

describe('@-mentions with a model configured', () => {
  it('a mention about the channel article is phrased by the model too, citing the same sentence', async () => {
    respond = reply('The labour commission for the region brokered it.');
    await withPortStrike(async (store, id) => {
      const config = loadConfig({ HERALD_LLM_URL: base, HERALD_LLM_MODEL: 'tiny', HERALD_LLM_KEY: KEY });
      const ctx = contextFor(store, { config });
      await store.setChannelArticle(ctx.channelKey, id);
      const answer = await phrasedMentionReply('@herald who brokered the agreement?', ctx);
      expect(answer.text).toContain('The labour commission for the region brokered it.');
      expect(answer.text).toContain('> The agreement was brokered by the regional labour commission');
      expect(received).toHaveLength(1);
    });
  });
});

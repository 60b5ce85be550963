import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The case, end to end through `herald start`: two outlets report one harbour-board
 * decision (one article dropped in a watched folder, the other pushed to POST /ingest, with a
 * different headline and wording, and no day-precise date), and a third article is about a storm
 * cancelling ferries. The first two are one story, alerted once with "also reported by"; the storm
 * is its own story; `/digest now` lists two stories; `/why` says why the second joined.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = 'story-test-token-0123456789';

const gazette = {
  title: 'Harbour board approves new ferry terminal at Pier 4',
  text: [
    'The harbour board voted on Tuesday to approve a new ferry terminal at Pier 4, ending a two-year dispute over the site.',
    'Board chair Maria Lindqvist said construction would begin in the spring and the terminal would open to island services next year.',
    'The project will cost 38 million dollars, paid for by the port authority and a regional transport grant.',
    'Residents of the Old Quay district had opposed the plan, citing traffic on Harbour Road.',
  ].join('\n\n'),
};

const coastNews = {
  title: 'Pier 4 ferry terminal gets the green light',
  text: [
    'A 38 million dollar ferry terminal will be built at Pier 4 after the harbour board gave its approval this week.',
    'Maria Lindqvist, who chairs the board, told reporters that building work starts in the spring and island ferries will move there next year.',
    'The port authority and a regional transport grant will share the cost. Neighbours in Old Quay fear more traffic on Harbour Road.',
  ].join('\n\n'),
  url: 'https://coastnews.example.com/pier-4-terminal',
  source: 'Coast News',
};

const storm = {
  title: 'Storm cancels all island ferries',
  text: [
    'Every ferry to the outer islands was cancelled on Tuesday as a storm brought gusts of 90 kilometres an hour to the coast.',
    'The operator, Island Link, said sailings would resume once the wind dropped, probably on Thursday.',
    'Schools on the islands closed early and the coastguard warned people to stay away from the sea walls.',
  ].join('\n\n'),
  url: 'https://weather.example.org/storm-ferries',
  source: 'Weather Desk',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function post(port: number, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/ingest',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => {
          text += d.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

let dir: string;
let child: ChildProcessWithoutNullStreams | null = null;
let stdout = '';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-stories-'));
  stdout = '';
});
afterEach(() => {
  child?.kill();
  child = null;
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until stdout (from `from` on) matches, or fails with what was printed. */
async function waitFor(pattern: RegExp, from = 0, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const at = stdout.slice(from).search(pattern);
    if (at >= 0) return from + at;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out waiting for ${pattern}; output:\n${stdout}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('one story, one alert, through herald start', () => {
  it('two outlets on the ferry terminal are one story with "also reported by"; the storm article stays separate', async () => {
    const watched = path.join(dir, 'inbox');
    const seeds = path.join(dir, 'seeds');
    mkdirSync(watched);
    mkdirSync(seeds);
    const port = await freePort();
    child = spawn(process.execPath, ['bin/herald.js', 'start'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: `file:${path.join(dir, 'herald.db')}`,
        HERALD_LOG_LEVEL: 'warn',
        HERALD_SEEDS_DIR: seeds,
        HERALD_WATCH_DIRS: watched,
        HERALD_HTTP_PORT: String(port),
        HERALD_INGEST_TOKEN: TOKEN,
      },
    });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', () => {});
    const say = (line: string) => child?.stdin.write(`${line}\n`);

    say('/subscribe keyword ferry');
    await waitFor(/Subscribed this channel/);

    // The first outlet's article lands in the watched folder, with its metadata beside it.
    writeFileSync(
      path.join(watched, 'gazette.meta.json'),
      JSON.stringify({ url: 'https://gazette.example.net/ferry-terminal', source: 'Harbour Gazette' }),
    );
    writeFileSync(path.join(watched, 'gazette.md'), `# ${gazette.title}\n\n${gazette.text}\n`);
    const firstCard = await waitFor(/Harbour board approves new ferry terminal at Pier 4/);

    const second = await post(port, coastNews);
    expect(second.status).toBe(201);
    const update = await waitFor(/\(update to message \d+\)/, firstCard);
    await waitFor(/Coast News: Pier 4 ferry terminal gets the green light \(https:\/\/coastnews/, update);

    const third = await post(port, storm);
    expect(third.status).toBe(201);
    const stormCard = await waitFor(/Storm cancels all island ferries/, update);
    // The storm is its own alert: no update line between the terminal's update and the storm's card.
    expect(stdout.slice(update + 1, stormCard)).not.toMatch(/\(update to message/);

    const digestAt = stdout.length;
    say('/digest now');
    await waitFor(/Digest: 2 stories/, digestAt);
    const digest = stdout.slice(digestAt);
    await waitFor(
      /Also reported by Coast News \(https:\/\/coastnews\.example\.com\/pier-4-terminal\)/,
      digestAt,
    );
    expect(digest).toContain('Storm cancels all island ferries');

    const whyAt = stdout.length;
    say(`/why ${String(second.json.id)}`);
    await waitFor(
      /It joined the story started by "Harbour board approves new ferry terminal at Pier 4"/,
      whyAt,
    );
    await waitFor(/text similarity 0\.\d+; shared names: [^\n]*Maria/, whyAt);
    const stormWhyAt = stdout.length;
    say(`/why ${String(third.json.id)}`);
    await waitFor(/It started its own story/, stormWhyAt);
    say('quit');
  }, 120_000);
});

import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startRouteServer } from './helpers/http-server.js';

const wild = (name: string) => `test/fixtures/feeds/wild/${name}`;

function herald(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['bin/herald.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, HERALD_LOG_LEVEL: 'silent' },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('herald feed', () => {
  it('given feed files, prints the format, feed title and each item with its title, link, date and first words', () => {
    const { status, stdout } = herald(['feed', wild('mastodon.xml'), wild('empty-channel.xml')]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Harbour City Transit Authority: RSS, 2 items, read as utf-8');
    expect(lines[1]).toMatch(
      /^• Ferry services between the north quay .* high winds \(title from its text\)$/,
    );
    expect(lines[2]).toBe('  https://social.example/@transit/113001 · 2024-05-17T07:45:12.000Z');
    expect(lines[3]).toMatch(/^ {2}Ferry services .* Replacement buses run every 20 minutes\. #ferries$/);
    expect(stdout).toContain('Quiet Gazette: RSS, 0 items, read as utf-8\nNo items yet');
  });

  it('given --jsonl lines with a bad line and an unreadable file among good ones, each line gets its own answer and the exit status is 1', () => {
    const input = [
      JSON.stringify({ id: 'toots', path: wild('mastodon.xml') }),
      '{"id": "broken", ',
      JSON.stringify({ id: 'gone', path: wild('no-such-feed.xml') }),
      JSON.stringify({
        id: 'ru',
        path: wild('windows-1251-http-charset.xml'),
        contentType: "text/xml; charset='windows-1251'",
      }),
      JSON.stringify({ id: 'both', path: 'a.xml', url: 'https://a.example/feed' }),
    ].join('\n');
    const { status, stdout } = herald(['feed', '--jsonl'], `${input}\n`);
    expect(status).toBe(1);
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['toots', null, 'gone', 'ru', 'both']);
    expect(lines[0]).toMatchObject({ format: 'rss', title: 'Harbour City Transit Authority' });
    expect((lines[0]!.items as unknown[])[0]).toEqual({
      title:
        'Ferry services between the north quay and Ashby Island are suspended until further notice because of high winds',
      link: 'https://social.example/@transit/113001',
      guid: 'https://social.example/@transit/113001',
      published: '2024-05-17T07:45:12.000Z',
      summary: expect.stringMatching(/^Ferry services between/),
    });
    expect(lines[1]!.error).toMatch(/invalid JSON/);
    expect(lines[2]!.error).toMatch(/ENOENT/);
    expect(lines[3]).toMatchObject({ title: 'Городские новости' });
    expect(lines[4]!.error).toMatch(/exactly one of "path" or "url"/);
  });

  it('given a feed URL, it is fetched through the safe fetch (loopback only when allowed) and previewed with links resolved against it', async () => {
    const server = await startRouteServer();
    const feed = readFileSync(new URL('./fixtures/feeds/wild/rss-guid-links.xml', import.meta.url));
    server.routes.set('/courier/feed.xml', {
      body: feed,
      headers: { 'content-type': 'application/rss+xml' },
    });
    const run = (allow: string) =>
      promisify(execFile)(process.execPath, ['bin/herald.js', 'feed', server.url('/courier/feed.xml')], {
        env: { ...process.env, HERALD_LOG_LEVEL: 'silent', HERALD_ALLOW_PRIVATE_URLS: allow },
      }).then(
        (r) => ({ code: 0, ...r }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
    try {
      const refused = await run('0');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/loopback/);
      const allowed = await run('1');
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toContain('Valley Courier: RSS, 4 items');
      expect(allowed.stdout).toContain(server.url('/2024/05/relative-story'));
    } finally {
      await server.close();
    }
  });

  it('given neither files nor --jsonl, prints the usage and exits 2', () => {
    const { status, stderr } = herald(['feed']);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: herald feed URL|FILE');
  });
});

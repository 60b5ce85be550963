import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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

  it('given neither files nor --jsonl, prints the usage and exits 2', () => {
    const { status, stderr } = herald(['feed']);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: herald feed URL|FILE');
  });
});

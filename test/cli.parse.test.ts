import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function herald(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['bin/herald.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, HERALD_LOG_LEVEL: 'silent' },
  });
  const lines = res.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: res.status, lines, stderr: res.stderr };
}

const ferry = {
  id: 'ferry-1',
  title: 'Ferry service resumes on the river',
  text: 'The river ferry resumed service on Monday after two weeks of repairs, the harbour board said.\n\nCrossings will run every hour until the summer timetable begins.',
  published: '2024-05-13',
};
const council = {
  id: 'council-2',
  text: 'Council delays budget vote\n\nCouncillors postponed the budget vote on Tuesday after a dispute over bus fares.',
};

describe('herald parse --jsonl', () => {
  it('given three lines with one invalid, prints three lines in order with ids echoed and exits 1', () => {
    const input = [JSON.stringify(ferry), '{"id": "broken", "text": ', JSON.stringify(council)].join('\n');
    const { status, lines, stderr } = herald(['parse', '--jsonl'], `${input}\n`);
    expect(status).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'ferry-1', title: ferry.title, published: '2024-05-13' });
    expect(lines[0]?.sentences).toEqual(
      expect.arrayContaining([expect.stringContaining('ferry resumed service')]),
    );
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: invalid JSON/) });
    expect(lines[2]).toMatchObject({ id: 'council-2', title: 'Council delays budget vote', published: null });
    expect(stderr).toMatch(/line 2: invalid JSON/);
  });

  it('given a bad date or empty text with a readable id, the error line carries the id', () => {
    const input = [
      JSON.stringify({ ...ferry, published: '2024-02-31' }),
      JSON.stringify({ id: 'blank', text: '   ' }),
    ].join('\n');
    const { status, lines } = herald(['parse', '--jsonl'], input);
    expect(status).toBe(1);
    expect(lines).toEqual([
      { id: 'ferry-1', error: expect.stringContaining('2024-02-31') },
      { id: 'blank', error: expect.stringContaining('text is empty') },
    ]);
  });

  it('given a thousand valid lines, all come back in order and the exit status is 0', () => {
    const input = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ ...council, id: `n${i}` })).join(
      '\n',
    );
    const { status, lines } = herald(['parse', '--jsonl'], input);
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `n${i}`));
  });
});

describe('herald parse FILE', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-parse-'));
    writeFileSync(path.join(dir, 'ferry.txt'), `${ferry.title}\n\n${ferry.text}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a file and --published, prints the parsed article with that date; a missing file prints an error line', () => {
    const missing = path.join(dir, 'missing.txt');
    const { status, lines } = herald([
      'parse',
      path.join(dir, 'ferry.txt'),
      missing,
      '--published',
      '2024-05-13',
    ]);
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({ title: ferry.title, published: '2024-05-13' });
    expect(lines[1]).toEqual({ file: missing, error: `${missing}: no such file or folder` });
  });

  it('given the seed article, its sidecar date and URL reach the output', () => {
    const { status, lines } = herald(['parse', 'seeds/000_17ff01835cd65bfe.txt']);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ published: '2024-05-17', source: 'The Jerusalem Post' });
  });

  it('given a malformed --published flag, exits 2 with usage', () => {
    const { status, stderr } = herald(['parse', '--published', 'May 13', 'x.txt']);
    expect(status).toBe(2);
    expect(stderr).toContain('--published');
  });
});

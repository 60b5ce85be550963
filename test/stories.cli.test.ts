import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `herald stories --jsonl` as a user runs it: JSON Lines in, {id, story} lines out. */
function herald(args: string[], input: string, env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ['bin/herald.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, HERALD_LOG_LEVEL: 'silent', ...env },
  });
  const lines = res.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: res.status, lines, stderr: res.stderr };
}

const rows = [
  {
    id: 'gazette-1',
    title: 'Water board approves new reservoir at Ashcombe',
    text: 'The regional water board approved a new reservoir at Ashcombe on Monday. Chief executive Helen Marsh said the 60 million pound project would secure supplies for 200,000 homes. Building starts next year.',
  },
  {
    id: 'courier-7',
    title: 'Ashcombe reservoir gets go-ahead',
    text: 'A 60 million pound reservoir at Ashcombe will supply 200,000 homes after the water board gave its approval, Helen Marsh, its chief executive, said. Work begins next year.',
    url: 'https://courier.example.com/ashcombe',
  },
  {
    id: 'sport-3',
    title: 'Ashcombe Rovers win the county cup',
    text: 'Ashcombe Rovers beat Dunmore 3-1 in the county cup final on Saturday. Striker Leon Price scored twice in the second half as 4,000 fans watched at the Riverside ground.',
  },
];
const input = (extra: string[] = []) => [...rows.map((r) => JSON.stringify(r)), ...extra].join('\n');

describe('herald stories --jsonl', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'herald-stories-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('groups two reports of one decision into one story and keeps the football result apart, in input order', () => {
    const run = herald(['stories', '--jsonl'], input());
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([
      { id: 'gazette-1', story: 'gazette-1' },
      { id: 'courier-7', story: 'gazette-1' },
      { id: 'sport-3', story: 'sport-3' },
    ]);
  });

  it('given bad lines, each gets its own error line and the batch goes on; exit status 1', () => {
    const run = herald(
      ['stories', '--jsonl'],
      input(['{"id": "x1"}', 'not json', JSON.stringify({ id: 'gazette-1', text: 'again' })]),
    );
    expect(run.status).toBe(1);
    expect(run.lines.slice(0, 3).map((l) => l.story)).toEqual(['gazette-1', 'gazette-1', 'sport-3']);
    expect(run.lines[3]).toMatchObject({ id: 'x1', error: expect.stringMatching(/^line 4: text: /) });
    expect(run.lines[4]).toMatchObject({ id: null, error: expect.stringMatching(/^line 5: invalid JSON/) });
    expect(run.lines[5]).toMatchObject({ id: 'gazette-1', error: 'line 6: id gazette-1 was already given' });
    expect(run.stderr).toContain('herald stories: x1: line 4');
  });

  it('stores nothing without --store; with --store the stories persist and a later run joins them', () => {
    const db = path.join(dir, 'herald.db');
    const env = { DATABASE_URL: `file:${db}` };
    herald(['stories', '--jsonl'], input(), env);
    expect(existsSync(db)).toBe(false);
    const first = herald(['stories', '--jsonl', '--store'], JSON.stringify(rows[0]), env);
    expect(first.lines).toEqual([{ id: 'gazette-1', story: 'gazette-1' }]);
    // A second run: the story started before is in the store, named by its stored id.
    const second = herald(['stories', '--jsonl', '--store'], JSON.stringify(rows[1]), env);
    expect(second.status).toBe(0);
    expect(second.lines[0]?.id).toBe('courier-7');
    expect(second.lines[0]?.story).toMatch(/^[0-9a-f]{10}$/);
  });

  it('without --jsonl it prints the usage and exits 2', () => {
    const run = herald(['stories'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: herald stories --jsonl');
  });
});

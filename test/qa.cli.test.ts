import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electricPlanes, portStrike } from './fixtures/qa-articles.js';

const dir = mkdtempSync(path.join(tmpdir(), 'herald-ask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function herald(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['bin/herald.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, HERALD_LOG_LEVEL: 'silent', DATABASE_URL: `file:${path.join(dir, 'herald.db')}` },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('herald ask --jsonl', () => {
  it('answers each line from its own inline article; a bad line reports an error and the batch goes on', () => {
    const input = [
      JSON.stringify({
        id: 'q1',
        question: 'who brokered the agreement?',
        text: portStrike.text,
        published: portStrike.published,
      }),
      '{"id": "q2", "question": ""}',
      'not json',
      JSON.stringify({ id: 'q3', question: 'which company makes the planes?', text: electricPlanes.text }),
    ].join('\n');
    const { status, stdout } = herald(['ask', '--jsonl'], input);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'q1', answer: 'the regional labour commission' });
    expect(lines[0]?.evidence).toContain('brokered by the regional labour commission');
    expect(lines[0]?.confidence).toBeGreaterThan(0.5);
    expect(lines[1]).toMatchObject({ id: 'q2' });
    expect(lines[1]?.error).toContain('question');
    expect(lines[2]).toMatchObject({ id: null });
    expect(lines[2]?.error).toContain('invalid JSON');
    expect(lines[3]).toMatchObject({ id: 'q3', answer: 'Skyline Aerospace' });
    expect(status).toBe(1);
  });

  it('a question with no inline article and an empty store is answered null with no evidence', () => {
    const { status, stdout } = herald(
      ['ask', '--jsonl'],
      `${JSON.stringify({ id: 'x', question: 'who won?' })}\n`,
    );
    expect(JSON.parse(stdout)).toEqual({ id: 'x', answer: null, evidence: null, confidence: 0 });
    expect(status).toBe(0);
  });
});

describe('herald ask "question"', () => {
  it('prints the usage and exits 2 without a question', () => {
    const { status, stderr } = herald(['ask']);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: herald ask');
  });
});

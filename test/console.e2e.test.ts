import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ConsoleRun, runHeraldStart } from './helpers/herald-start.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** `herald start` as a person runs it: a real process, lines on stdin, answers on stdout. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-console-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(lines: string[], env: Record<string, string> = {}): Promise<ConsoleRun> {
  return runHeraldStart(lines, {
    DATABASE_URL: `file:${path.join(dir, 'herald.db')}`,
    HERALD_LOG_LEVEL: 'warn',
    ...env,
  });
}

describe('herald start with no chat credentials', () => {
  it('ingests the seeds, prints the new card, answers commands and questions in order, exits 0', async () => {
    const run = await start([
      '/who envoy',
      '@herald who mediated the talks?',
      '/latest 99',
      '/nope',
      'quit',
      '/who',
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^US, Iran, in first talks in months/);
    const answers = [
      '\nAbram Paley\n',
      '\nOmani officials\n> The talks were mediated by Omani officials',
      "That doesn't fit `/latest`",
      "I don't know `/nope`",
    ].map((a) => out.indexOf(a));
    expect(answers.every((at) => at > 0)).toBe(true);
    expect([...answers].sort((a, b) => a - b)).toEqual(answers);
    // "quit" ends the session: the /who after it is never answered.
    expect(out).not.toContain('People in:');
    expect(out.trimEnd().endsWith('Type `/help` to see what I can do.')).toBe(true);
    expect(out).not.toContain('"level"');
  });

  it('on a second start the stored seed is not announced again', async () => {
    await start([]);
    const second = await start(['/summary']);
    expect(second.code).toBe(0);
    // Only the /summary answer: no card, so the output starts with the headline once.
    expect(second.stdout).toMatch(/^US, Iran, in first talks/);
    expect(second.stdout.split('US, Iran, in first talks in months').length - 1).toBe(2);
    expect(second.stdout).not.toContain('“The Biden administration');
  });

  it('a bad configuration value stops start-up naming the variable, with exit code 2', async () => {
    const run = await start(['/who'], { HERALD_SUMMARY_SENTENCES: 'lots' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('HERALD_SUMMARY_SENTENCES');
    expect(run.stdout).toBe('');
  });
});

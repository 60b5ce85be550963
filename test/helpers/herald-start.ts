import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/herald.js` lives. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ConsoleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `herald start` as a person runs it: a real process with only PATH and the given environment,
 * the lines typed on stdin (then end of input), and what it printed once it exits.
 */
export function runHeraldStart(lines: string[], env: Record<string, string>): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/herald.js', 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

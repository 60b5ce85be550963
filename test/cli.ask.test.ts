import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../src/ingest/service.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

let dir: string;
let articleId: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-ask-dotenv-'));
  writeFileSync(
    path.join(dir, '.env'),
    'DATABASE_URL=file:./from-dotenv/herald.db\nHERALD_LOG_LEVEL=silent\n',
  );
  const store = new SqliteArticleStore(path.join(dir, 'from-dotenv', 'herald.db'));
  try {
    const outcome = await ingestDocument(store, {
      origin: 'test',
      title: 'Ferry service resumes',
      text: 'The river ferry resumed service on Monday after repairs, the harbour board said.',
    });
    if (outcome.status === 'error') throw new Error(outcome.message);
    articleId = outcome.article.id;
  } finally {
    await store.close();
  }
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** herald run in `dir` with DATABASE_URL only in its .env file. */
function askInDir(args: string[], input?: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
  return spawnSync(process.execPath, [path.resolve('bin/herald.js'), 'ask', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env,
    ...(input === undefined ? {} : { input }),
  });
}

describe('herald ask with DATABASE_URL only in a .env file', () => {
  it('given a question, answers from the store .env names, like herald ingest', () => {
    const res = askInDir(['--article', articleId, 'who said the ferry resumed service?']);
    expect(res.stderr).not.toContain('the store is empty');
    expect(res.stdout).toContain(`article ${articleId}`);
  });

  it('given a JSON line without text, answers from the store .env names', () => {
    const res = askInDir(
      ['--jsonl', '--article', articleId],
      `${JSON.stringify({ id: 'q1', question: 'who said the ferry resumed service?' })}\n`,
    );
    const line = JSON.parse(res.stdout.trim()) as Record<string, unknown>;
    expect(line).not.toHaveProperty('error');
    expect(line.id).toBe('q1');
  });
});

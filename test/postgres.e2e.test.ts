import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type ConsoleRun, runHeraldStart } from './helpers/herald-start.js';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTGRES_URL } from './helpers/store-backends.js';

/** `herald start` on PostgreSQL, as an operator runs it: DATABASE_URL=postgres://..., console, stdin. */

async function sql(query: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(query);
  } finally {
    await client.end();
  }
}

function start(databaseUrl: string, lines: string[]): Promise<ConsoleRun> {
  return runHeraldStart(lines, { DATABASE_URL: databaseUrl, HERALD_LOG_LEVEL: 'info' });
}

describe.skipIf(!POSTGRES_URL)('herald start on PostgreSQL', () => {
  const schema = `herald_e2e_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  afterEach(async () => {
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('migrates the schema, stores and announces the seed, answers from it, logs the database without its password', async () => {
    const url = new URL(POSTGRES_URL!);
    url.password = 'not-a-real-secret';
    url.searchParams.set('schema', schema);
    const run = await start(url.toString(), ['/who envoy', 'quit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^US, Iran, in first talks in months/);
    expect(run.stdout).toContain('Brett McGurk');
    expect(run.stderr).toContain('"store":"postgresql"');
    expect(run.stderr).not.toContain('not-a-real-secret');
    const articles = await sql(`SELECT count(*)::int AS n FROM ${schema}.articles`);
    expect(articles.rows[0].n).toBe(1);
    const sent = await sql(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE status = 'sent'`);
    expect(sent.rows[0].n).toBe(1);

    // A second start finds the seed stored and the card sent: nothing is announced again.
    const again = await start(url.toString(), ['quit']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('US, Iran, in first talks in months');
  }, 120_000);
});

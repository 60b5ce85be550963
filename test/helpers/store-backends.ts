import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Logger } from '../../src/log.js';
import { SqliteAlertStore } from '../../src/store/alert-sqlite.js';
import type { AlertStore } from '../../src/store/alert-store.js';
import { migrations } from '../../src/store/migrations.js';
import { PgAlertStore } from '../../src/store/pg-alerts.js';
import { PgArticleStore } from '../../src/store/pg-articles.js';
import { PgDatabase } from '../../src/store/pg-db.js';
import { pgMigrations } from '../../src/store/pg-migrations.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';
import type { ArticleStore } from '../../src/store/store.js';

/**
 * The store tests run once per backend: SQLite always, PostgreSQL when HERALD_TEST_POSTGRES_URL
 * names a server (each test in its own schema, dropped afterwards). Without it the PostgreSQL runs
 * are skipped with a notice; in CI (CI=true) a missing URL fails instead, so a skip can't pass unseen.
 */
export const POSTGRES_URL = process.env.HERALD_TEST_POSTGRES_URL;

export interface OpenedStores {
  articles: ArticleStore;
  alerts: AlertStore;
  /** Close and open the same database again, as a restarted process would. */
  reopen(): Promise<OpenedStores>;
  /** Write a raw value into one column of one article row, behind the store's back. */
  corrupt(articleId: string, column: 'parsed_json', value: string): Promise<void>;
  /** Schema steps the database records as applied, and how many this Herald knows. */
  schemaVersion(): Promise<{ applied: number; known: number }>;
  /** Close the store and remove the database (file or schema). */
  dispose(): Promise<void>;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgresql';
  open(logger?: Pick<Logger, 'warn'>): Promise<OpenedStores>;
}

const sqlite: StoreBackend = {
  name: 'sqlite',
  async open(logger) {
    const dir = mkdtempSync(path.join(tmpdir(), 'herald-store-'));
    const file = path.join(dir, 'nested', 'herald.db');
    const opened = (): OpenedStores => {
      const articles = new SqliteArticleStore(file, logger ? { logger } : {});
      return {
        articles,
        alerts: new SqliteAlertStore(articles.db),
        async reopen() {
          await articles.close();
          return opened();
        },
        async corrupt(articleId, column, value) {
          const other = new Database(file);
          other.prepare(`UPDATE articles SET ${column} = ? WHERE id = ?`).run(value, articleId);
          other.close();
        },
        async schemaVersion() {
          return {
            applied: articles.db.pragma('user_version', { simple: true }) as number,
            known: migrations.length,
          };
        },
        async dispose() {
          await articles.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    };
    return opened();
  },
};

const postgres: StoreBackend = {
  name: 'postgresql',
  async open(logger) {
    const url = POSTGRES_URL!;
    const schema = `herald_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const raw = async (sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await client.query(sql, params);
      } finally {
        await client.end();
      }
    };
    const opened = async (): Promise<OpenedStores> => {
      const articles = new PgArticleStore(
        await PgDatabase.open(url, { schema, maxConnections: 4 }),
        logger ? { logger } : {},
      );
      return {
        articles,
        alerts: new PgAlertStore(articles.db),
        async reopen() {
          await articles.close();
          return opened();
        },
        async corrupt(articleId, column, value) {
          await raw(`UPDATE ${schema}.articles SET ${column} = $1 WHERE id = $2`, [value, articleId]);
        },
        async schemaVersion() {
          const { rows } = await articles.db.query<{ version: number }>('SELECT version FROM herald_schema');
          return { applied: rows[0]!.version, known: pgMigrations.length };
        },
        async dispose() {
          await articles.close();
          await raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        },
      };
    };
    return opened();
  },
};

if (!POSTGRES_URL) {
  const notice =
    'PostgreSQL store tests SKIPPED: HERALD_TEST_POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)';
  if (process.env.CI === 'true') throw new Error(`${notice}; CI must run them`);
  process.stderr.write(`\n*** ${notice} ***\n\n`);
}

/** Every backend, PostgreSQL marked skipped when no server is configured. */
export const storeBackends: { backend: StoreBackend; skip: boolean }[] = [
  { backend: sqlite, skip: false },
  { backend: postgres, skip: !POSTGRES_URL },
];

import type Database from 'better-sqlite3';
import { alertMigrations } from './alert-migrations.js';
import type { Migration } from './migration.js';

/**
 * The schema as an ordered list of steps. The database records how many it has applied in
 * `PRAGMA user_version`; opening a store applies the rest, each in its own transaction.
 * To change the schema, append a step: never edit or reorder one that has shipped.
 */
export const migrations: readonly Migration[] = [
  {
    name: 'articles with URL and content-hash identity',
    up: (db) =>
      db.exec(`
        CREATE TABLE articles (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          url TEXT,
          normalized_url TEXT UNIQUE,
          source TEXT,
          published TEXT,
          ingested_at TEXT NOT NULL,
          content_hash TEXT NOT NULL UNIQUE,
          origin TEXT NOT NULL,
          raw_text TEXT NOT NULL,
          parsed_json TEXT NOT NULL
        );
        CREATE INDEX articles_recent ON articles (published DESC, ingested_at DESC);
      `),
  },
  {
    name: 'full-text search over articles and sentences',
    up: (db) =>
      db.exec(`
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, body, article_id UNINDEXED,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
          text, article_id UNINDEXED, sentence UNINDEXED,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
      `),
  },
  {
    name: 'channel article context',
    up: (db) =>
      db.exec(`
        CREATE TABLE channel_articles (
          channel_key TEXT PRIMARY KEY,
          article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
          updated_at TEXT NOT NULL
        );
      `),
  },
  ...alertMigrations,
];

export class MigrationError extends Error {
  readonly code = 'STORE_MIGRATION_FAILED';
}

/** Apply the steps the database hasn't seen yet. Safe to call on every open. */
export function migrate(db: Database.Database, steps: readonly Migration[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new MigrationError(
      `The database is at schema version ${current} but this Herald knows only ${steps.length}: it was written by a newer Herald.`,
    );
  }
  for (let version = current; version < steps.length; version++) {
    const step = steps[version]!;
    try {
      db.transaction(() => {
        step.up(db);
        db.pragma(`user_version = ${version + 1}`);
      })();
    } catch (err) {
      throw new MigrationError(
        `Schema step ${version + 1} (${step.name}) failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  return steps.length - current;
}

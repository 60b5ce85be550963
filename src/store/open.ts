import { type Config, databasePath, isPostgresUrl } from '../config/env.js';
import { SqliteAlertStore } from './alert-sqlite.js';
import type { AlertStore } from './alert-store.js';
import { PgAlertStore } from './pg-alerts.js';
import { PgArticleStore } from './pg-articles.js';
import { PgDatabase, redactUrl } from './pg-db.js';
import { SqliteArticleStore, type SqliteStoreOptions } from './sqlite.js';
import type { ArticleStore } from './store.js';

/**
 * The store the configuration names: DATABASE_URL=file:PATH for SQLite (the folder is created),
 * postgres://... for PostgreSQL (its migrations run now). A `schema` query parameter on a
 * PostgreSQL URL puts Herald's tables in that schema (several Heralds, or tests, on one database).
 */
export async function openStore(
  config: Pick<Config, 'DATABASE_URL'>,
  opts: SqliteStoreOptions = {},
): Promise<ArticleStore> {
  const url = config.DATABASE_URL;
  if (!isPostgresUrl(url)) return new SqliteArticleStore(databasePath(config), opts);
  const { connection, schema } = splitSchema(url);
  return new PgArticleStore(await PgDatabase.open(connection, schema ? { schema } : {}), opts);
}

/** The URL without Herald's own `schema` parameter (the driver would pass it to the server). */
function splitSchema(url: string): { connection: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  return { connection: u.toString(), schema };
}

/** The alert tables live in the article store's database, so one transaction can span both. */
export function openAlertStore(articles: ArticleStore): AlertStore {
  if (articles instanceof SqliteArticleStore) return new SqliteAlertStore(articles.db);
  if (articles instanceof PgArticleStore) return new PgAlertStore(articles.db);
  throw new Error('alerts need the SQLite or PostgreSQL article store');
}

/** What start-up logs and /healthz report: the kind of store and where it is (no password). */
export function describeStore(config: Pick<Config, 'DATABASE_URL'>): {
  kind: 'sqlite' | 'postgresql';
  where: string;
} {
  return isPostgresUrl(config.DATABASE_URL)
    ? { kind: 'postgresql', where: redactUrl(config.DATABASE_URL) }
    : { kind: 'sqlite', where: databasePath(config) };
}

import { type Config, databasePath } from '../config/env.js';
import { SqliteArticleStore, type SqliteStoreOptions } from './sqlite.js';
import type { ArticleStore } from './store.js';

/** The store the configuration names (DATABASE_URL=file:PATH; the folder is created). */
export function openStore(config: Pick<Config, 'DATABASE_URL'>, opts: SqliteStoreOptions = {}): ArticleStore {
  return new SqliteArticleStore(databasePath(config), opts);
}

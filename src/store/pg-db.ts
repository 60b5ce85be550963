import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { pgMigrations } from './pg-migrations.js';

/** A connection pool, or the one client of the transaction under way. */
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export interface PgOptions {
  /** Tables live in this schema (created if missing); `public` when absent. Tests use one each. */
  schema?: string;
  /** Connections in the pool. */
  maxConnections?: number;
}

/** Schema names go into SQL text, so only plain identifiers are accepted. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * One PostgreSQL database shared by the article store and the alert store of a process. Calls
 * made inside `transaction(fn)` (found through AsyncLocalStorage, whichever store they go
 * through) run on that transaction's client; all others take any pooled connection, so a
 * transaction never holds up the rest of the process.
 */
export class PgDatabase {
  readonly pool: pg.Pool;
  readonly schema: string;
  private readonly inside = new AsyncLocalStorage<pg.PoolClient>();

  private constructor(url: string, opts: PgOptions) {
    this.schema = opts.schema ?? 'public';
    if (!IDENTIFIER.test(this.schema)) throw new Error(`not a plain schema name: ${this.schema}`);
    this.pool = new pg.Pool({
      connectionString: url,
      max: opts.maxConnections ?? 8,
      // Every connection sees this process's schema first, so the SQL never names it.
      options: `-c search_path=${this.schema}`,
    });
    // An idle client that loses its server (a restart) must not crash the process; the pool drops it.
    this.pool.on('error', () => {});
  }

  /** Connect and bring the schema up to date (several processes may start at once: one migrates). */
  static async open(url: string, opts: PgOptions = {}): Promise<PgDatabase> {
    const db = new PgDatabase(url, opts);
    try {
      await db.migrate();
    } catch (err) {
      await db.pool.end();
      throw err;
    }
    return db;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Two processes starting together: the second waits here, then finds the steps applied.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('herald-migrations'))");
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS herald_schema (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM herald_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO herald_schema (version) VALUES (0)');
      if (version > pgMigrations.length) {
        throw new Error(
          `The database is at schema version ${version} but this Herald knows only ${pgMigrations.length}: it was written by a newer Herald.`,
        );
      }
      for (; version < pgMigrations.length; version++) {
        await client.query(pgMigrations[version]!.sql);
        await client.query('UPDATE herald_schema SET version = $1', [version + 1]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  /** Where a statement goes: the current transaction's client, or the pool. */
  private target(): Queryable {
    return this.inside.getStore() ?? this.pool;
  }

  async query<R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    return this.target().query<R>(sql, params);
  }

  /** `fn` in one transaction; a call from inside a transaction joins it. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return fn();
    return this.onOwnConnection('BEGIN', fn);
  }

  /**
   * `fn` reading one consistent snapshot (REPEATABLE READ, read only) on a connection of its own,
   * even when called inside a transaction: several reads that must agree with each other.
   */
  async readSnapshot<T>(fn: () => Promise<T>): Promise<T> {
    return this.onOwnConnection('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
  }

  /** `fn` in a transaction opened by `begin` on a pooled connection; rolled back if it throws. */
  private async onOwnConnection<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await this.inside.run(client, fn);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The URL with its password replaced, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    // The driver also takes passwords as parameters (?password=, ?sslpassword=).
    for (const key of [...u.searchParams.keys()]) if (/password/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Config } from '../config/env.js';
import type { CopiedTable, StoreKind } from './migrate-tables.js';
import { openStore } from './open.js';
import { PgAlertStore } from './pg-alerts.js';
import { PgArticleStore } from './pg-articles.js';
import type { PgDatabase } from './pg-db.js';
import { SqliteArticleStore } from './sqlite.js';

export type Row = Record<string, unknown>;
export type ColumnType = 'boolean' | 'other';

const LiveLeaseSchema = z.object({ name: z.string(), holder: z.string(), expiresAt: z.string() });
export type LiveLease = z.infer<typeof LiveLeaseSchema>;
const LEASES_SQL = 'SELECT name, holder, expires_at AS "expiresAt" FROM leases WHERE expires_at > ';

/**
 * One side of a store-to-store copy, row by row. Each side speaks its own SQL; the copy in
 * migrate-copy.ts only moves rows between two of these.
 */
export interface MigrationEnd {
  readonly kind: StoreKind;
  tableNames(): Promise<string[]>;
  /** The columns a copy may write or read, generated ones left out, with those that hold booleans. */
  columns(table: string): Promise<Map<string, ColumnType>>;
  count(table: string): Promise<number>;
  /** Leases still held at `now` (a running Herald renews its own): the copy must not race a live process. */
  liveLeases(now: Date): Promise<LiveLease[]>;
  read(table: CopiedTable, columns: readonly string[], limit: number, offset: number): Promise<Row[]>;
  /**
   * Write rows in one transaction. A row whose key (or other unique value) the target holds is
   * skipped, or, for `replace` tables, overwritten. New articles are indexed for search here, as
   * the store indexes them when it stores one. Returns how many rows were new.
   */
  write(table: CopiedTable, columns: readonly string[], rows: readonly Row[]): Promise<number>;
  /** After every table: PostgreSQL's id sequences continue above the copied ids. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

/** Table and column names go into SQL text: only plain lower-case identifiers, quoted. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

/** What search needs from a stored parse; a row whose parse is unreadable is copied and left unindexed. */
const IndexedTextSchema = z.object({
  paragraphs: z.array(z.string()),
  sentences: z.array(z.string()),
});

export function indexedText(parsedJson: unknown): z.infer<typeof IndexedTextSchema> {
  try {
    const parsed = IndexedTextSchema.safeParse(JSON.parse(String(parsedJson)));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the same as an unreadable parse.
  }
  return { paragraphs: [], sentences: [] };
}

function orderOf(table: CopiedTable, kind: StoreKind): string {
  const order = table.order?.[kind];
  return order ? ident(order) : table.key.map(ident).join(', ');
}

function toSqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function toPgValue(value: unknown, type: ColumnType | undefined): unknown {
  if (type === 'boolean' && typeof value === 'number') return value !== 0;
  return value;
}

class SqliteEnd implements MigrationEnd {
  readonly kind = 'sqlite' as const;

  constructor(
    private readonly store: SqliteArticleStore,
    private readonly db: Database.Database,
  ) {}

  async tableNames(): Promise<string[]> {
    const rows = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return z
      .array(z.object({ name: z.string() }))
      .parse(rows)
      .map((r) => r.name);
  }

  async columns(table: string): Promise<Map<string, ColumnType>> {
    const rows = z
      .array(z.object({ name: z.string(), hidden: z.number() }))
      .parse(this.db.prepare(`SELECT name, hidden FROM pragma_table_xinfo(?)`).all(table));
    // SQLite has no boolean type: flags are integers, converted where the other side wants booleans.
    return new Map(rows.filter((r) => r.hidden === 0).map((r) => [r.name, 'other' as const]));
  }

  async count(table: string): Promise<number> {
    const row = this.db.prepare(`SELECT count(*) AS n FROM ${ident(table)}`).get();
    return z.object({ n: z.number() }).parse(row).n;
  }

  async liveLeases(now: Date): Promise<LiveLease[]> {
    return z.array(LiveLeaseSchema).parse(this.db.prepare(`${LEASES_SQL}?`).all(now.toISOString()));
  }

  async read(table: CopiedTable, columns: readonly string[], limit: number, offset: number): Promise<Row[]> {
    const sql = `SELECT ${columns.map(ident).join(', ')} FROM ${ident(table.name)}
      ORDER BY ${orderOf(table, 'sqlite')} LIMIT ? OFFSET ?`;
    return this.db.prepare(sql).all(limit, offset) as Row[];
  }

  async write(table: CopiedTable, columns: readonly string[], rows: readonly Row[]): Promise<number> {
    const names = columns.map(ident).join(', ');
    const marks = columns.map(() => '?').join(', ');
    const verb = table.replace ? 'INSERT OR REPLACE' : 'INSERT OR IGNORE';
    const insert = this.db.prepare(`${verb} INTO ${ident(table.name)} (${names}) VALUES (${marks})`);
    const indexArticle = this.db.prepare(
      'INSERT INTO articles_fts (title, body, article_id) VALUES (?, ?, ?)',
    );
    const indexSentence = this.db.prepare(
      'INSERT INTO sentences_fts (text, article_id, sentence) VALUES (?, ?, ?)',
    );
    return this.db.transaction(() => {
      let added = 0;
      for (const row of rows) {
        const changes = insert.run(...columns.map((c) => toSqliteValue(row[c]))).changes;
        added += changes;
        if (table.name !== 'articles' || changes === 0) continue;
        const text = indexedText(row.parsed_json);
        indexArticle.run(row.title, text.paragraphs.join('\n\n'), row.id);
        text.sentences.forEach((sentence, i) => {
          indexSentence.run(sentence, row.id, i);
        });
      }
      return added;
    })();
  }

  async finish(): Promise<void> {}

  close(): Promise<void> {
    return this.store.close();
  }
}

const CountSchema = z.object({ n: z.union([z.number(), z.string()]).transform(Number) });

class PgEnd implements MigrationEnd {
  readonly kind = 'postgresql' as const;

  constructor(
    private readonly store: PgArticleStore,
    private readonly db: PgDatabase,
  ) {}

  async tableNames(): Promise<string[]> {
    const { rows } = await this.db.query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return z
      .array(z.object({ name: z.string() }))
      .parse(rows)
      .map((r) => r.name);
  }

  async columns(table: string): Promise<Map<string, ColumnType>> {
    const { rows } = await this.db.query(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
       ORDER BY ordinal_position`,
      [table],
    );
    return new Map(
      z
        .array(z.object({ name: z.string(), type: z.string() }))
        .parse(rows)
        .map((r) => [r.name, r.type === 'boolean' ? 'boolean' : 'other']),
    );
  }

  async count(table: string): Promise<number> {
    const { rows } = await this.db.query(`SELECT count(*) AS n FROM ${ident(table)}`);
    return CountSchema.parse(rows[0]).n;
  }

  async liveLeases(now: Date): Promise<LiveLease[]> {
    const { rows } = await this.db.query(`${LEASES_SQL}$1`, [now.toISOString()]);
    return z.array(LiveLeaseSchema).parse(rows);
  }

  async read(table: CopiedTable, columns: readonly string[], limit: number, offset: number): Promise<Row[]> {
    const { rows } = await this.db.query(
      `SELECT ${columns.map(ident).join(', ')} FROM ${ident(table.name)}
       ORDER BY ${orderOf(table, 'postgresql')} LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows;
  }

  async write(table: CopiedTable, columns: readonly string[], rows: readonly Row[]): Promise<number> {
    if (rows.length === 0) return 0;
    const types = await this.columns(table.name);
    const isArticles = table.name === 'articles';
    // The body search reads is derived from the parse, as the store does when it stores an article.
    const written = isArticles ? [...columns, 'body_text'] : [...columns];
    const texts = isArticles ? rows.map((row) => indexedText(row.parsed_json)) : [];
    const params: unknown[] = [];
    const tuples = rows.map((row, r) => {
      const values = columns.map((c) => toPgValue(row[c], types.get(c)));
      if (isArticles) values.push(texts[r]!.paragraphs.join('\n\n'));
      const marks = values.map((v) => `$${params.push(v)}`);
      return `(${marks.join(', ')})`;
    });
    const keys = table.key.map(ident).join(', ');
    const onConflict = table.replace
      ? `ON CONFLICT (${keys}) DO UPDATE SET ${columns
          .filter((c) => !table.key.includes(c))
          .map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`)
          .join(', ')}`
      : 'ON CONFLICT DO NOTHING';
    // Ids are copied as they are (feeds, subscriptions and outbox rows are referred to by id).
    const identity = (await this.hasIdentityColumn(table.name, columns)) ? 'OVERRIDING SYSTEM VALUE' : '';
    return this.db.transaction(async () => {
      const result = await this.db.query(
        `INSERT INTO ${ident(table.name)} (${written.map(ident).join(', ')}) ${identity}
         VALUES ${tuples.join(', ')} ${onConflict} RETURNING ${keys}`,
        params,
      );
      if (isArticles) await this.indexSentences(rows, texts, result.rows);
      return result.rowCount ?? 0;
    });
  }

  private async indexSentences(
    rows: readonly Row[],
    texts: readonly z.infer<typeof IndexedTextSchema>[],
    inserted: readonly Row[],
  ): Promise<void> {
    const added = new Set(inserted.map((r) => String(r.id)));
    const ids: string[] = [];
    const numbers: number[] = [];
    const sentences: string[] = [];
    rows.forEach((row, r) => {
      if (!added.has(String(row.id))) return;
      texts[r]!.sentences.forEach((text, i) => {
        ids.push(String(row.id));
        numbers.push(i);
        sentences.push(text);
      });
    });
    if (ids.length === 0) return;
    await this.db.query(
      `INSERT INTO sentences (article_id, sentence, text)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[]) ON CONFLICT DO NOTHING`,
      [ids, numbers, sentences],
    );
  }

  private async identityColumns(table: string): Promise<string[]> {
    const { rows } = await this.db.query(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'`,
      [table],
    );
    return z
      .array(z.object({ name: z.string() }))
      .parse(rows)
      .map((r) => r.name);
  }

  private async hasIdentityColumn(table: string, columns: readonly string[]): Promise<boolean> {
    return (await this.identityColumns(table)).some((c) => columns.includes(c));
  }

  /** Identity sequences restart above the highest copied id, so the next row the store adds gets a fresh one. */
  async finish(): Promise<void> {
    const { rows } = await this.db.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND is_identity = 'YES'`,
    );
    for (const { table, column } of z
      .array(z.object({ table: z.string(), column: z.string() }))
      .parse(rows)) {
      await this.db.query(
        `SELECT setval(pg_get_serial_sequence($1, $2),
           (SELECT COALESCE(MAX(${ident(column)}), 0) + 1 FROM ${ident(table)}), false)`,
        [table, column],
      );
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Open DATABASE_URL-style `url` (running its migrations, as Herald does at start) as one side of a copy. */
export async function openMigrationEnd(url: string): Promise<MigrationEnd> {
  const store = await openStore({ DATABASE_URL: url } satisfies Pick<Config, 'DATABASE_URL'>);
  if (store instanceof SqliteArticleStore) return new SqliteEnd(store, store.db);
  if (store instanceof PgArticleStore) {
    // story_terms alone then holds every count, as SQLite's does (the totals are unchanged).
    await new PgAlertStore(store.db).foldStoryCounts();
    return new PgEnd(store, store.db);
  }
  await store.close();
  throw new Error('migrate-store copies between the SQLite and PostgreSQL stores only');
}

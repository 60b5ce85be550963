import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Logger, log as defaultLog } from '../log.js';
import { allWords, allWordsIn, anyWords } from './fts-query.js';
import { contentHash, normaliseUrl, SHORT_ID_LENGTH } from './identity.js';
import { migrate } from './migrations.js';
import { gateOf, type SqliteGate } from './sqlite-gate.js';
import { articleFromRow, ChannelArticleRowSchema, SentenceHitRowSchema } from './rows.js';
import type {
  ArticleHit,
  ArticleStore,
  NewArticle,
  SentenceHit,
  StoredArticle,
  UpsertResult,
} from './store.js';

export interface SqliteStoreOptions {
  /** Where problems with stored rows are reported. */
  logger?: Pick<Logger, 'warn'>;
  /** Clock for `ingestedAt`; tests pin it. */
  now?: () => Date;
}

/** Title matches count ten times a body match when ranking article search results. */
const TITLE_WEIGHT = 10;
/** Validated articles kept in memory (a few MB): the recent ones everyone asks about. */
const VALIDATED_CACHE_SIZE = 2_000;
const BODY_WEIGHT = 1;

/** The SQLite work itself, synchronous; SqliteArticleStore below is what callers get. */
class SqliteArticleTables {
  readonly db: Database.Database;
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly now: () => Date;
  private readonly sql;

  constructor(file: string, opts: SqliteStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // Another Herald process (an `herald ingest` beside the running bot) may hold the write lock briefly.
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.logger = opts.logger ?? defaultLog;
    this.now = opts.now ?? (() => new Date());
    this.sql = this.prepare();
  }

  private prepare() {
    const db = this.db;
    const columns = 'id, title, url, source, published, ingested_at, content_hash, parsed_json';
    return {
      byId: db.prepare(`SELECT ${columns} FROM articles WHERE id = ?`),
      idTaken: db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck(),
      byNormalizedUrl: db.prepare(`SELECT ${columns} FROM articles WHERE normalized_url = ?`),
      byHash: db.prepare(`SELECT ${columns} FROM articles WHERE content_hash = ?`),
      byIdPrefix: db.prepare(
        `SELECT ${columns} FROM articles WHERE id >= ? AND id < ? ORDER BY published DESC NULLS LAST, ingested_at DESC LIMIT ?`,
      ),
      insert: db.prepare(
        `INSERT INTO articles (id, title, url, normalized_url, source, published, ingested_at, content_hash, origin, raw_text, parsed_json)
         VALUES (@id, @title, @url, @normalizedUrl, @source, @published, @ingestedAt, @contentHash, @origin, @raw, @parsedJson)`,
      ),
      insertArticleFts: db.prepare('INSERT INTO articles_fts (title, body, article_id) VALUES (?, ?, ?)'),
      insertSentenceFts: db.prepare(
        'INSERT INTO sentences_fts (text, article_id, sentence) VALUES (?, ?, ?)',
      ),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      deleteArticleFts: db.prepare('DELETE FROM articles_fts WHERE article_id = ?'),
      deleteSentenceFts: db.prepare('DELETE FROM sentences_fts WHERE article_id = ?'),
      latest: db.prepare(
        `SELECT ${columns} FROM articles ORDER BY published DESC NULLS LAST, ingested_at DESC LIMIT ?`,
      ),
      ingestedBetween: db.prepare(
        `SELECT ${columns} FROM articles WHERE ingested_at > ? AND ingested_at <= ? ORDER BY ingested_at, id LIMIT ?`,
      ),
      count: db.prepare('SELECT count(*) FROM articles').pluck(),
      // Rank inside the FTS index first and join only the winners: joining before the LIMIT
      // would read every matching article's stored parse (8,400 rows for "said people" on a
      // 10,000-article store: 235 ms instead of 15).
      search: db.prepare(
        `SELECT a.id, a.title, a.url, a.source, a.published, a.ingested_at, a.content_hash, a.parsed_json, hit.rank
         FROM (SELECT article_id, bm25(articles_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank
               FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) AS hit
         JOIN articles a ON a.id = hit.article_id
         ORDER BY hit.rank`,
      ),
      // The same ranking, ids only: the stored parse is read after, and only for an article not
      // already validated in memory (five parses of tens of kilobytes a question, decoded for nothing
      // when the story is one readers keep asking about).
      searchIds: db.prepare(
        `SELECT a.id, a.content_hash, hit.rank
         FROM (SELECT article_id, bm25(articles_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank
               FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) AS hit
         JOIN articles a ON a.id = hit.article_id
         ORDER BY hit.rank`,
      ),
      searchSentences: db.prepare(
        `SELECT article_id, sentence, text, bm25(sentences_fts) AS rank FROM sentences_fts
         WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?`,
      ),
      searchSentencesIn: db.prepare(
        `SELECT article_id, sentence, text, bm25(sentences_fts) AS rank FROM sentences_fts
         WHERE sentences_fts MATCH ? AND article_id = ? ORDER BY rank LIMIT ?`,
      ),
      setChannel: db.prepare(
        `INSERT INTO channel_articles (channel_key, article_id, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (channel_key) DO UPDATE SET article_id = excluded.article_id, updated_at = excluded.updated_at`,
      ),
      getChannel: db.prepare('SELECT article_id FROM channel_articles WHERE channel_key = ?'),
      refresh: db.prepare(
        `UPDATE articles SET title = @title, url = @url, normalized_url = @normalizedUrl, source = @source,
           published = @published, origin = @origin, raw_text = @raw, parsed_json = @parsedJson WHERE id = @id`,
      ),
      insertInbox: db.prepare(
        'INSERT INTO route_inbox (article_id, feed_id, silent, arrived_at) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  upsertArticle(input: NewArticle): UpsertResult {
    const { parsed } = input;
    const hash = contentHash(parsed.paragraphs.length > 0 ? parsed.paragraphs : [parsed.title, input.raw]);
    const normalizedUrl = parsed.url ? normaliseUrl(parsed.url) : null;
    return this.db
      .transaction((): UpsertResult => {
        const existingRows = [
          normalizedUrl ? this.sql.byNormalizedUrl.get(normalizedUrl) : undefined,
          this.sql.byHash.get(hash),
        ].filter((r) => r !== undefined);
        for (const row of existingRows) {
          const existing = this.toArticle(row);
          if (existing) return { article: existing, created: false };
        }
        // A matching row that no longer validates is replaced by the fresh parse rather than kept forever.
        for (const row of existingRows) this.remove((row as { id: string }).id);

        const id = this.freeId(hash);
        const ingestedAt = this.now().toISOString();
        const parsedJson = JSON.stringify(parsed);
        this.sql.insert.run({
          id,
          title: parsed.title,
          url: parsed.url,
          normalizedUrl,
          source: parsed.source,
          published: parsed.published,
          ingestedAt,
          contentHash: hash,
          origin: input.origin,
          raw: input.raw,
          parsedJson,
        });
        this.sql.insertArticleFts.run(parsed.title, parsed.paragraphs.join('\n\n'), id);
        parsed.sentences.forEach((text, i) => {
          this.sql.insertSentenceFts.run(text, id, i);
        });
        // Recorded with the article, in the same transaction: whatever happens next, the router finds it.
        this.sql.insertInbox.run(
          id,
          input.arrival?.feedId ?? null,
          input.arrival?.silent ? 1 : 0,
          ingestedAt,
        );
        const article: StoredArticle = {
          id,
          title: parsed.title,
          url: parsed.url,
          source: parsed.source,
          published: parsed.published,
          ingestedAt,
          contentHash: hash,
          parsed,
        };
        return { article, created: true };
        // IMMEDIATE takes the write lock before the first read: a deferred transaction that reads and
        // then writes fails at once with "database is locked" when another process wrote in between,
        // instead of waiting out busy_timeout.
      })
      .immediate();
  }

  refreshArticle(id: string, input: NewArticle): StoredArticle | null {
    const { parsed } = input;
    const normalizedUrl = parsed.url ? normaliseUrl(parsed.url) : null;
    return this.db
      .transaction((): StoredArticle | null => {
        const current = this.getArticle(id);
        if (!current) return null;
        if (normalizedUrl) {
          const holder = this.sql.byNormalizedUrl.get(normalizedUrl) as { id: string } | undefined;
          if (holder && holder.id !== id) return null;
        }
        this.sql.refresh.run({
          id,
          title: parsed.title,
          url: parsed.url,
          normalizedUrl,
          source: parsed.source,
          published: parsed.published,
          origin: input.origin,
          raw: input.raw,
          parsedJson: JSON.stringify(parsed),
        });
        this.sql.deleteArticleFts.run(id);
        this.sql.deleteSentenceFts.run(id);
        this.sql.insertArticleFts.run(parsed.title, parsed.paragraphs.join('\n\n'), id);
        parsed.sentences.forEach((text, i) => {
          this.sql.insertSentenceFts.run(text, id, i);
        });
        // The cache trusts that stored articles never change in place; this one just did.
        this.validated.delete(`${id}:${current.contentHash}`);
        return {
          ...current,
          title: parsed.title,
          url: parsed.url,
          source: parsed.source,
          published: parsed.published,
          parsed,
        };
      })
      .immediate();
  }

  /** The shortest hash prefix (at least SHORT_ID_LENGTH) not already used by another article. */
  private freeId(hash: string): string {
    for (let len = SHORT_ID_LENGTH; len < hash.length; len += 2) {
      const candidate = hash.slice(0, len);
      const holder = this.sql.idTaken.get(candidate) as string | undefined;
      if (holder === undefined || holder === hash) return candidate;
    }
    return hash;
  }

  private remove(id: string): void {
    this.sql.deleteArticleFts.run(id);
    this.sql.deleteSentenceFts.run(id);
    this.sql.deleteArticle.run(id);
  }

  /**
   * Rows already validated, by id and content hash. Stored articles never change in place (a
   * re-ingest is a no-op), so a parse checked once is safe to hand out again; this keeps JSON
   * parsing and zod out of the path of every slash command and question about a hot article.
   * Callers treat StoredArticle as read-only.
   */
  private readonly validated = new Map<string, StoredArticle>();

  private toArticle(row: unknown): StoredArticle | null {
    const r = row as { id?: unknown; content_hash?: unknown };
    const key =
      typeof r.id === 'string' && typeof r.content_hash === 'string' ? `${r.id}:${r.content_hash}` : null;
    const cached = key ? this.validated.get(key) : undefined;
    if (cached) return cached;
    const result = articleFromRow(row);
    if (result.ok) {
      if (key) {
        this.validated.set(key, result.article);
        if (this.validated.size > VALIDATED_CACHE_SIZE) {
          const oldest = this.validated.keys().next().value;
          if (oldest !== undefined) this.validated.delete(oldest);
        }
      }
      return result.article;
    }
    this.logger.warn(
      { articleId: result.id, problem: result.problem },
      'skipping a stored article that fails validation',
    );
    return null;
  }

  /** The article of an id-and-hash row: from the validated cache, else its full row read and checked. */
  private validatedOrRead(row: unknown): StoredArticle | null {
    const r = row as { id?: unknown; content_hash?: unknown };
    if (typeof r.id !== 'string' || typeof r.content_hash !== 'string') return this.toArticle(row);
    const cached = this.validated.get(`${r.id}:${r.content_hash}`);
    if (cached) return cached;
    const full = this.sql.byId.get(r.id);
    return full === undefined ? null : this.toArticle(full);
  }

  private toArticles(rows: unknown[]): StoredArticle[] {
    return rows.map((r) => this.toArticle(r)).filter((a): a is StoredArticle => a !== null);
  }

  getArticle(id: string): StoredArticle | null {
    const row = this.sql.byId.get(id.trim().toLowerCase());
    return row === undefined ? null : this.toArticle(row);
  }

  findArticles(ref: string, limit: number): StoredArticle[] {
    const wanted = ref.trim();
    if (wanted === '' || limit <= 0) return [];
    const found = new Map<string, StoredArticle>();
    const add = (articles: StoredArticle[]) => {
      for (const a of articles) if (found.size < limit && !found.has(a.id)) found.set(a.id, a);
    };
    const lowered = wanted.toLowerCase();
    if (/^[0-9a-f]+$/.test(lowered)) {
      const exact = this.getArticle(lowered);
      if (exact) add([exact]);
      // Range scan on the primary key: every id starting with the prefix sorts between these bounds.
      add(this.toArticles(this.sql.byIdPrefix.all(lowered, `${lowered}\uffff`, limit)));
    }
    if (found.size < limit) {
      const query = allWordsIn('title', wanted);
      if (query) add(this.toArticles(this.sql.search.all(query, limit)));
    }
    return [...found.values()];
  }

  latest(limit: number): StoredArticle[] {
    return this.toArticles(this.sql.latest.all(limit));
  }

  ingestedBetween(since: Date | null, until: Date, limit: number): StoredArticle[] {
    return this.toArticles(
      this.sql.ingestedBetween.all(since?.toISOString() ?? '', until.toISOString(), limit),
    );
  }

  count(): number {
    return this.sql.count.get() as number;
  }

  search(query: string, limit: number, match: 'any' | 'all' = 'any'): ArticleHit[] {
    const expression = match === 'all' ? allWords(query) : anyWords(query);
    if (!expression || limit <= 0) return [];
    const hits: ArticleHit[] = [];
    for (const row of this.sql.searchIds.all(expression, limit) as Array<{ rank: number }>) {
      const article = this.validatedOrRead(row);
      // bm25 is lower-is-better and negative; a score that grows with relevance reads better to callers.
      if (article) hits.push({ article, score: -row.rank });
    }
    return hits;
  }

  searchSentences(query: string, limit: number, articleId?: string): SentenceHit[] {
    const match = anyWords(query);
    if (!match || limit <= 0) return [];
    const rows =
      articleId === undefined
        ? this.sql.searchSentences.all(match, limit)
        : this.sql.searchSentencesIn.all(match, articleId, limit);
    return rows.map((row) => {
      const r = SentenceHitRowSchema.parse(row);
      return { articleId: r.article_id, sentence: r.sentence, text: r.text, rank: r.rank };
    });
  }

  setChannelArticle(channelKey: string, articleId: string): void {
    this.sql.setChannel.run(channelKey, articleId, this.now().toISOString());
  }

  getChannelArticle(channelKey: string): string | null {
    const row = this.sql.getChannel.get(channelKey);
    return row === undefined ? null : ChannelArticleRowSchema.parse(row).article_id;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * The default store: one SQLite file in WAL mode (readers never block the writer), schema by
 * ordered migrations, FTS5 for search. Every write is one transaction. Calls wait for a
 * transaction another caller has open on the same file (see SqliteGate).
 */
export class SqliteArticleStore implements ArticleStore {
  private readonly tables: SqliteArticleTables;
  private readonly gate: SqliteGate;

  constructor(file: string, opts: SqliteStoreOptions = {}) {
    this.tables = new SqliteArticleTables(file, opts);
    this.gate = gateOf(this.tables.db);
  }

  /** The connection, for the alert store on the same file and for tests that inspect rows. */
  get db(): Database.Database {
    return this.tables.db;
  }

  upsertArticle(input: NewArticle): Promise<UpsertResult> {
    return this.gate.run(() => this.tables.upsertArticle(input));
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return this.gate.run(() => this.tables.getArticle(id));
  }

  findArticles(ref: string, limit: number): Promise<StoredArticle[]> {
    return this.gate.run(() => this.tables.findArticles(ref, limit));
  }

  latest(limit: number): Promise<StoredArticle[]> {
    return this.gate.run(() => this.tables.latest(limit));
  }

  ingestedBetween(since: Date | null, until: Date, limit: number): Promise<StoredArticle[]> {
    return this.gate.run(() => this.tables.ingestedBetween(since, until, limit));
  }

  count(): Promise<number> {
    return this.gate.run(() => this.tables.count());
  }

  search(query: string, limit: number, match: 'any' | 'all' = 'any'): Promise<ArticleHit[]> {
    return this.gate.run(() => this.tables.search(query, limit, match));
  }

  searchSentences(query: string, limit: number, articleId?: string): Promise<SentenceHit[]> {
    return this.gate.run(() => this.tables.searchSentences(query, limit, articleId));
  }

  refreshArticle(id: string, input: NewArticle): Promise<StoredArticle | null> {
    return this.gate.run(() => this.tables.refreshArticle(id, input));
  }

  setChannelArticle(channelKey: string, articleId: string): Promise<void> {
    return this.gate.run(() => this.tables.setChannelArticle(channelKey, articleId));
  }

  getChannelArticle(channelKey: string): Promise<string | null> {
    return this.gate.run(() => this.tables.getChannelArticle(channelKey));
  }

  close(): Promise<void> {
    return this.gate.run(() => this.tables.close());
  }
}

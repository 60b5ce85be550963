import { type Logger, log as defaultLog } from '../log.js';
import { contentHash, normaliseUrl, SHORT_ID_LENGTH } from './identity.js';
import type { PgDatabase } from './pg-db.js';
import { articleFromRow, ChannelArticleRowSchema, SentenceHitRowSchema } from './rows.js';
import type {
  ArticleHit,
  ArticleStore,
  NewArticle,
  SentenceHit,
  StoredArticle,
  UpsertResult,
} from './store.js';

export interface PgStoreOptions {
  logger?: Pick<Logger, 'warn'>;
  now?: () => Date;
}

const COLUMNS = 'id, title, url, source, published, ingested_at, content_hash, parsed_json';

/** Words as the SQLite store reads them (letters and digits only), so no user text is tsquery syntax. */
function words(text: string): string[] {
  const found = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(found.map((w) => w.toLowerCase()))];
}

/** A to_tsquery expression: any of the words, or all of them. */
function tsquery(text: string, join: ' | ' | ' & '): string | null {
  const list = words(text);
  return list.length > 0 ? list.join(join) : null;
}

/**
 * Articles in PostgreSQL: the same identity rules as SQLite (normalised URL, content hash, short
 * id), full-text search on generated tsvector columns with GIN indexes (title weighted above the
 * body, like the SQLite store's BM25 weights), stored rows validated by zod on the way out.
 */
export class PgArticleStore implements ArticleStore {
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly now: () => Date;

  constructor(
    readonly db: PgDatabase,
    opts: PgStoreOptions = {},
  ) {
    this.logger = opts.logger ?? defaultLog;
    this.now = opts.now ?? (() => new Date());
  }

  async upsertArticle(input: NewArticle): Promise<UpsertResult> {
    const { parsed } = input;
    const hash = contentHash(parsed.paragraphs.length > 0 ? parsed.paragraphs : [parsed.title, input.raw]);
    const normalizedUrl = parsed.url ? normaliseUrl(parsed.url) : null;
    for (let attempt = 0; ; attempt++) {
      const result = await this.db.transaction(async () => {
        const existing = await this.db.query(
          `SELECT ${COLUMNS} FROM articles WHERE content_hash = $1 OR ($2::text IS NOT NULL AND normalized_url = $2)
           ORDER BY (normalized_url = $2) DESC NULLS LAST`,
          [hash, normalizedUrl],
        );
        for (const row of existing.rows) {
          const article = this.toArticle(row);
          if (article) return { article, created: false };
        }
        for (const row of existing.rows) await this.db.query('DELETE FROM articles WHERE id = $1', [row.id]);
        const id = await this.freeId(hash);
        const ingestedAt = this.now().toISOString();
        // Another process storing the same article at this moment: the unique keys let one insert win,
        // and this one reads the winner's row on the next attempt.
        const inserted = await this.db.query(
          `INSERT INTO articles (id, title, url, normalized_url, source, published, ingested_at, content_hash,
             origin, raw_text, body_text, parsed_json)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
          [
            id,
            parsed.title,
            parsed.url,
            normalizedUrl,
            parsed.source,
            parsed.published,
            ingestedAt,
            hash,
            input.origin,
            input.raw,
            parsed.paragraphs.join('\n\n'),
            JSON.stringify(parsed),
          ],
        );
        if (inserted.rowCount === 0) return null;
        await this.insertSentences(id, parsed.sentences);
        await this.db.query(
          'INSERT INTO route_inbox (article_id, feed_id, silent, arrived_at) VALUES ($1, $2, $3, $4)',
          [id, input.arrival?.feedId ?? null, input.arrival?.silent === true, ingestedAt],
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
      });
      if (result) return result;
      if (attempt >= 3) throw new Error('could not store the article: its keys kept changing hands');
    }
  }

  private async insertSentences(id: string, sentences: readonly string[]): Promise<void> {
    if (sentences.length === 0) return;
    await this.db.query(
      `INSERT INTO sentences (article_id, sentence, text)
       SELECT $1, ord - 1, text FROM unnest($2::text[]) WITH ORDINALITY AS s (text, ord)`,
      [id, sentences],
    );
  }

  async refreshArticle(id: string, input: NewArticle): Promise<StoredArticle | null> {
    const { parsed } = input;
    const normalizedUrl = parsed.url ? normaliseUrl(parsed.url) : null;
    return this.db.transaction(async () => {
      const current = await this.getArticle(id);
      if (!current) return null;
      if (normalizedUrl) {
        const holder = await this.db.query('SELECT id FROM articles WHERE normalized_url = $1', [
          normalizedUrl,
        ]);
        if (holder.rows[0] && holder.rows[0].id !== id) return null;
      }
      await this.db.query(
        `UPDATE articles SET title = $2, url = $3, normalized_url = $4, source = $5, published = $6, origin = $7,
           raw_text = $8, body_text = $9, parsed_json = $10 WHERE id = $1`,
        [
          id,
          parsed.title,
          parsed.url,
          normalizedUrl,
          parsed.source,
          parsed.published,
          input.origin,
          input.raw,
          parsed.paragraphs.join('\n\n'),
          JSON.stringify(parsed),
        ],
      );
      await this.db.query('DELETE FROM sentences WHERE article_id = $1', [id]);
      await this.insertSentences(id, parsed.sentences);
      return {
        ...current,
        title: parsed.title,
        url: parsed.url,
        source: parsed.source,
        published: parsed.published,
        parsed,
      };
    });
  }

  private async freeId(hash: string): Promise<string> {
    for (let len = SHORT_ID_LENGTH; len < hash.length; len += 2) {
      const candidate = hash.slice(0, len);
      const { rows } = await this.db.query('SELECT content_hash FROM articles WHERE id = $1', [candidate]);
      if (rows.length === 0 || rows[0]!.content_hash === hash) return candidate;
    }
    return hash;
  }

  private toArticle(row: unknown): StoredArticle | null {
    const result = articleFromRow(row);
    if (result.ok) return result.article;
    this.logger.warn(
      { articleId: result.id, problem: result.problem },
      'skipping a stored article that fails validation',
    );
    return null;
  }

  private toArticles(rows: unknown[]): StoredArticle[] {
    return rows.map((r) => this.toArticle(r)).filter((a): a is StoredArticle => a !== null);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.db.query(`SELECT ${COLUMNS} FROM articles WHERE id = $1`, [
      id.trim().toLowerCase(),
    ]);
    return rows[0] === undefined ? null : this.toArticle(rows[0]);
  }

  async findArticles(ref: string, limit: number): Promise<StoredArticle[]> {
    const wanted = ref.trim();
    if (wanted === '' || limit <= 0) return [];
    const found = new Map<string, StoredArticle>();
    const add = (articles: StoredArticle[]) => {
      for (const a of articles) if (found.size < limit && !found.has(a.id)) found.set(a.id, a);
    };
    const lowered = wanted.toLowerCase();
    if (/^[0-9a-f]+$/.test(lowered)) {
      const exact = await this.getArticle(lowered);
      if (exact) add([exact]);
      const { rows } = await this.db.query(
        `SELECT ${COLUMNS} FROM articles WHERE left(id, length($1)) = $1
         ORDER BY published DESC NULLS LAST, ingested_at DESC LIMIT $2`,
        [lowered, limit],
      );
      add(this.toArticles(rows));
    }
    const query = tsquery(wanted, ' & ');
    if (found.size < limit && query) {
      const { rows } = await this.db.query(
        `SELECT ${COLUMNS} FROM articles, to_tsquery('english', $1) q WHERE title_search @@ q
         ORDER BY ts_rank(title_search, q) DESC, id LIMIT $2`,
        [query, limit],
      );
      add(this.toArticles(rows));
    }
    return [...found.values()];
  }

  async latest(limit: number): Promise<StoredArticle[]> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM articles ORDER BY published DESC NULLS LAST, ingested_at DESC LIMIT $1`,
      [limit],
    );
    return this.toArticles(rows);
  }

  async ingestedBetween(since: Date | null, until: Date, limit: number): Promise<StoredArticle[]> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM articles WHERE ingested_at > $1 AND ingested_at <= $2 ORDER BY ingested_at, id LIMIT $3`,
      [since?.toISOString() ?? '', until.toISOString(), limit],
    );
    return this.toArticles(rows);
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return rows[0]!.n;
  }

  async search(query: string, limit: number, match: 'any' | 'all' = 'any'): Promise<ArticleHit[]> {
    const expression = tsquery(query, match === 'all' ? ' & ' : ' | ');
    if (!expression || limit <= 0) return [];
    const { rows } = await this.db.query<{ rank: number }>(
      `SELECT ${COLUMNS}, ts_rank(search, q)::float8 AS rank FROM articles, to_tsquery('english', $1) q
       WHERE search @@ q ORDER BY rank DESC, id LIMIT $2`,
      [expression, limit],
    );
    const hits: ArticleHit[] = [];
    for (const row of rows) {
      const article = this.toArticle(row);
      if (article) hits.push({ article, score: row.rank });
    }
    return hits;
  }

  async searchSentences(query: string, limit: number, articleId?: string): Promise<SentenceHit[]> {
    const expression = tsquery(query, ' | ');
    if (!expression || limit <= 0) return [];
    // Negated rank: lower is better, as the SQLite store's BM25 reports it.
    const { rows } = await this.db.query(
      `SELECT article_id, sentence, text, (-ts_rank(search, q))::float8 AS rank
       FROM sentences, to_tsquery('english', $1) q
       WHERE search @@ q AND ($2::text IS NULL OR article_id = $2) ORDER BY rank, article_id, sentence LIMIT $3`,
      [expression, articleId ?? null, limit],
    );
    return rows.map((row) => {
      const r = SentenceHitRowSchema.parse(row);
      return { articleId: r.article_id, sentence: r.sentence, text: r.text, rank: r.rank };
    });
  }

  async setChannelArticle(channelKey: string, articleId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO channel_articles (channel_key, article_id, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (channel_key) DO UPDATE SET article_id = excluded.article_id, updated_at = excluded.updated_at`,
      [channelKey, articleId, this.now().toISOString()],
    );
  }

  async getChannelArticle(channelKey: string): Promise<string | null> {
    const { rows } = await this.db.query('SELECT article_id FROM channel_articles WHERE channel_key = $1', [
      channelKey,
    ]);
    return rows[0] === undefined ? null : ChannelArticleRowSchema.parse(rows[0]).article_id;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

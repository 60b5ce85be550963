import type { ArticleInput } from '../src/engine/schema.js';

/**
 * A benchmark section: a name and a function from the shared corpus to a table. `npm run bench`
 * runs every section in `sections.ts` in order; adding one (question latency, store search)
 * means writing a module like `throughput.ts` and listing it there.
 */
export interface BenchContext {
  /** News articles to run, repeated to the requested volume. */
  articles: ArticleInput[];
  /** Total UTF-8 bytes of `articles`' texts. */
  bytes: number;
  /** Where progress notes go (stderr), keeping stdout for the tables. */
  note: (line: string) => void;
}

export interface BenchTable {
  columns: string[];
  rows: string[][];
  /** A sentence under the table: what the numbers mean or how two rows compare. */
  footnote?: string;
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<BenchTable> | BenchTable;
}

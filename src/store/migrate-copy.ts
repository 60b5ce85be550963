import type { MigrationEnd } from './migrate-ends.js';
import { COPIED_TABLES, type CopiedTable, DERIVED_COLUMNS, NOT_COPIED_TABLES } from './migrate-tables.js';

export class MigrationRefused extends Error {
  readonly code = 'MIGRATION_REFUSED';
}

export interface CopyProgress {
  table: string;
  /** Rows of this table read so far, and how many it has. */
  done: number;
  total: number;
}

export interface TableOutcome {
  table: string;
  /** Rows in the source. */
  source: number;
  /** Rows this run added to the target; the rest were there already (a resumed copy). */
  added: number;
  /** Rows in the target afterwards. */
  target: number;
}

export interface CopyOptions {
  /** Rows read and written per transaction. */
  batchSize?: number;
  /**
   * Continue into a target that already holds rows (an interrupted copy from the same source):
   * rows whose key the target has are kept as they are, the others added.
   */
  resume?: boolean;
  onProgress?: (progress: CopyProgress) => void;
  now?: () => Date;
}

export const DEFAULT_BATCH_SIZE = 200;

interface PlannedTable {
  table: CopiedTable;
  columns: string[];
}

/**
 * The columns copied for each table, after checking that the two stores agree on them. A table or
 * column that only one side has, and that is not a known derived one, stops the copy before any
 * row moves: copying the rest would lose it without a word.
 */
async function plan(from: MigrationEnd, to: MigrationEnd): Promise<PlannedTable[]> {
  const known = new Set(COPIED_TABLES.map((t) => t.name));
  for (const end of [from, to]) {
    const unknown = (await end.tableNames()).filter(
      (name) => !known.has(name) && !NOT_COPIED_TABLES[end.kind].some((pattern) => pattern.test(name)),
    );
    if (unknown.length > 0)
      throw new MigrationRefused(
        `the ${end === from ? 'source' : 'target'} has tables this copy does not know (${unknown.join(', ')}); ` +
          'upgrade Herald, or add them to src/store/migrate-tables.ts',
      );
  }
  const planned: PlannedTable[] = [];
  for (const table of COPIED_TABLES) {
    const derived = DERIVED_COLUMNS[table.name] ?? [];
    const source = [...(await from.columns(table.name)).keys()].filter((c) => !derived.includes(c));
    const target = [...(await to.columns(table.name)).keys()].filter((c) => !derived.includes(c));
    const onlySource = source.filter((c) => !target.includes(c));
    const onlyTarget = target.filter((c) => !source.includes(c));
    if (source.length === 0 || onlySource.length > 0 || onlyTarget.length > 0)
      throw new MigrationRefused(
        `the two stores disagree on table ${table.name}` +
          (onlySource.length ? `: only the source has ${onlySource.join(', ')}` : '') +
          (onlyTarget.length ? `: only the target has ${onlyTarget.join(', ')}` : '') +
          (source.length === 0 ? ': the source lacks it' : ''),
      );
    planned.push({ table, columns: source });
  }
  return planned;
}

/**
 * A Herald running on either store keeps a lease alive (the SQLite owner lease, feed polls): rows
 * it writes during the copy could be missed or collide, so the copy waits until it is stopped. A
 * process that was killed leaves its lease to expire within a minute or so.
 */
async function refuseLiveProcesses(from: MigrationEnd, to: MigrationEnd, now: Date): Promise<void> {
  for (const [side, end] of [
    ['source', from],
    ['target', to],
  ] as const) {
    const live = await end.liveLeases(now);
    if (live.length === 0) continue;
    const named = live.map((l) => `${l.name} held by ${l.holder} until ${l.expiresAt}`).join('; ');
    throw new MigrationRefused(
      `a Herald process seems to be running on the ${side} (${named}); stop it first, or wait for a killed one's lease to expire`,
    );
  }
}

/** Tables the schema fills by itself (a counter row) say nothing about whether a store is in use. */
async function targetRows(to: MigrationEnd): Promise<number> {
  let rows = 0;
  for (const table of COPIED_TABLES) if (!table.replace) rows += await to.count(table.name);
  return rows;
}

/**
 * Copy every table of one Herald store into another, in batches, each batch one transaction on
 * the target. Re-running with `resume` adds only what is missing, so an interrupted copy can be
 * finished and a finished one re-run without doubling anything. Both stores stay open; the
 * caller closes them.
 */
export async function copyStore(
  from: MigrationEnd,
  to: MigrationEnd,
  opts: CopyOptions = {},
): Promise<TableOutcome[]> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const planned = await plan(from, to);
  await refuseLiveProcesses(from, to, (opts.now ?? (() => new Date()))());
  const already = await targetRows(to);
  if (already > 0 && !opts.resume)
    throw new MigrationRefused(
      `the target already holds ${already} rows; pass --resume to finish an interrupted copy from this ` +
        'same source (rows already there are kept, the rest added), or give an empty database',
    );
  const outcomes: TableOutcome[] = [];
  for (const { table, columns } of planned) {
    const total = await from.count(table.name);
    let added = 0;
    for (let offset = 0; offset < total; offset += batchSize) {
      const rows = await from.read(table, columns, batchSize, offset);
      added += await to.write(table, columns, rows);
      opts.onProgress?.({ table: table.name, done: Math.min(offset + rows.length, total), total });
      if (rows.length < batchSize) break;
    }
    if (total === 0) opts.onProgress?.({ table: table.name, done: 0, total: 0 });
    outcomes.push({ table: table.name, source: total, added, target: await to.count(table.name) });
  }
  await to.finish();
  return outcomes;
}

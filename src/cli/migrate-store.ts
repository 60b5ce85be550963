import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isPostgresUrl } from '../config/env.js';
import { copyStore, DEFAULT_BATCH_SIZE, MigrationRefused, type TableOutcome } from '../store/migrate-copy.js';
import { type MigrationEnd, openMigrationEnd } from '../store/migrate-ends.js';
import { describeStore } from '../store/open.js';
import { commandFlags } from './flags.js';

const USAGE = `Usage: herald migrate-store --from URL --to URL [--resume] [--batch N]

Copies everything Herald stores (articles with their parses, subscriptions, feeds, stories,
the outbox, the delivery log, digest schedules and runs) from one store to another, for example
  herald migrate-store --from file:./data/herald.db --to postgres://herald:PASSWORD@db:5432/herald
URLs are written as DATABASE_URL is: file:PATH or postgres://... Search indexes are rebuilt on the
target. Stop every Herald using either store first. The target must be empty, unless --resume:
then rows it already holds are kept and the rest added, to finish an interrupted copy from the
same source (re-running it adds nothing). Exit status 1 when a table ends with fewer rows on the
target than on the source.`;

const StoreUrl = z
  .string()
  .refine(
    (url) => /^file:.+/.test(url) || isPostgresUrl(url),
    'expected file:PATH (an SQLite file) or postgres://user:password@host:5432/database',
  );

const FlagsSchema = z.object({
  from: StoreUrl,
  to: StoreUrl,
  resume: z.boolean().default(false),
  batch: z.coerce.number().int().min(1).max(5_000).default(DEFAULT_BATCH_SIZE),
  help: z.boolean().default(false),
});

function where(url: string): string {
  const { kind, where } = describeStore({ DATABASE_URL: url });
  return `${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${where}`;
}

function summary(outcomes: readonly TableOutcome[]): string {
  const width = Math.max(...outcomes.map((o) => o.table.length));
  const header = `${'table'.padEnd(width)}  ${'source'.padStart(8)}  ${'added'.padStart(8)}  ${'target'.padStart(8)}`;
  const lines = outcomes.map(
    (o) =>
      `${o.table.padEnd(width)}  ${String(o.source).padStart(8)}  ${String(o.added).padStart(8)}  ${String(o.target).padStart(8)}`,
  );
  return [header, ...lines].join('\n');
}

/** `herald migrate-store --from URL --to URL` */
export async function runMigrateStore(args: string[]): Promise<number> {
  const flags = commandFlags(
    'migrate-store',
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      resume: { type: 'boolean' },
      batch: { type: 'string' },
    },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  const { from, to, resume, batch } = flags.values;
  if (flags.positionals.length > 0) {
    process.stderr.write(`herald migrate-store: unexpected ${flags.positionals.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  if (from === to) {
    process.stderr.write('herald migrate-store: --from and --to name the same store\n');
    return 2;
  }
  // Opening a missing SQLite file would create an empty one and "copy" nothing.
  if (from.startsWith('file:') && !existsSync(from.slice('file:'.length))) {
    process.stderr.write(`herald migrate-store: no SQLite file at ${from.slice('file:'.length)}\n`);
    return 2;
  }

  process.stderr.write(`copying ${where(from)}\n     to ${where(to)}\n`);
  const opened: MigrationEnd[] = [];
  try {
    const source = await openMigrationEnd(from);
    opened.push(source);
    const target = await openMigrationEnd(to);
    opened.push(target);
    const outcomes = await copyStore(source, target, {
      resume,
      batchSize: batch,
      onProgress: ({ table, done, total }) => process.stderr.write(`  ${table}: ${done}/${total}\n`),
    });
    process.stdout.write(`${summary(outcomes)}\n`);
    const short = outcomes.filter((o) => o.target < o.source);
    for (const o of short)
      process.stderr.write(
        `herald migrate-store: ${o.table} has ${o.source - o.target} fewer rows on the target than on the ` +
          'source (the target held other rows with the same keys or unique values)\n',
      );
    return short.length > 0 ? 1 : 0;
  } catch (err) {
    if (!(err instanceof MigrationRefused)) throw err;
    process.stderr.write(`herald migrate-store: ${err.message}\n`);
    return 2;
  } finally {
    for (const end of opened) await end.close();
  }
}

import { z } from 'zod';
import { barReporter, formatSummary, lineReporter } from '../ingest/progress.js';
import { type IngestSummary, ingestInputs } from '../ingest/service.js';
import { fetchOptionsFromConfig } from '../net/safe-fetch.js';
import { StrictDay } from '../sources/metadata.js';
import { openStore } from '../store/open.js';
import { loadCliConfig } from './config.js';
import { commandFlags } from './flags.js';

const USAGE = `Usage: herald ingest [--published YYYY-MM-DD] [--source NAME] PATH|URL...

Reads .txt, .md and .html files, folders of them (recursively) and http(s) URLs, parses each
article and stores it in DATABASE_URL. Prints one line per article (a progress bar on a terminal).
Exit status 1 when any input failed.`;

const FlagsSchema = z.object({
  published: StrictDay.optional(),
  source: z.string().min(1).optional(),
  help: z.boolean().default(false),
});

/** `herald ingest PATH|URL...` */
export async function runIngest(args: string[]): Promise<number> {
  const flags = commandFlags(
    'ingest',
    args,
    { published: { type: 'string' }, source: { type: 'string' } },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  if (flags.positionals.length === 0) {
    console.error(`herald ingest: give at least one file, folder or URL.\n\n${USAGE}`);
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 2;
  const store = await openStore(config);
  const reporter = process.stdout.isTTY
    ? barReporter(process.stdout)
    : lineReporter((line) => process.stdout.write(line));
  let summary: IngestSummary;
  try {
    summary = await ingestInputs(store, flags.positionals, {
      fetch: fetchOptionsFromConfig(config),
      summarySentences: config.HERALD_SUMMARY_SENTENCES,
      meta: {
        ...(flags.values.published ? { published: flags.values.published } : {}),
        ...(flags.values.source ? { source: flags.values.source } : {}),
      },
      reporter,
    });
  } finally {
    // The bar must be stopped before anything else is written, or the summary lands inside it.
    reporter.finish();
    await store.close();
  }
  process.stderr.write(`${formatSummary(summary)}\n`);
  return summary.error > 0 ? 1 : 0;
}

import { z } from 'zod';
import { parseArticle } from '../engine/pipeline.js';
import { readArticleFile } from '../sources/file.js';
import { articleInputOf, StrictDay } from '../sources/metadata.js';
import { expandPaths } from '../sources/walk.js';
import { commandFlags, writeLine } from './flags.js';
import { firstLine, optional, processJsonLines } from './jsonl.js';

const USAGE = `Usage: herald parse [--published YYYY-MM-DD] FILE...
       herald parse --jsonl [--published YYYY-MM-DD] < input.jsonl

Prints one JSON line per article: the parsed article (with "id" echoed in --jsonl mode).
--jsonl reads lines {"id", "text", "title"?, "url"?, "source"?, "published"?: "YYYY-MM-DD"} on stdin.
A bad input prints {"id"|"file", "error"} and the batch goes on; exit status 1 when any failed.
--published is the default publication date for inputs that don't carry one.`;

const FlagsSchema = z.object({
  published: StrictDay.optional(),
  jsonl: z.boolean().default(false),
  help: z.boolean().default(false),
});

export const JsonlInputSchema = z.object({
  id: z.string().min(1, 'id is empty'),
  text: z.string().refine((t) => t.trim() !== '', 'text is empty'),
  title: optional(z.string()),
  url: optional(z.string()),
  source: optional(z.string()),
  published: optional(StrictDay),
});

/** One JSON line per stdin line, in order; returns how many failed. */
function parseJsonLines(defaultPublished: string | undefined): Promise<number> {
  return processJsonLines('parse', JsonlInputSchema, (row) => ({
    id: row.id,
    ...parseArticle(articleInputOf({ ...row, published: row.published ?? defaultPublished })),
  }));
}

/** One JSON line per file (folders expanded); returns how many failed. */
async function parseFiles(paths: string[], published: string | undefined): Promise<number> {
  let failed = 0;
  const fail = async (file: string, message: string) => {
    failed++;
    process.stderr.write(`herald parse: ${message}\n`);
    await writeLine(process.stdout, JSON.stringify({ file, error: message }));
  };
  // Input by input, so output lines follow the order of the arguments.
  for (const input of paths) {
    const { files, errors } = expandPaths([input]);
    for (const error of errors) await fail(error.input, error.message);
    for (const file of files) {
      try {
        const doc = readArticleFile(file, published ? { meta: { published } } : {});
        await writeLine(process.stdout, JSON.stringify(parseArticle(articleInputOf(doc))));
      } catch (err) {
        const message = firstLine(err);
        await fail(file, message.startsWith(file) ? message : `${file}: ${message}`);
      }
    }
  }
  return failed;
}

/** `herald parse FILE...` and `herald parse --jsonl`. */
export async function runParse(args: string[]): Promise<number> {
  const flags = commandFlags(
    'parse',
    args,
    { published: { type: 'string' }, jsonl: { type: 'boolean' } },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  const { values, positionals } = flags;
  if (values.jsonl === positionals.length > 0) {
    console.error(`herald parse: give either files or --jsonl (with input on stdin).\n\n${USAGE}`);
    return 2;
  }
  const failed = values.jsonl
    ? await parseJsonLines(values.published)
    : await parseFiles(positionals, values.published);
  return failed > 0 ? 1 : 0;
}

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { FEED_ACCEPT } from '../feeds/poller.js';
import type { FeedPreview } from '../bot/feed-preview.js';
import { previewLines, previewOf } from '../feeds/preview.js';
import { parseFeedDocument } from '../feeds/parse.js';
import { fetchOptionsFromConfig, type SafeFetchOptions, safeFetch } from '../net/safe-fetch.js';
import { loadCliConfig } from './config.js';
import { commandFlags, writeLine } from './flags.js';
import { firstLine, optional, processJsonLines } from './jsonl.js';

const USAGE = `Usage: herald feed URL|FILE...
       herald feed --jsonl < input.jsonl

Shows what Herald would read from a feed: its format, title and each item's title, link, date
and first words. URLs go through the same safe fetch as subscriptions.
--jsonl reads lines {"id", "path" | "url", "contentType"?} on stdin and prints one line each:
{"id", "format", "title", "items": [{"title", "link", "guid", "published", "summary"}]}, or
{"id", "error"} for a bad line or an unreadable feed; the batch goes on. Exit status 1 when any failed.`;

const FlagsSchema = z.object({
  jsonl: z.boolean().default(false),
  help: z.boolean().default(false),
});

const JsonlInputSchema = z
  .object({
    id: z.union([z.string().min(1, 'id is empty'), z.number()]).transform(String),
    path: optional(z.string().min(1)),
    url: optional(z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' })),
    contentType: optional(z.string()),
  })
  .refine(
    (row) => (row.path === undefined) !== (row.url === undefined),
    'give exactly one of "path" or "url"',
  );

/** A local feed file is read up to this size, like a fetched one is capped: no feed is larger. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

function readCapped(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES)
      throw new Error(`${path} is ${size} bytes, over the ${MAX_FILE_BYTES}-byte cap`);
    const body = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, body, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return body.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Fetch options are read from the environment only when a URL needs them (files need none). */
function lazyFetchOptions(): () => SafeFetchOptions {
  let options: SafeFetchOptions | null = null;
  return () => {
    if (!options) {
      const config = loadCliConfig();
      if (!config) throw new Error('the configuration is invalid (see above), so URLs cannot be fetched');
      options = fetchOptionsFromConfig(config);
    }
    return options;
  };
}

async function previewSource(
  source: { path: string } | { url: string },
  contentType: string | null,
  fetchOptions: () => SafeFetchOptions,
): Promise<FeedPreview> {
  if ('path' in source) return previewOf(parseFeedDocument(readCapped(source.path), contentType));
  const res = await safeFetch(source.url, { ...fetchOptions(), accept: FEED_ACCEPT });
  if (res.status < 200 || res.status >= 300) throw new Error(`the server answered HTTP ${res.status}`);
  const type =
    contentType ?? (typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null);
  return previewOf(parseFeedDocument(res.body, type, res.finalUrl));
}

function sourceOf(arg: string): { path: string } | { url: string } {
  return /^https?:\/\//i.test(arg) ? { url: arg } : { path: arg };
}

async function previewArgs(args: string[], fetchOptions: () => SafeFetchOptions): Promise<number> {
  let failed = 0;
  for (const [i, arg] of args.entries()) {
    if (i > 0) await writeLine(process.stdout, '');
    try {
      const preview = await previewSource(sourceOf(arg), null, fetchOptions);
      for (const line of previewLines(preview)) await writeLine(process.stdout, line);
    } catch (err) {
      failed++;
      process.stderr.write(`herald feed: ${arg}: ${firstLine(err)}\n`);
    }
  }
  return failed;
}

async function previewJsonLines(fetchOptions: () => SafeFetchOptions): Promise<number> {
  let unreadable = 0;
  const badLines = await processJsonLines('feed', JsonlInputSchema, async (row) => {
    const source = row.path !== undefined ? { path: row.path } : { url: row.url ?? '' };
    try {
      const preview = await previewSource(source, row.contentType ?? null, fetchOptions);
      return {
        id: row.id,
        format: preview.format,
        title: preview.title,
        items: preview.items.map(({ title, link, guid, published, summary }) => ({
          title,
          link,
          guid,
          published,
          summary,
        })),
      };
    } catch (err) {
      // An unreadable feed is this line's error; the batch goes on.
      unreadable++;
      process.stderr.write(`herald feed: ${row.id}: ${firstLine(err)}\n`);
      return { id: row.id, error: firstLine(err) };
    }
  });
  return badLines + unreadable;
}

/** `herald feed URL|FILE...` and `herald feed --jsonl`. */
export async function runFeed(args: string[]): Promise<number> {
  const flags = commandFlags('feed', args, { jsonl: { type: 'boolean' } }, FlagsSchema, USAGE);
  if ('exitCode' in flags) return flags.exitCode;
  const { values, positionals } = flags;
  if (values.jsonl === positionals.length > 0) {
    console.error(
      `herald feed: give either feed URLs or files, or --jsonl (with input on stdin).\n\n${USAGE}`,
    );
    return 2;
  }
  const fetchOptions = lazyFetchOptions();
  const failed = values.jsonl
    ? await previewJsonLines(fetchOptions)
    : await previewArgs(positionals, fetchOptions);
  return failed > 0 ? 1 : 0;
}

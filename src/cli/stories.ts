import { z } from 'zod';
import { databasePath } from '../config/env.js';
import { StoryGrouping } from '../alerts/stories.js';
import { parseArticle } from '../engine/pipeline.js';
import { articleInputOf, StrictDay } from '../sources/metadata.js';
import { SqliteAlertStore } from '../store/alert-sqlite.js';
import { SqliteArticleStore } from '../store/sqlite.js';
import { storyDocOf } from '../stories/doc.js';
import { DocumentFrequencies, shippedFrequencyPrior } from '../stories/frequencies.js';
import { StoryIndex } from '../stories/grouper.js';
import { loadCliConfig } from './config.js';
import { commandFlags } from './flags.js';
import { optional, processJsonLines } from './jsonl.js';

const USAGE = `Usage: herald stories --jsonl [--store] [--published YYYY-MM-DD] < input.jsonl

Groups articles into stories, in arrival order (the order of the lines). Reads lines
{"id", "text", "title"?, "url"?, "source"?, "published"?: "YYYY-MM-DD"} on stdin and prints
{"id", "story"} per line: story is the id of the article that started the story it joined.
Nothing is stored unless --store is given: then each article is stored in DATABASE_URL and
grouped with the stories already there (the last 48 hours), as the bot would.
A bad line prints {"id", "error"} and the batch goes on; exit status 1 when any failed.`;

const FlagsSchema = z.object({
  jsonl: z.boolean().default(false),
  store: z.boolean().default(false),
  published: StrictDay.optional(),
  help: z.boolean().default(false),
});

const InputSchema = z.object({
  id: z.string().min(1, 'id is empty'),
  text: z.string().refine((t) => t.trim() !== '', 'text is empty'),
  title: optional(z.string()),
  url: optional(z.string()),
  source: optional(z.string()),
  published: optional(StrictDay),
});
type Input = z.output<typeof InputSchema>;

/** Groups in memory: no window, as an archive spans whatever time it spans; dates still keep events apart. */
function inMemory(): (row: Input, published: string | undefined) => string {
  const index = new StoryIndex(new DocumentFrequencies(shippedFrequencyPrior()));
  const seen = new Set<string>();
  let arrival = 0;
  return (row, published) => {
    if (seen.has(row.id)) throw new Error(`id ${row.id} was already given`);
    const parsed = parseArticle(articleInputOf({ ...row, published }));
    const { storyId } = index.assign(storyDocOf(row.id, parsed), arrival++);
    seen.add(row.id);
    return storyId;
  };
}

/** Stores each article and groups it through the alert store, as the bot does. */
function stored(
  articles: SqliteArticleStore,
): (row: Input, published: string | undefined) => Promise<string> {
  const grouping = new StoryGrouping(new SqliteAlertStore(articles.db));
  // Store ids are content hashes; a story started in this run is named by the input id that started it.
  const inputIdOf = new Map<string, string>();
  return async (row, published) => {
    const input = articleInputOf({ ...row, published });
    const { article } = await articles.upsertArticle({
      raw: row.text,
      parsed: parseArticle(input),
      origin: 'stories-cli',
    });
    if (!inputIdOf.has(article.id)) inputIdOf.set(article.id, row.id);
    const { storyId } = await grouping.assign(article, new Date());
    return inputIdOf.get(storyId) ?? storyId;
  };
}

/** `herald stories --jsonl [--store]` */
export async function runStories(args: string[]): Promise<number> {
  const flags = commandFlags(
    'stories',
    args,
    { jsonl: { type: 'boolean' }, store: { type: 'boolean' }, published: { type: 'string' } },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  if (!flags.values.jsonl || flags.positionals.length > 0) {
    console.error(`herald stories: give --jsonl, with the articles on stdin.\n\n${USAGE}`);
    return 2;
  }
  const published = flags.values.published;
  let articles: SqliteArticleStore | null = null;
  if (flags.values.store) {
    const config = loadCliConfig();
    if (!config) return 2;
    articles = new SqliteArticleStore(databasePath(config));
  }
  try {
    const group = articles ? stored(articles) : inMemory();
    const failed = await processJsonLines('stories', InputSchema, async (row) => ({
      id: row.id,
      story: await group(row, row.published ?? published),
    }));
    return failed > 0 ? 1 : 0;
  } finally {
    await articles?.close();
  }
}

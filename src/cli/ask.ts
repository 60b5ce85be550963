import { z } from 'zod';
import type { Config } from '../config/env.js';
import { parseArticle } from '../engine/pipeline.js';
import { answerQuestion, type QaAnswer } from '../qa/answer.js';
import { StrictDay } from '../sources/metadata.js';
import { openStore } from '../store/open.js';
import { SqliteArticleStore } from '../store/sqlite.js';
import type { ArticleStore } from '../store/store.js';
import { loadCliConfig } from './config.js';
import { commandFlags } from './flags.js';
import { optional, processJsonLines } from './jsonl.js';

const USAGE = `Usage: herald ask [--article ID] "QUESTION"
       herald ask --jsonl [--article ID] < questions.jsonl

Answers a question from the stored articles (DATABASE_URL): the article given with --article
(an id, id prefix or title words), else the best full-text match, newest first.
--jsonl reads lines {"id", "question", "text"?, "published"?: "YYYY-MM-DD"} on stdin. A line with
"text" is answered from that article alone, parsed on the spot; without it, from the store.
Prints {"id", "answer": string|null, "evidence": string|null, "confidence": number} per line;
a bad line prints {"id", "error"} and the batch goes on (exit status 1 when any failed).`;

const FlagsSchema = z.object({
  article: z.string().trim().min(1).optional(),
  jsonl: z.boolean().default(false),
  help: z.boolean().default(false),
});

const AskLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  question: z.string().trim().min(1, 'question is empty').max(1000),
  text: optional(z.string().refine((t) => t.trim() !== '', 'text is empty')),
  title: optional(z.string()),
  published: optional(StrictDay),
});

export interface AskOutput {
  id: string;
  answer: string | null;
  evidence: string | null;
  confidence: number;
}

function output(id: string, result: QaAnswer): AskOutput {
  return { id, answer: result.answer, evidence: result.evidence, confidence: result.confidence };
}

/** The stores a batch needs, opened only when a line needs them. */
class BatchStores {
  /** Undefined until a line needs it; null when it is invalid (its problems were printed once). */
  private config: Config | null | undefined;
  private configured: ArticleStore | null = null;
  private scratch: SqliteArticleStore | null = null;

  /** The configured store, for questions without their own text. */
  async store(): Promise<ArticleStore> {
    if (this.config === undefined) this.config = loadCliConfig();
    if (!this.config) throw new Error("Herald's configuration is invalid (the problems are listed above)");
    this.configured ??= await openStore(this.config);
    return this.configured;
  }

  /** An in-memory store holding articles given inline, so they go through the same retrieval. */
  inline(): SqliteArticleStore {
    this.scratch ??= new SqliteArticleStore(':memory:');
    return this.scratch;
  }

  async close(): Promise<void> {
    await this.configured?.close();
    await this.scratch?.close();
  }
}

async function scopeId(store: ArticleStore, ref: string | undefined): Promise<string | undefined> {
  if (!ref) return undefined;
  const found = (await store.findArticles(ref, 1))[0];
  if (!found) throw new Error(`no stored article matches "${ref}"`);
  return found.id;
}

async function answerLine(
  line: z.infer<typeof AskLineSchema>,
  stores: BatchStores,
  articleRef?: string,
): Promise<AskOutput> {
  if (line.text !== undefined) {
    const store = stores.inline();
    const parsed = parseArticle({
      text: line.text,
      ...(line.title ? { title: line.title } : {}),
      ...(line.published ? { published: line.published } : {}),
    });
    const { article } = await store.upsertArticle({ raw: line.text, parsed, origin: 'ask-jsonl' });
    return output(line.id, await answerQuestion(line.question, { store, articleId: article.id }));
  }
  const store = await stores.store();
  const articleId = await scopeId(store, articleRef);
  return output(line.id, await answerQuestion(line.question, { store, ...(articleId ? { articleId } : {}) }));
}

async function askJsonLines(articleRef: string | undefined): Promise<number> {
  const stores = new BatchStores();
  try {
    return await processJsonLines('ask', AskLineSchema, (row) => answerLine(row, stores, articleRef));
  } finally {
    await stores.close();
  }
}

function printAnswer(result: QaAnswer, title: string | null): void {
  const where = title ? ` in "${title}"` : '';
  if (result.answer === null) console.log(`I can't find that${where}.`);
  else console.log(result.answer);
  if (result.evidence) console.log(`> ${result.evidence}`);
  console.log(
    `(${result.status}, confidence ${result.confidence}${result.articleId ? `, article ${result.articleId}` : ''})`,
  );
}

/** `herald ask "question"` and `herald ask --jsonl`. */
export async function runAsk(args: string[]): Promise<number> {
  const flags = commandFlags(
    'ask',
    args,
    { article: { type: 'string' }, jsonl: { type: 'boolean' } },
    FlagsSchema,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  const { values, positionals } = flags;
  if (values.jsonl) {
    if (positionals.length > 0) {
      console.error(`herald ask: give either a question or --jsonl (with questions on stdin).\n\n${USAGE}`);
      return 2;
    }
    return (await askJsonLines(values.article)) > 0 ? 1 : 0;
  }
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error(`herald ask: give a question.\n\n${USAGE}`);
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 2;
  const store = await openStore(config);
  try {
    if ((await store.count()) === 0) {
      console.error('herald ask: the store is empty; add articles with `herald ingest PATH` first.');
      return 1;
    }
    const articleId = await scopeId(store, values.article);
    const result = await answerQuestion(question, { store, ...(articleId ? { articleId } : {}) });
    printAnswer(
      result,
      result.articleId ? ((await store.getArticle(result.articleId))?.title ?? null) : null,
    );
    return result.answer === null ? 1 : 0;
  } finally {
    await store.close();
  }
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleInput } from '../src/engine/schema.js';

/** One line of cnndm-dev.jsonl; only the article text is used here. */
const CorpusLineSchema = z.object({ id: z.string(), article: z.string().min(1) });

export async function readCorpus(file: string): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const row = CorpusLineSchema.safeParse(JSON.parse(line));
    if (!row.success) throw new Error(`${file} line ${lineNo}: ${z.prettifyError(row.error)}`);
    articles.push({ text: row.data.article });
  }
  return articles;
}

/** The corpus repeated whole until it holds at least `minBytes` of text, so short runs aren't noise. */
export function repeatToVolume(
  articles: readonly ArticleInput[],
  minBytes: number,
): { articles: ArticleInput[]; bytes: number } {
  const once = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  if (once === 0) return { articles: [], bytes: 0 };
  const copies = Math.max(1, Math.ceil(minBytes / once));
  return { articles: Array.from({ length: copies }, () => articles).flat(), bytes: once * copies };
}

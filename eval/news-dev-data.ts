import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The news-dev set: 40 CNN/DailyMail articles (lines of `cnndm-dev.jsonl`) annotated by hand with
 * people (aliases, role), direct quotes with speakers and questions. The gold files point at their
 * article by line number, so the article text is read from the JSONL file, never duplicated.
 */

export const NewsDevPersonSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** The role as the article writes it; null when the article gives the person none. */
  role: z.string().nullable(),
});
export type NewsDevPerson = z.infer<typeof NewsDevPersonSchema>;

export const NewsDevQuoteSchema = z.object({
  text: z.string().min(1),
  /** A gold person's name, an organisation, or a description ending in "(unnamed)". */
  speaker: z.string().min(1),
  basis: z.string(),
});
export type NewsDevQuote = z.infer<typeof NewsDevQuoteSchema>;

export const NewsDevQaSchema = z.object({
  q: z.string().min(1),
  a: z.array(z.string()),
  type: z.string(),
});

export const NewsDevGoldSchema = z.object({
  id: z.string(),
  line: z.number().int().positive(),
  people: z.array(NewsDevPersonSchema),
  quotes: z.array(NewsDevQuoteSchema),
  qa: z.array(NewsDevQaSchema),
});
export type NewsDevGold = z.infer<typeof NewsDevGoldSchema>;

const CnnDmLine = z.object({ id: z.string(), article: z.string() });

export interface NewsDevArticle {
  file: string;
  text: string;
  gold: NewsDevGold;
}

export const NEWS_DEV_NEEDS = ['news-dev', 'cnndm-dev.jsonl'];

/** Every annotated article with its raw text, in file order. */
export function loadNewsDev(evalDir: string): NewsDevArticle[] {
  const lines = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const dir = path.join(evalDir, 'news-dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = NewsDevGoldSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      const raw = lines[gold.line - 1];
      if (raw === undefined) throw new Error(`news-dev/${file}: line ${gold.line} is not in cnndm-dev.jsonl`);
      const article = CnnDmLine.parse(JSON.parse(raw));
      if (article.id !== gold.id)
        throw new Error(`news-dev/${file}: line ${gold.line} holds ${article.id}, not ${gold.id}`);
      return { file, text: article.article, gold };
    });
}

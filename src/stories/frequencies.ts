import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Document frequencies for IDF: how many articles use each term. Counted as articles arrive (the
 * store keeps them across restarts), on top of a prior from a news corpus (`shippedFrequencyPrior`),
 * so the first articles of a fresh store already know that "government" is common and "ferry" is
 * not.
 */
export interface FrequencyPrior {
  docs: number;
  df: ReadonlyMap<string, number>;
}

export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private seen = 0;

  constructor(private readonly prior: FrequencyPrior = { docs: 0, df: new Map() }) {}

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.seen++;
    for (const t of terms) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  /** Restores counts kept elsewhere (the store), without counting an article. */
  load(docs: number, counts: Iterable<[string, number]>): void {
    this.seen = docs;
    this.counts.clear();
    for (const [t, n] of counts) this.counts.set(t, n);
  }

  get docs(): number {
    return this.seen + this.prior.docs;
  }

  /** Smoothed IDF: a term nobody has used yet weighs as much as one seen once. */
  idf(term: string): number {
    const df = (this.counts.get(term) ?? 0) + (this.prior.df.get(term) ?? 0);
    return Math.log((this.docs + 1) / (df + 1)) + 1;
  }
}

/**
 * The shipped prior: how many of some 1,800 news articles (Reuters and US political news, the
 * training splits) use each term, terms used by two or more only. Written by
 * `npm run train stories` as `models/stories/frequencies.json`: counts, no text.
 */
export const STORY_FREQUENCIES_URL = new URL('../../models/stories/frequencies.json', import.meta.url);

export const FrequencyPriorFileSchema = z.object({
  docs: z.number().int().positive(),
  /** [term, articles using it], sorted by term. */
  df: z.array(z.tuple([z.string().min(1), z.number().int().positive()])),
});
export type FrequencyPriorFile = z.infer<typeof FrequencyPriorFileSchema>;

export const priorOf = (file: FrequencyPriorFile): FrequencyPrior => ({
  docs: file.docs,
  df: new Map(file.df),
});

let cached: FrequencyPrior | undefined;

/** The shipped prior, read once from beside the code (never the working directory). */
export function shippedFrequencyPrior(): FrequencyPrior {
  if (cached) return cached;
  const file = fileURLToPath(STORY_FREQUENCIES_URL);
  if (!existsSync(file))
    throw new Error(`story term frequencies missing: ${file} (rebuild them with npm run train stories)`);
  cached = priorOf(FrequencyPriorFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  return cached;
}

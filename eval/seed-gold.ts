import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../src/engine/pipeline.js';
import type { ParsedArticle } from '../src/engine/schema.js';

/** `seed.gold.json`: the hand-made gold for the seed article (see ../shared/eval/README.md). */
export const SeedGold = z.object({
  file: z.string(),
  published: z.string(),
  title: z.string(),
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), roles: z.array(z.string()) })),
  people_forbidden: z.array(z.string()),
  organizations: z.array(z.string()),
  places: z.array(z.string()),
  dates: z.array(z.object({ text: z.string(), value: z.string() })),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string() })),
  summary_must_not_contain: z.array(z.string()),
  qa: z.array(z.object({ q: z.string().min(1), a: z.array(z.string().min(1)).min(1), type: z.string() })),
});
export type SeedGold = z.infer<typeof SeedGold>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The gold, the seed article's raw text (from the project's seeds/) and its parse at the gold's publication date. */
export function loadSeed(evalDir: string): { gold: SeedGold; text: string; parsed: ParsedArticle } {
  const gold = SeedGold.parse(JSON.parse(readFileSync(path.join(evalDir, 'seed.gold.json'), 'utf8')));
  const text = readFileSync(path.join(repoRoot, gold.file), 'utf8');
  return { gold, text, parsed: parseArticle({ text, published: gold.published }) };
}

/** Case, quote-mark and spacing differences do not count when comparing with the gold. */
export const fold = (s: string) =>
  s.toLowerCase().replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();

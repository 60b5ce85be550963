import { z } from 'zod';
import type { ParseOptions } from '../engine/pipeline.js';
import { ArticleInputSchema, type ParsedArticle } from '../engine/schema.js';

/** What the pool sends a parsing worker: one article and the pipeline's options. */
export const ParseRequestSchema = z.object({
  id: z.number().int(),
  input: ArticleInputSchema,
  // Loose: the pipeline's options pass through whole, whatever options it grows.
  options: z.looseObject({ summarySentences: z.number().int().positive().optional() }),
});
export type ParseRequest = { id: number; input: z.infer<typeof ArticleInputSchema>; options: ParseOptions };

/** The answer: the parse, or why it failed. The parse is the pipeline's own typed output, passed by structured clone. */
export type ParseResponse =
  | { id: number; ok: true; parsed: ParsedArticle }
  | { id: number; ok: false; message: string };

export const ParseResponseEnvelope = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), parsed: z.object({ title: z.string() }).loose() }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);

import { z } from 'zod';

/**
 * The plain-data forms of the grouper's state, as the store keeps them: a story (its centroid,
 * names, signatures and dates) and the explanation of one article's match. Zod schemas, as stored
 * rows are a boundary.
 */

export const StoryStateSchema = z.object({
  id: z.string(),
  /** Summed term counts of its articles (pruned to the most frequent). */
  terms: z.array(z.tuple([z.string(), z.number()])),
  /** Name keys with their display form. */
  names: z.array(z.tuple([z.string(), z.string()])),
  /** Counts of its capitalised words and figures (optional: stories stored before it lack them). */
  properTerms: z.array(z.tuple([z.string(), z.number()])).optional(),
  /** MinHash signatures of some of its articles. */
  signatures: z.array(z.array(z.number().int().nonnegative())),
  firstDay: z.number().int().nullable(),
  lastDay: z.number().int().nullable(),
  size: z.number().int().positive(),
  /**
   * Headline and first-sentence term counts, figures, years and lead weekdays: what the pair scorer compares. Optional, as stories stored before they existed lack them.
   */
  titleTerms: z.array(z.tuple([z.string(), z.number()])).optional(),
  leadTerms: z.array(z.tuple([z.string(), z.number()])).optional(),
  numbers: z.array(z.string()).optional(),
  years: z.array(z.string()).optional(),
  /** The latest year its articles name as a time things happened (optional: older stories lack it). */
  latestYear: z.number().int().nullable().optional(),
  weekdays: z.array(z.string()).optional(),
  /** Days the texts carried: kept by stories stored before the scorer stopped reading them; ignored. */
  firstTextDay: z.number().int().nullable().optional(),
  lastTextDay: z.number().int().nullable().optional(),
  /** Milliseconds since the epoch when the story started (for leaving the window). */
  createdAt: z.number(),
});
export type StoryState = z.infer<typeof StoryStateSchema>;

export const StoryMatchSchema = z.object({
  storyId: z.string(),
  /** TF-IDF cosine with the story. */
  similarity: z.number(),
  /** Near-duplicate similarity with the story's closest article (0 when not measured). */
  copy: z.number(),
  /** Display forms of the names both mention. */
  sharedNames: z.array(z.string()),
  /** The scorer's probability that the article reports the story's event (1 + copy for a near-duplicate). */
  score: z.number(),
  nearDuplicate: z.boolean(),
});
export type StoryMatch = z.infer<typeof StoryMatchSchema>;

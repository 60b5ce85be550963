import { z } from 'zod';

/**
 * The parsed-article contract. Everything downstream (store, commands, answers, alerts,
 * `herald parse` output) reads this shape, so changes here are API changes: add fields,
 * don't repurpose them.
 */

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const Granularity = z.enum(['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'range']);
export type Granularity = z.infer<typeof Granularity>;

export const Gender = z.enum(['male', 'female']).nullable();
export type Gender = z.infer<typeof Gender>;

export const PersonSchema = z.object({
  /** Fullest form of the name used in the article ("Vandante Patel"). */
  name: z.string().min(1),
  /** Other forms the article uses for the same person ("Patel", "Mr. Patel"). */
  aliases: z.array(z.string()),
  /** Roles and titles as written ("US State Department Deputy Spokesman"). */
  roles: z.array(z.string()),
  /** Mentions of the person, aliases folded in. */
  mentions: z.number().int().nonnegative(),
  /** Gender cue from honorifics, pronouns or first name, when there is one. */
  gender: Gender.default(null),
  /** Index of the first sentence naming the person. */
  firstSentence: z.number().int().nonnegative().default(0),
});
export type Person = z.infer<typeof PersonSchema>;

export const NamedEntitySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  mentions: z.number().int().nonnegative(),
  firstSentence: z.number().int().nonnegative().default(0),
});
export type NamedEntity = z.infer<typeof NamedEntitySchema>;

export const DateMentionSchema = z.object({
  /** The temporal expression as written ("on Monday", "last month"). */
  text: z.string().min(1),
  /**
   * ISO value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or a range "START/END" of those.
   * Null when it can't be resolved (e.g. a relative date in an article with no publication date).
   */
  value: z.string().nullable(),
  granularity: Granularity,
  /** Index into `sentences`. */
  sentence: z.number().int().nonnegative(),
  /** A few words on what happened then. */
  event: z.string(),
  /** True for dates found only in photo captions. */
  caption: z.boolean().default(false),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const QuoteSchema = z.object({
  /** The quoted words, without the quote marks. */
  text: z.string().min(1),
  /**
   * Full name of the speaker (person or organisation); for a speaker the article never names, its
   * description as written ("a spokesperson", basis "description"); null when not resolved with confidence.
   */
  speaker: z.string().nullable(),
  /** The speaker's role in the article, when known. */
  role: z.string().nullable().default(null),
  /** Index into `sentences` of the sentence holding the quote's start. */
  sentence: z.number().int().nonnegative(),
  /** One of the article's few best quotes. */
  key: z.boolean(),
  /** A fragment quoted inside narration rather than a full clause. */
  partial: z.boolean().default(false),
  /** How the speaker was found: "said-X", "X-said", "pronoun", "nominal", "continuation", "description", ... */
  basis: z.string().nullable().default(null),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** A quote credited to a named person or organisation, not to a description ("a spokesperson") or no one. */
export function hasNamedSpeaker(quote: Quote): quote is Quote & { speaker: string } {
  return quote.speaker !== null && quote.basis !== 'description';
}

export const CaptionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable().default(null),
});
export type Caption = z.infer<typeof CaptionSchema>;

export const ParsedArticleSchema = z.object({
  title: z.string(),
  url: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  published: IsoDay.nullable().default(null),
  /**
   * True when no publication date was given and `published` was read from the article's own
   * dateline or byline ("Posted Mar 25, 2024"), so relative dates could still be resolved.
   */
  publishedInferred: z.boolean().default(false),
  /**
   * Set when the clean text was longer than the analysis cap: every paragraph and sentence is
   * kept, but people, dates, quotes and the summary come from the first `analysedChars` only.
   */
  truncated: z
    .object({
      analysedChars: z.number().int().nonnegative(),
      totalChars: z.number().int().nonnegative(),
      analysedSentences: z.number().int().nonnegative(),
    })
    .nullable()
    .default(null),
  /** Clean paragraphs of the body (captions, credits, bylines, prompts and repeats removed). */
  paragraphs: z.array(z.string()),
  sentences: z.array(z.string()),
  /** For each sentence, the index of its paragraph. */
  sentenceParagraph: z.array(z.number().int().nonnegative()),
  summary: z.array(z.string()),
  oneLine: z.string(),
  people: z.array(PersonSchema),
  organizations: z.array(NamedEntitySchema),
  places: z.array(NamedEntitySchema),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteSchema),
  captions: z.array(CaptionSchema),
  /** The place of the dateline the text opened with ("KELLPORT, N.D."), kept out of the body. */
  dateline: z.string().optional(),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;

/** What the pipeline is given: the text plus whatever metadata the source knows. */
export const ArticleInputSchema = z.object({
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  published: IsoDay.optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

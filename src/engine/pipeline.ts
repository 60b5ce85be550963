import { cleanArticle } from './clean.js';
import { extractDates } from './dates.js';
import { articleDate } from './dates/dateline.js';
import { datelinePlace } from './text/dateline-place.js';
import type { Doc } from './doc.js';
import { readEntities } from './entities.js';
import { extractQuotes } from './quotes.js';
import type { ArticleInput, ParsedArticle } from './schema.js';
import { segment } from './sentences.js';
import { summarize } from './summary.js';

export interface ParseOptions {
  /** Sentences in the extractive summary (2-3 reads best in chat). */
  summarySentences?: number;
  /**
   * Most characters of clean text the extraction stages read (default DEFAULT_MAX_ANALYSED_CHARS).
   * Past it the text is still cleaned, split and kept, but not analysed: one enormous article must
   * not hold the bot for minutes, and no real news story comes near the default.
   */
  maxAnalysedChars?: number;
}

/** 200 KB of clean text: about ten times the longest long-read, so only hostile or broken input is cut. */
export const DEFAULT_MAX_ANALYSED_CHARS = 200_000;

/**
 * The leading part of a document that fits in `limit` characters of sentences, as a document of its
 * own: whole sentences only, and a paragraph cut short is rebuilt from the sentences kept, so the
 * stages that read paragraphs see the same text as those that read sentences. Null when all fits.
 */
export function analysedPart(doc: Doc, limit: number): { doc: Doc; chars: number; total: number } | null {
  let total = 0;
  for (const s of doc.sentences) total += s.length;
  if (total <= limit) return null;
  let kept = 0;
  let chars = 0;
  while (kept < doc.sentences.length && chars + doc.sentences[kept]!.length <= limit) {
    chars += doc.sentences[kept]!.length;
    kept++;
  }
  const sentences = doc.sentences.slice(0, kept);
  const sentenceParagraph = doc.sentenceParagraph.slice(0, kept);
  const lastParagraph = kept > 0 ? sentenceParagraph[kept - 1]! : -1;
  const paragraphs = doc.paragraphs.slice(0, lastParagraph + 1);
  const cutShort = kept < doc.sentences.length && doc.sentenceParagraph[kept] === lastParagraph;
  if (cutShort && lastParagraph >= 0) {
    paragraphs[lastParagraph] = sentences.filter((_, i) => sentenceParagraph[i] === lastParagraph).join(' ');
  }
  return { doc: { ...doc, sentences, sentenceParagraph, paragraphs }, chars, total };
}

/**
 * Raw text cleaned and split into the document every stage reads. Exported so the evaluation can
 * time or score one stage on exactly what the pipeline would give it. A title of '' (not absent)
 * says the text has none, so its first line is body text.
 */
export function prepareDoc(input: Pick<ArticleInput, 'text' | 'title' | 'published'>): Doc {
  const cleaned = cleanArticle(input.text, input.title);
  const { sentences, sentenceParagraph } = segment(cleaned.paragraphs, cleaned.splits);
  return {
    title: cleaned.title,
    published: input.published ?? null,
    paragraphs: cleaned.paragraphs,
    sentences,
    sentenceParagraph,
    captions: cleaned.captions,
  };
}

/** Raw text in, structured facts out: clean, split, then extract. Pure and platform-free. */
export function parseArticle(input: ArticleInput, opts: ParseOptions = {}): ParsedArticle {
  // With no publication date given, the article's own dateline or byline date stands in for it,
  // so "yesterday" and "on Monday" still resolve; the result says it was inferred.
  const inferred = input.published === undefined ? articleDate(input.text) : null;
  const doc = prepareDoc(inferred === null ? input : { ...input, published: inferred });
  const { sentences, sentenceParagraph } = doc;
  const part = analysedPart(doc, opts.maxAnalysedChars ?? DEFAULT_MAX_ANALYSED_CHARS);
  // The analysed part is a prefix of the document, so every sentence index a stage returns is
  // also an index into the full `sentences`.
  const analysed = part?.doc ?? doc;
  // The quote stage takes its speaker candidates from the entity stage's mentions: one name finder.
  const reading = readEntities(analysed);
  const { entities } = reading;
  const dates = extractDates(analysed);
  const quotes = extractQuotes(analysed, reading);
  const { summary, oneLine } = summarize(analysed, { sentences: opts.summarySentences ?? 3 });
  // Built field by field against the `ParsedArticle` type rather than run through
  // `ParsedArticleSchema.parse`: every stage already returns complete, typed objects, and
  // validating each article's arrays again cost ~4% of the pipeline. Stored rows are still
  // validated when read back (store/rows.ts), and the tests check the schema holds.
  const article: ParsedArticle = {
    title: doc.title,
    url: input.url ?? null,
    source: input.source ?? null,
    published: doc.published,
    publishedInferred: inferred !== null,
    truncated: part
      ? { analysedChars: part.chars, totalChars: part.total, analysedSentences: part.doc.sentences.length }
      : null,
    paragraphs: doc.paragraphs,
    sentences,
    sentenceParagraph,
    summary,
    oneLine,
    ...entities,
    dates,
    quotes,
    captions: doc.captions,
  };
  const dateline = datelinePlace(input.text);
  if (dateline) article.dateline = dateline;
  return article;
}

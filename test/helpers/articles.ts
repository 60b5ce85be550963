import { type ParsedArticle, ParsedArticleSchema } from '../../src/engine/schema.js';
import type { ArticleStore, StoredArticle } from '../../src/store/store.js';

export interface ArticleSpec {
  title: string;
  text: string;
  url?: string;
  source?: string;
  published?: string;
  people?: string[];
  places?: string[];
  organizations?: string[];
}

/** A parsed article built by hand, so routing tests don't depend on the engine's judgement. */
export function parsedArticle(spec: ArticleSpec): ParsedArticle {
  const sentences = spec.text.split(/(?<=\.)\s+/);
  return ParsedArticleSchema.parse({
    title: spec.title,
    url: spec.url ?? null,
    source: spec.source ?? null,
    published: spec.published ?? '2024-05-17',
    paragraphs: [spec.text],
    sentences,
    sentenceParagraph: sentences.map(() => 0),
    summary: sentences.slice(0, 2),
    oneLine: sentences[0] ?? spec.title,
    people: (spec.people ?? []).map((name) => ({
      name,
      aliases: [name.split(' ').pop()!],
      roles: [],
      mentions: 2,
    })),
    organizations: (spec.organizations ?? []).map((name) => ({ name, mentions: 1 })),
    places: (spec.places ?? []).map((name) => ({ name, mentions: 1 })),
    dates: [],
    quotes: [],
    captions: [],
  });
}

/**
 * A parsed article holding only the given sentences (no entities, dates or quotes unless `extra`
 * gives them), for tests of a stage that reads the parse, such as answering.
 */
export function sentencesArticle(sentences: string[], extra: Partial<ParsedArticle> = {}): ParsedArticle {
  return ParsedArticleSchema.parse({
    title: 'Test',
    url: null,
    source: null,
    published: null,
    paragraphs: sentences,
    sentences,
    sentenceParagraph: sentences.map(() => 0),
    summary: [],
    oneLine: '',
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quotes: [],
    captions: [],
    ...extra,
  });
}

export async function storeArticle(store: ArticleStore, spec: ArticleSpec): Promise<StoredArticle> {
  return (
    await store.upsertArticle({
      raw: `${spec.title}\n\n${spec.text}`,
      parsed: parsedArticle(spec),
      origin: 'test',
    })
  ).article;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { ParsedArticleSchema } from '../src/engine/schema.js';

const seed = readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8');

const invented = [
  'Harbour Council votes to reopen ferry',
  '',
  'By . Jane Doe . PUBLISHED: 09:13 EST, 3 May 2013 | . UPDATED: 11:02 EST, 3 May 2013 .',
  '',
  'PORTSMOUTH (Reuters) — The Harbour Council voted on Tuesday to reopen the island ferry next spring.',
  '',
  '"We listened to every family on the island," council leader Maria Lopez said. She added that fares would stay frozen until 2026.',
  '',
  'The ferry operator, Solent Crossings Ltd, said it would hire 40 crew. Scroll down for video',
  '',
  'Passengers queue at the terminal last year. Photo: John Smith/Getty Images',
].join('\n');

describe('parseArticle output contract', () => {
  // The pipeline builds its result without re-validating it, so the schema must already hold exactly:
  // a parse that adds a default or strips a field would change the object.
  it('given the seed article, the result already satisfies ParsedArticleSchema with nothing added or removed', () => {
    const article = parseArticle({ text: seed, published: '2024-05-17' });
    expect(article.people.length).toBeGreaterThan(0);
    expect(article.dates.length).toBeGreaterThan(0);
    expect(ParsedArticleSchema.parse(article)).toStrictEqual(article);
  });

  it('given an invented article with a byline, dateline, quote and caption, the result satisfies the schema unchanged', () => {
    const article = parseArticle({ text: invented, url: 'https://example.com/ferry', source: 'Example' });
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(article.captions.length).toBeGreaterThan(0);
    expect(ParsedArticleSchema.parse(article)).toStrictEqual(article);
  });
});

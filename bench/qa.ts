import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/engine/pipeline.js';
import { hasNamedSpeaker, type ParsedArticle } from '../src/engine/schema.js';
import { answerQuestion } from '../src/qa/answer.js';
import { isStopWord, words } from '../src/qa/text.js';
import { gateOf } from '../src/store/sqlite-gate.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { BenchSection, BenchTable } from './section.js';

/**
 * Question latency over a store of at least 10,000 articles, the way the bot answers: a question
 * about the conversation's article, and a question with no article in scope (full-text search
 * across the store, then extraction from the best few articles). Each is compared with a named
 * baseline in the same run: the store's plain FTS5 top-sentence lookup, no extraction.
 *
 * The store is built from the corpus's distinct articles, each parsed once and inserted many
 * times with a varied URL and a varied closing paragraph (so each copy is its own article).
 */

const STORE_ARTICLES = 10_000;
const QUESTIONS = 1_000;
const WARMUP = 50;
const INSERT_BATCH = 500;

/** Questions an article can answer, written from its own parse the way a reader would ask. */
function questionsFor(parsed: ParsedArticle): string[] {
  const out: string[] = [];
  const person = parsed.people.find((p) => p.roles.length > 0);
  if (person) out.push(`who is ${person.name}?`);
  const quote = parsed.quotes.find(hasNamedSpeaker);
  if (quote) out.push(`what did ${quote.speaker} say?`);
  const date = parsed.dates.find((d) => !d.caption && d.event.split(' ').length >= 3);
  if (date) out.push(`when did ${date.event}?`);
  // A reader's question about the lead: a few of its content words after a question word.
  const lead = words(parsed.sentences[0] ?? '')
    .filter((w) => !isStopWord(w) && !/^\p{Lu}+$/u.test(w))
    .slice(0, 4)
    .join(' ');
  if (lead) out.push(`where did ${lead}?`, `why did ${lead}?`, `how many ${lead}?`);
  return out;
}

interface Latency {
  median: number;
  p99: number;
  mean: number;
  count: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Each question awaited on its own: the time until its answer is there, as a user waits for it. */
async function time(
  items: readonly { question: string; articleId: string }[],
  run: (q: string, id: string) => unknown,
): Promise<Latency> {
  for (const item of items.slice(0, WARMUP)) await run(item.question, item.articleId);
  const samples: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item.question, item.articleId);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    median: percentile(samples, 50),
    p99: percentile(samples, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    count: samples.length,
  };
}

function row(name: string, l: Latency): string[] {
  return [name, String(l.count), l.median.toFixed(2), l.p99.toFixed(2), l.mean.toFixed(2)];
}

export const qaSection: BenchSection = {
  name: 'qa',
  async run(ctx): Promise<BenchTable> {
    const distinct = [...new Map(ctx.articles.map((a) => [a.text, a])).values()].slice(0, 300);
    ctx.note(`qa: parsing ${distinct.length} distinct articles`);
    const parsed = distinct.map((a) => parseArticle({ ...a, published: a.published ?? '2024-05-17' }));
    const dir = mkdtempSync(path.join(tmpdir(), 'herald-bench-qa-'));
    const store = new SqliteArticleStore(path.join(dir, 'bench.db'), { logger: { warn: () => {} } });
    try {
      ctx.note(`qa: storing ${STORE_ARTICLES} articles`);
      const ids: string[] = [];
      const started = performance.now();
      for (let from = 0; from < STORE_ARTICLES; from += INSERT_BATCH) {
        await gateOf(store.db).transaction(async () => {
          for (let n = from; n < Math.min(STORE_ARTICLES, from + INSERT_BATCH); n++) {
            const base = parsed[n % parsed.length]!;
            const day = String((n % 28) + 1).padStart(2, '0');
            const copy: ParsedArticle = {
              ...base,
              url: `https://bench.example.org/${n}`,
              published: `2024-0${(n % 9) + 1}-${day}`,
              paragraphs: [...base.paragraphs, `Bench copy ${n}.`],
            };
            ids.push(
              (await store.upsertArticle({ raw: `bench ${n}`, parsed: copy, origin: 'bench' })).article.id,
            );
          }
        });
      }
      ctx.note(`qa: store built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // Questions cycle through stored copies, so answers read articles across the whole store.
      const items: Array<{ question: string; articleId: string }> = [];
      for (let i = 0; items.length < QUESTIONS; i++) {
        const n = (i * 7919) % STORE_ARTICLES;
        const id = ids[n];
        const base = parsed[n % parsed.length];
        if (!id || !base) continue;
        const questions = questionsFor(base);
        const question = questions[i % Math.max(1, questions.length)];
        if (question) items.push({ question, articleId: id });
      }
      // Each question's channel already discusses its article, as after an alert was posted there.
      for (const item of items) await store.setChannelArticle(`bench:${item.articleId}`, item.articleId);
      const scoped = await time(items, (question, articleId) =>
        answerQuestion(question, { store, channelKey: `bench:${articleId}` }),
      );
      const scopedBaseline = await time(
        items,
        async (question, articleId) => await store.searchSentences(question, 1, articleId),
      );
      const wide = await time(items, (question) => answerQuestion(question, { store }));
      const wideBaseline = await time(items, async (question) => await store.searchSentences(question, 1));
      return {
        columns: ['run', 'questions', 'median ms', 'p99 ms', 'mean ms'],
        rows: [
          row('herald answer, conversation article', scoped),
          row('baseline FTS top sentence, same article', scopedBaseline),
          row('herald answer, whole store', wide),
          row('baseline FTS top sentence, whole store', wideBaseline),
        ],
        footnote:
          `${await store.count()} articles stored (${parsed.length} distinct texts); target p99 < 20 ms in process. ` +
          `Median speed-up over the baseline: ${(scopedBaseline.median / Math.max(0.001, scoped.median)).toFixed(0)}x with ` +
          `an article in scope (the in-memory per-article index against an FTS query filtered to one article, ` +
          `which ranks every matching sentence in the store first), ${(wideBaseline.median / Math.max(0.001, wide.median)).toFixed(0)}x ` +
          'across the store (every-word article search against any-word sentence search).',
      };
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

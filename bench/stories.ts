import { StoryGrouping } from '../src/alerts/stories.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { SqliteAlertStore } from '../src/store/alert-sqlite.js';
import { gateOf } from '../src/store/sqlite-gate.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import type { StoredArticle } from '../src/store/store.js';
import { type StoryDoc, storyDocOf } from '../src/stories/doc.js';
import { DocumentFrequencies } from '../src/stories/frequencies.js';
import { cosine } from '../src/stories/grouper.js';
import type { StoryState } from '../src/stories/state.js';
import type { BenchSection, BenchTable } from './section.js';

/**
 * Story routing cost against the number of recent stories: articles routed per second through the
 * router's story grouping (inverted index, state kept in SQLite) with 1,000 and with 20,000 stories
 * in the window, beside a named baseline in the same run: comparing each article with every recent
 * story (what the router did before the index).
 *
 * The recent stories are built from the corpus's distinct articles: copy 0 of each is the article
 * itself, and every further copy is another event on the same subject (about half its terms and all
 * its names changed, its wording's MinHash changed), so the window holds many look-alike stories
 * as a busy news day does. The routed articles are the corpus articles again, arriving as new.
 */

const SIZES = [1_000, 20_000] as const;
const DISTINCT = 300;
const ROUTED = 300;
const WARMUP = 20;
/** The scan baseline compares with every story, so fewer articles keep its run short. */
const SCANNED = 40;
/** A story's centroid as kept: its most weighty terms. */
const STATE_TERMS = 150;

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Copy `copy` of a story: copy 0 is the article itself, the others look-alike events. */
function lookAlike(doc: StoryDoc, df: DocumentFrequencies, copy: number, createdAt: number): StoryState {
  const rename = (t: string) => (copy > 0 && hash(`${t}/${copy}`) % 2 === 0 ? `${t}~${copy}` : t);
  const terms = [...doc.terms]
    .sort((a, b) => b[1] * df.idf(b[0]) - a[1] * df.idf(a[0]))
    .slice(0, STATE_TERMS)
    .map(([t, n]): [string, number] => [rename(t), n]);
  const names = [...doc.names].map((k): [string, string] => [copy > 0 ? `${k}~${copy}` : k, k]);
  const sig = doc.shingles
    ? [...doc.shingles].map((v) => (copy > 0 ? (v ^ hash(`sig${copy}`)) >>> 0 : v))
    : null;
  return {
    id: `story-${copy}-${doc.id}`,
    terms,
    names,
    signatures: sig ? [sig] : [],
    firstDay: doc.day,
    lastDay: doc.day,
    size: 1,
    // What the pair scorer compares, renamed like the terms so look-alikes share only some of it.
    titleTerms: [...doc.titleTerms].map(([t, n]): [string, number] => [rename(t), n]),
    leadTerms: [...doc.leadTerms].map(([t, n]): [string, number] => [rename(t), n]),
    properTerms: [...doc.properTerms].map(([t, n]): [string, number] => [rename(t), n]),
    numbers: [...doc.details.numbers],
    years: [...doc.details.years],
    weekdays: [...doc.details.weekdays],
    firstTextDay: doc.details.textDay,
    lastTextDay: doc.details.textDay,
    createdAt,
  };
}

interface Timing {
  articles: number;
  msPerArticle: number;
}

async function timeEach<T>(items: readonly T[], run: (item: T) => unknown): Promise<Timing> {
  const started = performance.now();
  for (const item of items) await run(item);
  const ms = performance.now() - started;
  return { articles: items.length, msPerArticle: ms / Math.max(1, items.length) };
}

function row(name: string, t: Timing): string[] {
  return [
    name,
    String(t.articles),
    t.msPerArticle.toFixed(3),
    (1000 / Math.max(1e-6, t.msPerArticle)).toFixed(0),
  ];
}

export const storiesSection: BenchSection = {
  name: 'stories',
  async run(ctx): Promise<BenchTable> {
    const distinct = [...new Map(ctx.articles.map((a) => [a.text, a])).values()].slice(0, DISTINCT);
    ctx.note(`stories: parsing ${distinct.length} distinct articles`);
    const parsed = distinct.map((a) => parseArticle({ ...a, published: a.published ?? '2024-05-17' }));
    const docs = parsed.map((p, i) => storyDocOf(`a${i}`, p));
    const df = new DocumentFrequencies();
    for (const d of docs) df.add(d.terms.keys());
    const now = new Date('2024-05-17T12:00:00Z');
    const rows: string[][] = [];
    const perSize: number[] = [];
    for (const size of SIZES) {
      const articles = new SqliteArticleStore(':memory:', { logger: { warn: () => {} } });
      try {
        const alerts = new SqliteAlertStore(articles.db);
        const states: StoryState[] = [];
        // Spread over the last day, oldest first, as the window holds them.
        for (let n = 0; n < size; n++) {
          const doc = docs[n % docs.length]!;
          states.push(lookAlike(doc, df, Math.floor(n / docs.length), now.getTime() - 86_400_000 + n));
        }
        await gateOf(articles.db).transaction(async () => {
          for (const d of docs) await alerts.countStoryTerms([...d.terms.keys()]);
          for (const s of states) {
            await alerts.createStory({
              id: s.id,
              signature: [],
              firstArticleId: s.id,
              createdAt: new Date(s.createdAt).toISOString(),
              state: s,
            });
          }
        });
        ctx.note(`stories: ${size} recent stories stored`);
        const grouping = new StoryGrouping(alerts);
        const arrivals: StoredArticle[] = parsed.map((p, i) => ({
          id: `new-${size}-${i}`,
          title: p.title,
          url: null,
          source: null,
          published: p.published,
          ingestedAt: now.toISOString(),
          contentHash: `new-${size}-${i}`,
          parsed: p,
        }));
        // The first arrivals load the window from the store: a once-per-process cost, not timed.
        for (const a of arrivals.slice(0, WARMUP)) await grouping.assign(a, now);
        const routed = await timeEach(arrivals.slice(WARMUP, WARMUP + ROUTED), (a) =>
          grouping.assign(a, now),
        );
        perSize.push(routed.msPerArticle);
        rows.push(row(`herald index, ${size.toLocaleString('en')} recent stories`, routed));

        const weighted = states.map((s) => new Map(s.terms.map(([t, n]) => [t, Math.log1p(n) * df.idf(t)])));
        const scan = await timeEach(docs.slice(0, SCANNED), (d) => {
          const mine = new Map([...d.terms].map(([t, n]) => [t, Math.log1p(n) * df.idf(t)]));
          let best = 0;
          for (const w of weighted) best = Math.max(best, cosine(mine, w));
          return best;
        });
        rows.push(row(`baseline scan of every story, ${size.toLocaleString('en')}`, scan));
      } finally {
        await articles.close();
      }
    }
    const ratio = (perSize[1] ?? 0) / Math.max(1e-6, perSize[0] ?? 0);
    return {
      columns: ['run', 'articles', 'ms per article', 'articles/s'],
      rows,
      footnote:
        `Per-article routing time at ${SIZES[1].toLocaleString('en')} recent stories is ${ratio.toFixed(2)}x that at ` +
        `${SIZES[0].toLocaleString('en')} (target within 2x); includes the store writes each article makes. ` +
        `${docs.length} distinct corpus articles, the rest of the window made of look-alike events built from them.`,
    };
  },
};

import nlp from 'compromise';
import { parseArticle } from '../src/engine/pipeline.js';
import { measureThroughput, processMaxRssMb, type Throughput } from './measure.js';
import type { BenchSection } from './section.js';

/**
 * The full pipeline against a named baseline over the same texts: compromise's own
 * people/places/organizations pass, the cheapest "read an article for names" there is. The
 * ratio says what the rest of the pipeline (cleaning, dates, quotes, summary) costs on top.
 */
function compromiseNames(text: string): number {
  const doc = nlp(text);
  return (
    (doc.people().out('array') as string[]).length +
    (doc.places().out('array') as string[]).length +
    (doc.organizations().out('array') as string[]).length
  );
}

function row(name: string, t: Throughput): string[] {
  return [
    name,
    String(t.articles),
    (t.bytes / 1024 / 1024).toFixed(2),
    t.seconds.toFixed(2),
    t.kbPerSecond.toFixed(1),
    t.cpuSeconds.toFixed(2),
    t.kbPerCpuSecond.toFixed(1),
    t.articlesPerSecond.toFixed(1),
    t.peakRssMb.toFixed(0),
    t.rssGrowthMb.toFixed(0),
  ];
}

/**
 * Each side is timed twice over the same articles: a first pass from a cold start (ten articles of
 * warm-up, as a freshly started process meets its first hour of news) and a second, steady-state
 * pass once V8 has compiled the hot code (what a long-running bot sustains). Both sides get the
 * same treatment, so each ratio compares like with like.
 */
export const throughputSection: BenchSection = {
  name: 'throughput',
  run(ctx) {
    ctx.note(`throughput: ${ctx.articles.length} articles, ${(ctx.bytes / 1024 / 1024).toFixed(2)} MB`);
    const pipelineCold = measureThroughput(ctx.articles, (a) => parseArticle(a));
    const pipeline = measureThroughput(ctx.articles, (a) => parseArticle(a), 0);
    ctx.note(`throughput: herald pipeline done in ${(pipelineCold.seconds + pipeline.seconds).toFixed(1)} s`);
    const baselineCold = measureThroughput(ctx.articles, (a) => compromiseNames(a.text));
    const baseline = measureThroughput(ctx.articles, (a) => compromiseNames(a.text), 0);
    ctx.note(
      `throughput: compromise baseline done in ${(baselineCold.seconds + baseline.seconds).toFixed(1)} s`,
    );
    const ratios = (ours: Throughput, theirs: Throughput): string =>
      `${(ours.kbPerSecond / theirs.kbPerSecond).toFixed(2)}x the baseline's speed ` +
      `(${(ours.kbPerCpuSecond / theirs.kbPerCpuSecond).toFixed(2)}x by CPU time), ` +
      `${(ours.kbPerSecond / 1024).toFixed(2)} MB/s on one thread (${(ours.kbPerCpuSecond / 1024).toFixed(2)} MB per CPU second)`;
    return {
      columns: [
        'run',
        'articles',
        'MB',
        'seconds',
        'KB/s',
        'CPU s',
        'KB/s CPU',
        'articles/s',
        'peak RSS MB',
        'RSS growth MB',
      ],
      rows: [
        row('herald pipeline, steady state', pipeline),
        row('compromise people/places/orgs, steady state', baseline),
        row('herald pipeline, first pass', pipelineCold),
        row('compromise people/places/orgs, first pass', baselineCold),
      ],
      footnote:
        `Steady state: herald pipeline runs at ${ratios(pipeline, baseline)}. ` +
        `First pass from a cold start: ${ratios(pipelineCold, baselineCold)}. ` +
        'CPU time counts every thread of the process (garbage collection and compilation run beside the parse). ' +
        `Process RSS high-water ${processMaxRssMb().toFixed(0)} MB (getrusage).`,
    };
  },
};

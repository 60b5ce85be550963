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

export const throughputSection: BenchSection = {
  name: 'throughput',
  run(ctx) {
    ctx.note(`throughput: ${ctx.articles.length} articles, ${(ctx.bytes / 1024 / 1024).toFixed(2)} MB`);
    const pipeline = measureThroughput(ctx.articles, (a) => parseArticle(a));
    ctx.note(`throughput: herald pipeline done in ${pipeline.seconds.toFixed(1)} s`);
    const baseline = measureThroughput(ctx.articles, (a) => compromiseNames(a.text));
    ctx.note(`throughput: compromise baseline done in ${baseline.seconds.toFixed(1)} s`);
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
      rows: [row('herald pipeline', pipeline), row('compromise people/places/orgs', baseline)],
      footnote:
        `herald pipeline runs at ${(pipeline.kbPerSecond / baseline.kbPerSecond).toFixed(2)}x the baseline's speed ` +
        `(${(pipeline.kbPerCpuSecond / baseline.kbPerCpuSecond).toFixed(2)}x by CPU time, ` +
        `${(pipeline.kbPerCpuSecond / 1024).toFixed(2)} MB per CPU second); ` +
        `process RSS high-water ${processMaxRssMb().toFixed(0)} MB (getrusage).`,
    };
  },
};

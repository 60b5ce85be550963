import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ArticleInput } from '../src/engine/schema.js';

/**
 * Timing and memory for one pass of a function over the corpus: a warm-up on a few articles
 * (JIT, lazy module state), a collection so each run starts from the same heap, then the
 * timed pass with RSS sampled after every article.
 */
export interface Throughput {
  articles: number;
  bytes: number;
  seconds: number;
  kbPerSecond: number;
  /**
   * CPU time the process spent in the pass (all its threads, so garbage collection counts), and
   * the speed by it: on a shared, loaded machine wall time says more about the neighbours than
   * about the code, while CPU time is what one core needs.
   */
  cpuSeconds: number;
  kbPerCpuSecond: number;
  articlesPerSecond: number;
  /** Highest resident set size seen during the timed pass. */
  peakRssMb: number;
  /** Peak minus the RSS at the start of the pass: what the run itself needed. */
  rssGrowthMb: number;
}

/** V8's gc() without requiring `node --expose-gc` on the command line. */
const collect: (() => void) | null = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

const MB = 1024 * 1024;

export function measureThroughput(
  articles: readonly ArticleInput[],
  work: (article: ArticleInput) => unknown,
  warmup = Math.min(10, articles.length),
): Throughput {
  for (const article of articles.slice(0, warmup)) work(article);
  collect?.();
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let bytes = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const article of articles) {
    work(article);
    bytes += Buffer.byteLength(article.text);
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    articles: articles.length,
    bytes,
    seconds,
    kbPerSecond: bytes / 1024 / seconds,
    cpuSeconds,
    kbPerCpuSecond: bytes / 1024 / cpuSeconds,
    articlesPerSecond: articles.length / seconds,
    peakRssMb: peakRss / MB,
    rssGrowthMb: (peakRss - startRss) / MB,
  };
}

/** The process's RSS high-water mark so far, in MB (getrusage maxrss is in KB). */
export function processMaxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

import { MultiBar, Presets } from 'cli-progress';
import { printable } from '../bot/text.js';
import type { IngestOutcome, IngestReporter, IngestSummary } from './service.js';

/** One line per outcome, aligned, for logs, pipes and the console bot. */
export function formatOutcome(outcome: IngestOutcome): string {
  if (outcome.status === 'error') return printable(`error      ${outcome.message}`);
  const { article } = outcome;
  // Titles come from the articles themselves; the line goes to a terminal.
  return printable(`${outcome.status.padEnd(10)} ${article.id}  ${article.title}  (${outcome.input})`);
}

export function formatSummary(s: IngestSummary): string {
  return `${s.new} new, ${s.duplicate} duplicate, ${s.error} failed`;
}

export interface ProgressReporter extends IngestReporter {
  finish(): void;
}

/** Plain lines, one per article. */
export function lineReporter(write: (line: string) => void): ProgressReporter {
  return { result: (o) => write(`${formatOutcome(o)}\n`), finish: () => {} };
}

/**
 * A progress bar for terminals. Failures are kept and printed under the finished bar, where
 * they stay readable instead of being redrawn over.
 */
export function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const multibar = new MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total} | {new} new, {duplicate} duplicate, {error} failed',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  const counts = { new: 0, duplicate: 0, error: 0 };
  const failures: string[] = [];
  let bar: ReturnType<MultiBar['create']> | null = null;
  let finished = false;
  return {
    start(total) {
      bar = multibar.create(total, 0, counts);
    },
    result(outcome) {
      counts[outcome.status]++;
      if (outcome.status === 'error') failures.push(formatOutcome(outcome));
      bar?.increment(1, counts);
    },
    finish() {
      if (finished) return;
      finished = true;
      multibar.stop();
      for (const line of failures) stream.write(`${line}\n`);
    },
  };
}

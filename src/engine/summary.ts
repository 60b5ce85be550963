import type { Doc } from './doc.js';

export interface SummaryOptions {
  sentences: number;
}

export function summarize(doc: Doc, opts: SummaryOptions): { summary: string[]; oneLine: string } {
  const summary = doc.sentences.slice(0, opts.sentences);
  return { summary, oneLine: summary[0] ?? doc.title };
}

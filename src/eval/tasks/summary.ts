import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { cleanArticle } from '../../engine/clean.js';
import type { Doc } from '../../engine/doc.js';
import { segment } from '../../engine/sentences.js';
import { summarize } from '../../engine/summary.js';
import { meanRouge, type RougeScores, rouge } from '../rouge.js';
import type { EvalRow, EvalTask } from '../task.js';

const CnnDmLine = z.object({ id: z.string(), article: z.string(), reference: z.string() });

const SUMMARY_SENTENCES = 3;

function toDoc(article: string): Doc {
  const cleaned = cleanArticle(article, '');
  const { sentences, sentenceParagraph } = segment(cleaned.paragraphs);
  return {
    title: cleaned.title,
    published: null,
    paragraphs: cleaned.paragraphs,
    sentences,
    sentenceParagraph,
    captions: cleaned.captions,
  };
}

/**
 * Herald's extractive summary against lead-3 (the first three sentences after the same cleaning)
 * on CNN/DailyMail articles. The articles carry no separate title, so none is given: the first
 * line is body text there. Passes when Herald beats lead-3 on ROUGE-1, ROUGE-2 and ROUGE-Lsum.
 */
export const task: EvalTask = {
  name: 'summary',
  needs: ['cnndm-dev.jsonl'],
  async run(evalDir) {
    const lines = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    const herald: RougeScores[] = [];
    const lead: RougeScores[] = [];
    for (const line of lines) {
      const item = CnnDmLine.parse(JSON.parse(line));
      const reference = item.reference
        .split(' . ')
        .map((s) => s.trim())
        .filter(Boolean);
      const doc = toDoc(item.article);
      herald.push(rouge(summarize(doc, { sentences: SUMMARY_SENTENCES }).summary, reference));
      lead.push(rouge(doc.sentences.slice(0, SUMMARY_SENTENCES), reference));
    }
    const h = meanRouge(herald);
    const l = meanRouge(lead);
    const row = (metric: string, key: keyof RougeScores): EvalRow => ({
      task: 'summary',
      metric: `${metric} (n=${lines.length})`,
      value: h[key].toFixed(2),
      target: `> lead-3 ${l[key].toFixed(2)}`,
      pass: h[key] > l[key],
    });
    return [row('ROUGE-1', 'rouge1'), row('ROUGE-2', 'rouge2'), row('ROUGE-Lsum', 'rougeLsum')];
  },
};

import { parseArticle } from '../src/engine/pipeline.js';
import type { ParsedArticle } from '../src/engine/schema.js';
import { type ArticleIndex, articleIndex } from '../src/qa/evidence.js';
import { loadSquad } from './qa-score.js';

/** One XQuAD question with its passage, parsed and indexed once for all of the passage's questions. */
export interface XquadQuestion {
  /** The Wikipedia article's index: cross-validation folds split by it. */
  doc: number;
  parsed: ParsedArticle;
  index: ArticleIndex;
  question: string;
  golds: string[];
}

/** Every question of an XQuAD (SQuAD v1.1) file, in file order: the walk the answer scorer's trainer and its error report share. */
export function xquadQuestions(file: string): XquadQuestion[] {
  const out: XquadQuestion[] = [];
  loadSquad(file).data.forEach((doc, d) => {
    doc.paragraphs.forEach((paragraph, p) => {
      const parsed = parseArticle({ text: paragraph.context });
      const index = articleIndex(`xquad:${d}:${p}`, parsed);
      for (const qa of paragraph.qas) {
        out.push({ doc: d, parsed, index, question: qa.question, golds: qa.answers.map((a) => a.text) });
      }
    });
  });
  return out;
}

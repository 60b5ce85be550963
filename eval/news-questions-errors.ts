/**
 * `node --import tsx eval/news-questions-errors.ts <from> <to> [--all] [--file <jsonl>]`: asks Herald
 * the news training questions (tools/train/data/news-questions.jsonl, or another file of the same
 * shape) on PolNeAR TRAIN articles <from>..<to>, the way news-dev-qa asks its own (the article text
 * alone is the scope, judged by eval/qa-score.ts), and prints each wrong reply with the gold, the
 * evidence sentence and how the question was read, then the score by question type. `--all`
 * prints the right replies too. For finding error classes on training text: news-dev stays dev.
 * Article text is read from $HERALD_TRAIN_DIR at run time; nothing of the corpus is stored here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/qa/answer.js';
import { parseQuestion } from '../src/qa/question.js';
import { storeArticleTexts } from '../tools/train/news-out-of-fold.js';
import { articleTexts, loadNewsQuestions, NEWS_QUESTIONS_FILE } from '../tools/train/news-questions.js';
import { judgeNewsDev } from './qa-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(here, '../../shared/train');
const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const fileArg = fileAt >= 0 ? args[fileAt + 1] : undefined;
const file = fileArg ? path.resolve(fileArg) : NEWS_QUESTIONS_FILE;
const [from, to] = args.filter((a, i) => !a.startsWith('--') && (fileAt < 0 || i !== fileAt + 1)).map(Number);
const showRight = args.includes('--all');

const questions = loadNewsQuestions(file).filter(
  (q) => q.article >= (from ?? 0) && q.article <= (to ?? Number.MAX_SAFE_INTEGER),
);
const { store, ids } = await storeArticleTexts(articleTexts(trainDir, questions));

const byType = new Map<string, { right: number; total: number }>();
for (const q of questions) {
  const reply = await answerQuestion(q.question, { store, articleId: ids.get(q.article) });
  // An unanswerable question is right when Herald claims no answer, as news-dev-qa scores it.
  const golds = q.type === 'unknown' ? ['unknown'] : q.answers;
  const { right } = judgeNewsDev(golds, reply.answer, reply.evidence, reply.status === 'answered');
  const tally = byType.get(q.type) ?? { right: 0, total: 0 };
  tally.total++;
  if (right) tally.right++;
  byType.set(q.type, tally);
  if (right && !showRight) continue;
  const read = parseQuestion(q.question);
  const kind = `${read.type}/${read.wh}${read.askedNoun ? `:${read.askedNoun}` : ''}`;
  console.log(`${right ? 'OK ' : 'BAD'} [${q.article}] ${q.type} ${JSON.stringify(q.question)} read=${kind}`);
  console.log(`    gold=${JSON.stringify(q.answers)} got=${JSON.stringify(reply.answer)} (${reply.status})`);
  console.log(`    evidence=${JSON.stringify(reply.evidence)}`);
}
await store.close();

const all = [...byType.values()].reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), {
  right: 0,
  total: 0,
});
console.log(`right ${all.right}/${all.total}`);
for (const [type, t] of byType) console.log(`  ${type} ${t.right}/${t.total}`);

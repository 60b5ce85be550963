/**
 * `node --import tsx eval/store-wide-questions.ts <from> <to> [--budgets 24,Infinity] [--db <file>] [--diff]`:
 * puts every PolNeAR TRAIN article in one store and asks the news training questions
 * (tools/train/data/news-questions.jsonl) of articles <from>..<to> with NO article in scope, as
 * "@Herald who ...?" in a channel without a current article does. Each question is asked once per
 * budget (QaContext.storeSentences: evidence sentences read in all across the retrieved
 * articles; Infinity is the one-article setting for each), back to back in one process, the
 * budgets' order turned round from one question to the next so the one asked first (which
 * builds the articles' sentence indexes) is not always the same. Prints, per budget, the replies
 * right (judged as eval/news-questions-errors.ts judges them) and the CPU time per question
 * (process.cpuUsage: the machine is shared, so wall time says little), mean and p99. `--diff`
 * lists the questions whose replies differ between the first two budgets (for the fixed sample
 * only: the confirm range is read in aggregate). `--db` keeps the parsed store in a file outside
 * the repository so later runs skip parsing. Article text is read from $HERALD_TRAIN_DIR at run
 * time; nothing of the corpus is stored here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion, type QaAnswer } from '../src/qa/answer.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { loadNewsQuestions, NEWS_QUESTIONS_FILE, POLNEAR_TRAIN } from '../tools/train/news-questions.js';
import { judgeNewsDev } from './qa-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(here, '../../shared/train');
const corpus = path.join(trainDir, POLNEAR_TRAIN);
if (!existsSync(corpus)) {
  console.error(
    `store-wide-questions: ${corpus} not found; set HERALD_TRAIN_DIR to the training data folder`,
  );
  process.exit(2);
}
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const valued = new Set(['--budgets', '--db']);
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const from = Number(positional[0] ?? 0);
const to = Number(positional[1] ?? Number.MAX_SAFE_INTEGER);
const budgets = (option('--budgets') ?? 'Infinity,24').split(',').map(Number);
const dbFile = option('--db');
const showDiff = args.includes('--diff');

const texts = z
  .array(z.object({ id: z.string(), text: z.string() }))
  .parse(JSON.parse(readFileSync(corpus, 'utf8')));
const reuse = dbFile !== undefined && existsSync(dbFile);
const store = new SqliteArticleStore(dbFile ?? ':memory:');
if (!reuse) {
  for (const a of texts)
    await store.upsertArticle({ raw: a.text, parsed: parseArticle({ text: a.text }), origin: 'eval' });
}

const questions = loadNewsQuestions(NEWS_QUESTIONS_FILE).filter((q) => q.article >= from && q.article <= to);
const tallies = budgets.map(() => ({ right: 0, cpu: [] as number[] }));
let differ = 0;
for (const [n, q] of questions.entries()) {
  const order = n % 2 === 0 ? budgets.map((_, i) => i) : budgets.map((_, i) => budgets.length - 1 - i);
  const replies: QaAnswer[] = [];
  for (const b of order) {
    const start = process.cpuUsage();
    const reply = await answerQuestion(q.question, { store, storeSentences: budgets[b]! });
    const used = process.cpuUsage(start);
    tallies[b]!.cpu.push((used.user + used.system) / 1000);
    replies[b] = reply;
  }
  const golds = q.type === 'unknown' ? ['unknown'] : q.answers;
  const rights = replies.map((r) => judgeNewsDev(golds, r.answer, r.evidence, r.status === 'answered').right);
  rights.forEach((right, b) => {
    if (right) tallies[b]!.right++;
  });
  const [a, b] = replies;
  if (a && b && (a.answer !== b.answer || a.status !== b.status || a.evidence !== b.evidence)) {
    differ++;
    if (showDiff) {
      console.log(
        `${rights[0] ? 'R' : 'W'}->${rights[1] ? 'R' : 'W'} [${q.article}] ${q.type} ${JSON.stringify(q.question)}`,
      );
      console.log(`    gold=${JSON.stringify(q.answers)}`);
      console.log(
        `    ${budgets[0]}: ${JSON.stringify(a.answer)} (${a.status}) ${JSON.stringify(a.evidence)}`,
      );
      console.log(
        `    ${budgets[1]}: ${JSON.stringify(b.answer)} (${b.status}) ${JSON.stringify(b.evidence)}`,
      );
    }
  }
}
await store.close();

const p = (xs: number[], share: number) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};
console.log(`${questions.length} questions on articles ${from}..${to}, store of ${texts.length} articles`);
budgets.forEach((budget, i) => {
  const t = tallies[i]!;
  const mean = t.cpu.reduce((s, x) => s + x, 0) / Math.max(1, t.cpu.length);
  console.log(
    `budget ${budget}: right ${t.right}/${questions.length} (${((100 * t.right) / Math.max(1, questions.length)).toFixed(1)}%)` +
      `  cpu ms mean ${mean.toFixed(2)} median ${p(t.cpu, 0.5).toFixed(2)} p99 ${p(t.cpu, 0.99).toFixed(2)}`,
  );
});
console.log(`replies differing between budgets ${budgets[0]} and ${budgets[1]}: ${differ}`);

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/engine/pipeline.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';
import {
  articleTexts,
  BLIND_ARTICLES,
  loadBlindQuestions,
  type NewsQuestion,
  POLNEAR_TRAIN,
  publishedOf,
  QUESTION_TYPES,
} from '../../tools/train/news-questions.js';
import { locateTrainDir } from '../locate.js';
import type { EvalTask } from '../task.js';
import { measureNewsDev, type NewsDevSet } from './news-dev-qa.js';

/**
 * The blind news questions (tools/train/data/news-questions-blind.jsonl): our questions on PolNeAR
 * train articles the answer scorer is never fitted on and no setting is chosen on, asked and judged
 * as news-dev is (the article text alone as scope, eval/qa-score.ts's judge), each article parsed
 * at the publication day its id carries. news-dev chooses the scorer's settings; this is the check
 * of whether what it gains carries to news nobody fitted.
 */

const TASK = 'news-questions';
const SPLIT = `blind (PolNeAR train articles ${BLIND_ARTICLES.first}-${BLIND_ARTICLES.last}, never trained on)`;

/** The blind articles parsed and stored once, with their questions; "unknown" is news-dev's gold for the unanswerable. */
async function prepareBlind(trainDir: string, questions: readonly NewsQuestion[]): Promise<NewsDevSet> {
  const texts = articleTexts(trainDir, questions);
  const store = new SqliteArticleStore(':memory:');
  const stored = new Map<number, string>();
  const items: NewsDevSet['items'] = [];
  for (const q of questions) {
    let articleId = stored.get(q.article);
    if (articleId === undefined) {
      const text = texts.get(q.article) ?? '';
      const parsed = parseArticle({ text, published: publishedOf(q.id) });
      articleId = (await store.upsertArticle({ raw: text, parsed, origin: 'eval' })).article.id;
      stored.set(q.article, articleId);
    }
    const a = q.type === 'unknown' ? ['unknown'] : [...q.answers];
    items.push({ file: q.id, articleId, q: q.question, a, type: q.type });
  }
  return { store, items };
}

const percent = (hits: number, total: number) =>
  `${hits}/${total} = ${total ? ((100 * hits) / total).toFixed(1) : '0.0'}%`;

export const task: EvalTask = {
  name: TASK,
  // The articles are training texts, found through HERALD_TRAIN_DIR (or ../train beside the eval folder).
  needs: [],
  async run(evalDir) {
    const trainDir = locateTrainDir(evalDir);
    if (!trainDir || !existsSync(path.join(trainDir, POLNEAR_TRAIN)))
      return [{ task: TASK, metric: 'skipped', value: `missing ${POLNEAR_TRAIN} in the training folder` }];
    const set = await prepareBlind(trainDir, loadBlindQuestions());
    let s: Awaited<ReturnType<typeof measureNewsDev>>;
    try {
      s = await measureNewsDev(set);
    } finally {
      await set.store.close();
    }
    // HERALD_EVAL_DETAILS=1 prints every question and reply on stderr.
    if (process.env.HERALD_EVAL_DETAILS) process.stderr.write(`${s.details.join('\n')}\n`);
    const byType = QUESTION_TYPES.filter((t) => s.byType.has(t))
      .map((t) => `${t} ${s.byType.get(t)?.right}/${s.byType.get(t)?.total}`)
      .join(', ');
    return [
      { task: TASK, metric: `${SPLIT}: right, all types`, value: percent(s.right, s.total) },
      { task: TASK, metric: `${SPLIT}: right by type`, value: byType },
      {
        task: TASK,
        metric: `${SPLIT}: unknown honestly answered`,
        value: percent(s.unknownRight, s.unknownTotal),
      },
    ];
  },
};

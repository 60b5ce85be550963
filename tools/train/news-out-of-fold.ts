import { judgeNewsDev } from '../../eval/qa-score.js';
import { parseArticle } from '../../src/engine/pipeline.js';
import type { ParsedArticle } from '../../src/engine/schema.js';
import { answerQuestion } from '../../src/qa/answer.js';
import type { Answerable, ReplySignals } from '../../src/qa/answerable.js';
import type { Weights } from '../../src/qa/learn.js';
import { type QaSettings, useQaModel } from '../../src/qa/model.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';
import type { NewsQuestion } from './news-questions.js';

/**
 * The news training questions asked end to end, each by a scorer fitted without its article's
 * fold, so the "can't find" bars can be chosen on them as well as on news-dev (issue 12): a bar
 * chosen on news-dev's 22 unanswerable questions alone did not carry to other news. Asked and
 * judged the way news-dev is (the article text alone is the scope, judgeNewsDev), an unanswerable
 * question right when Herald claims no answer.
 */

/** Right answers, and unanswerable questions honestly answered, of one set of questions. */
export interface Tally {
  right: number;
  total: number;
  unknownRight: number;
  unknownTotal: number;
}

export interface OutOfFoldSet {
  store: SqliteArticleStore;
  /** The questions of each fold, with the stored id of their article. */
  folds: Array<Array<{ articleId: string; question: NewsQuestion }>>;
}

/** Fold of a news question: its article's, as the cross-validation by article assigns it. */
export const foldOf = (article: number, folds: number) => article % folds;

/** An article's parse from its text alone (no publication date: the way news-dev is asked). */
export type ParseText = (index: number, text: string) => ParsedArticle;

const parseText: ParseText = (_, text) => parseArticle({ text });

/**
 * The articles parsed from their text alone and stored once in a fresh in-memory store, with each
 * article index's stored id. `parse` lets the trainer parse each article once for this and its
 * ranking examples (parsing some 700 articles twice was a minute of each run).
 */
export async function storeArticleTexts(
  texts: ReadonlyMap<number, string>,
  parse: ParseText = parseText,
): Promise<{ store: SqliteArticleStore; ids: Map<number, string> }> {
  const store = new SqliteArticleStore(':memory:');
  const ids = new Map<number, string>();
  for (const [index, text] of texts) {
    const { article } = await store.upsertArticle({
      raw: text,
      parsed: parse(index, text),
      origin: 'eval',
    });
    ids.set(index, article.id);
  }
  return { store, ids };
}

/** Every article parsed and stored once; every question (yes/no and unanswerable too) kept in its article's fold. */
export async function prepareOutOfFold(
  news: readonly NewsQuestion[],
  texts: ReadonlyMap<number, string>,
  folds: number,
  parse: ParseText = parseText,
): Promise<OutOfFoldSet> {
  const { store, ids } = await storeArticleTexts(texts, parse);
  const byFold: OutOfFoldSet['folds'] = Array.from({ length: folds }, () => []);
  for (const question of news) {
    const articleId = ids.get(question.article);
    if (articleId) byFold[foldOf(question.article, folds)]!.push({ articleId, question });
  }
  return { store, folds: byFold };
}

/** One scorer reply given out of fold: what the answerable classifier learns from. */
export interface ReplyRecord {
  fold: number;
  signals: ReplySignals;
  /** The reply was right (an answerable question, judged as news-dev is). */
  right: boolean;
  /** The question has no answer in its article. */
  unanswerable: boolean;
}

export interface OutOfFoldOptions {
  /** Each fold's "is this reply right" classifier (one fitted without that fold), if any. */
  answerable?: ReadonlyArray<Answerable | undefined>;
  /** When given, every reply the scorer gave (status answered, with signals) is pushed here. */
  replies?: ReplyRecord[];
}

/** Each fold's questions answered with `settings` and the weights fitted without that fold. */
export async function measureOutOfFold(
  set: OutOfFoldSet,
  settings: QaSettings,
  foldWeights: readonly Weights[],
  options: OutOfFoldOptions = {},
): Promise<Tally> {
  const tally: Tally = { right: 0, total: 0, unknownRight: 0, unknownTotal: 0 };
  for (const [fold, items] of set.folds.entries()) {
    const answerable = options.answerable?.[fold];
    useQaModel({ settings, weights: foldWeights[fold]!, ...(answerable ? { answerable } : {}) });
    for (const { articleId, question } of items) {
      const reply = await answerQuestion(question.question, { store: set.store, articleId });
      const unknown = question.type === 'unknown';
      const golds = unknown ? ['unknown'] : question.answers;
      const { right } = judgeNewsDev(golds, reply.answer, reply.evidence, reply.status === 'answered');
      if (options.replies && reply.signals && reply.status === 'answered')
        options.replies.push({ fold, signals: reply.signals, right, unanswerable: unknown });
      tally.total++;
      if (right) tally.right++;
      if (unknown) {
        tally.unknownTotal++;
        if (right) tally.unknownRight++;
      }
    }
  }
  return tally;
}

/** Two tallies as one. */
export const pooled = (a: Tally, b: Tally): Tally => ({
  right: a.right + b.right,
  total: a.total + b.total,
  unknownRight: a.unknownRight + b.unknownRight,
  unknownTotal: a.unknownTotal + b.unknownTotal,
});

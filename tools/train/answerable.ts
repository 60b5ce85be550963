import { writeFileSync } from 'node:fs';
import { measureNewsDev, type NewsDevScore, prepareNewsDev } from '../../eval/tasks/news-dev-qa.js';
import { type Answerable, replyFeatures } from '../../src/qa/answerable.js';
import type { Weights } from '../../src/qa/learn.js';
import { type QaSettings, useQaModel } from '../../src/qa/model.js';
import {
  measureOutOfFold,
  type OutOfFoldSet,
  pooled,
  type ReplyRecord,
  type Tally,
} from './news-out-of-fold.js';
import { seedRight } from './seed-right.js';

/**
 * Fitting and choosing the "is this reply right" classifier (src/qa/answerable.ts, ADR 015
 * session 12). It learns from the news training questions' replies given out of fold (each by a
 * scorer that never saw its article), a right reply positive and a wrong one or one to an
 * unanswerable question negative. Its bar is chosen on the pooled curve (news-dev and the
 * training questions, each fold's replies judged by a classifier fitted without that fold), and
 * it is kept only when its bar leaves the plain bars' right answers whole while honestly answering
 * more unanswerable questions: the honest gain must be at least the right answers lost.
 */

export interface LogisticOptions {
  /** Full-batch gradient steps. */
  steps: number;
  rate: number;
  /** L2 shrinkage on every weight but the bias. */
  l2: number;
  /** How much a reply to an unanswerable question counts against a right one. */
  unanswerableWeight: number;
}

export const ANSWERABLE_FIT: LogisticOptions = { steps: 3000, rate: 0.5, l2: 1e-3, unanswerableWeight: 1 };

/** Bars tried on the pooled curve: the classifier's probability that the reply is right. */
const BAR_CHOICES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
/** news-dev's unanswerable questions must stay honestly answered at this rate (as for the bars). */
const MIN_HONEST = 0.9;

/**
 * Logistic regression by full-batch gradient descent: no visiting order, so the same records give
 * the same weights on every machine.
 */
export function fitAnswerable(
  records: ReadonlyArray<Pick<ReplyRecord, 'signals' | 'right' | 'unanswerable'>>,
  options: LogisticOptions = ANSWERABLE_FIT,
): Record<string, number> {
  const names = [...new Set(records.flatMap((r) => [...replyFeatures(r.signals).keys()]))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  // Dense rows: a dozen and a half features, so plain arrays are the quickest to sweep.
  const rows = records.map((r) => {
    const x = new Float64Array(names.length);
    for (const [n, v] of replyFeatures(r.signals)) x[at.get(n)!] = v;
    return { x, y: r.right ? 1 : 0, weight: r.unanswerable ? options.unanswerableWeight : 1 };
  });
  const bias = at.get('bias');
  const w = new Float64Array(names.length);
  const total = rows.reduce((a, r) => a + r.weight, 0) || 1;
  const grad = new Float64Array(names.length);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (let i = 0; i < w.length; i++) z += w[i]! * r.x[i]!;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.weight;
      for (let i = 0; i < w.length; i++) grad[i]! += err * r.x[i]!;
    }
    for (let i = 0; i < w.length; i++) {
      const shrink = i === bias ? 0 : options.l2 * w[i]!;
      w[i]! -= options.rate * (grad[i]! / total + shrink);
    }
  }
  return Object.fromEntries(names.map((n, i) => [n, Math.round(w[i]! * 1e6) / 1e6]));
}

/** One point of the pooled curve. */
export interface AnswerablePoint {
  bar: number;
  newsDev: NewsDevScore;
  pooled: Tally;
  seed: number;
}

/**
 * Whether `point` is allowed against the plain bars' `base`: news-dev still honest enough, the
 * seed questions still right, and at least as many pooled replies right (an unanswerable question
 * honestly left counts as right, so this is "honest gain at least the right answers lost") with
 * more of the unanswerable ones honest.
 */
export function beatsBars(point: Omit<AnswerablePoint, 'bar'>, base: Omit<AnswerablePoint, 'bar'>): boolean {
  return (
    point.newsDev.unknownRight >= MIN_HONEST * point.newsDev.unknownTotal &&
    point.seed >= base.seed &&
    point.pooled.right >= base.pooled.right &&
    point.pooled.unknownRight > base.pooled.unknownRight
  );
}

export interface AnswerableChoice {
  /** The classifier to ship, or null when no bar beat the plain bars. */
  chosen: Answerable | null;
  base: Omit<AnswerablePoint, 'bar'>;
  curve: AnswerablePoint[];
  /** Replies it learned from, and how many of them were right / to unanswerable questions. */
  replies: { total: number; right: number; unanswerable: number };
}

/**
 * The classifier fitted on every training reply, with the bar chosen on the pooled curve; each
 * training fold's replies on that curve are judged by a classifier fitted without the fold.
 */
export async function chooseAnswerable(
  evalDir: string,
  settings: QaSettings,
  weights: Weights,
  outOfFold: { set: OutOfFoldSet; foldWeights: readonly Weights[] },
  log: (line: string) => void,
): Promise<AnswerableChoice> {
  const replies: ReplyRecord[] = [];
  const devSet = await prepareNewsDev(evalDir);
  const seedScore = await seedRight(evalDir);
  const measure = async (answerable: (fold: number | null) => Answerable | undefined) => {
    const all = answerable(null);
    useQaModel({ settings, weights, ...(all ? { answerable: all } : {}) });
    const newsDev = await measureNewsDev(devSet);
    const seed = await seedScore();
    const oof = await measureOutOfFold(outOfFold.set, settings, outOfFold.foldWeights, {
      answerable: outOfFold.foldWeights.map((_, k) => answerable(k)),
      ...(all ? {} : { replies }),
    });
    return { newsDev, seed, pooled: pooled(newsDev, oof) };
  };
  try {
    const base = await measure(() => undefined);
    if (process.env.HERALD_QA_REPLIES) writeFileSync(process.env.HERALD_QA_REPLIES, JSON.stringify(replies));
    const folds = outOfFold.foldWeights.length;
    const foldFits = Array.from({ length: folds }, (_, k) =>
      fitAnswerable(replies.filter((r) => r.fold !== k)),
    );
    const allFit = fitAnswerable(replies);
    const curve: AnswerablePoint[] = [];
    let best: AnswerablePoint | null = null;
    for (const bar of BAR_CHOICES) {
      const point = {
        bar,
        ...(await measure((k) => ({ bar, weights: k === null ? allFit : foldFits[k]! }))),
      };
      curve.push(point);
      log(
        `answerable bar ${bar}: news-dev ${point.newsDev.right}/${point.newsDev.total}, unknown ${point.newsDev.unknownRight}/${point.newsDev.unknownTotal}; ` +
          `pooled ${point.pooled.right}/${point.pooled.total}, unknown ${point.pooled.unknownRight}/${point.pooled.unknownTotal}; seed ${point.seed}`,
      );
      const better =
        !best ||
        point.pooled.unknownRight > best.pooled.unknownRight ||
        (point.pooled.unknownRight === best.pooled.unknownRight && point.pooled.right > best.pooled.right);
      if (beatsBars(point, base) && better) best = point;
    }
    return {
      chosen: best ? { bar: best.bar, weights: allFit } : null,
      base,
      curve,
      replies: {
        total: replies.length,
        right: replies.filter((r) => r.right).length,
        unanswerable: replies.filter((r) => r.unanswerable).length,
      },
    };
  } finally {
    useQaModel(null);
    await devSet.store.close();
  }
}

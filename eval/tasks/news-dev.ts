import { parseArticle } from '../../src/engine/pipeline.js';
import { articleInputOf } from '../../src/sources/metadata.js';
import { loadNewsDev, NEWS_DEV_NEEDS } from '../news-dev-data.js';
import { NewsDevTally } from '../news-dev-score.js';
import type { EvalTask } from '../task.js';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const share = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const SPLIT = 'news-dev (dev)';

/**
 * People, roles and quotes with speakers on the hand-annotated news-dev articles, read the way a
 * user's `herald parse --jsonl` reads `{"id", "text"}`: the raw article through `articleInputOf`
 * and `parseArticle`, cleaning included, with no title given (the cleaner derives one only when
 * the first line looks like a headline, as it would for the user). Scoring rules are in
 * `news-dev-score.ts`. QA on the same articles is its own task (news-dev-qa).
 */
export const task: EvalTask = {
  name: 'news-dev',
  needs: NEWS_DEV_NEEDS,
  async run(evalDir) {
    const tally = new NewsDevTally();
    for (const article of loadNewsDev(evalDir)) {
      const parsed = parseArticle(articleInputOf({ text: article.text }));
      tally.add(article.text, article.gold, parsed);
    }
    // HERALD_EVAL_DETAILS=roles prints each matched person's roles beside the gold one on stderr
    // (wrong ones only; =roles-all for every person), for reading the role stage's misses.
    const details = process.env.HERALD_EVAL_DETAILS;
    if (details === 'roles' || details === 'roles-all') {
      for (const d of tally.roleDetails) {
        if (d.right && details === 'roles') continue;
        process.stderr.write(`${JSON.stringify(d)}\n`);
      }
    }
    const { people, roles, quotes } = tally.scores();
    const task = 'news-dev';
    return [
      {
        task,
        metric: `${SPLIT} people precision (${people.predicted} predicted)`,
        value: fmt(people.precision),
      },
      { task, metric: `${SPLIT} people recall (${people.gold} gold)`, value: fmt(people.recall) },
      {
        task,
        metric: `${SPLIT} people F1`,
        value: fmt(people.f1),
        target: '≥ 0.92',
        pass: people.f1 >= 0.92,
      },
      {
        task,
        metric: `${SPLIT} roles right (${roles.matched} matched people)`,
        value: fmt(share(roles.right, roles.matched)),
        target: '≥ 0.85',
        pass: share(roles.right, roles.matched) >= 0.85,
      },
      {
        task,
        metric: `${SPLIT} roles found, gold has one (${roles.withGold})`,
        value: fmt(share(roles.withGoldRight, roles.withGold)),
      },
      {
        task,
        metric: `${SPLIT} no role where gold has none (${roles.withoutGold})`,
        value: fmt(share(roles.withoutGoldRight, roles.withoutGold)),
      },
      {
        task,
        metric: `${SPLIT} roles given that are right (${roles.given} people)`,
        value: fmt(share(roles.givenRight, roles.given)),
      },
      {
        task,
        metric: `${SPLIT} quote precision (${quotes.predicted} predicted)`,
        value: fmt(quotes.precision),
      },
      { task, metric: `${SPLIT} quote recall (${quotes.gold} gold)`, value: fmt(quotes.recall) },
      {
        task,
        metric: `${SPLIT} speaker accuracy (${quotes.found} found)`,
        value: fmt(quotes.speakerAccuracy),
      },
      {
        task,
        metric: `${SPLIT} quote + speaker F1`,
        value: fmt(quotes.withSpeakerF1),
        target: '≥ 0.85',
        pass: quotes.withSpeakerF1 >= 0.85,
      },
    ];
  },
};

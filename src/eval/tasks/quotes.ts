import type { Doc } from '../../engine/doc.js';
import { extractEntities } from '../../engine/entities.js';
import { parseArticle, prepareDoc } from '../../engine/pipeline.js';
import { extractQuotes } from '../../engine/quotes.js';
import { type GoldArticle, loadGgt, loadPolnear } from '../quotes-data.js';
import { QuoteTally, locateQuotes } from '../quotes-score.js';
import type { EvalRow, EvalTask } from '../task.js';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

/** GGT articles start straight with body text; PolNeAR's first line is the headline. */
function score(corpus: string, articles: GoldArticle[], hasHeadline: boolean): EvalRow[] {
  const tally = new QuoteTally(corpus.startsWith('polnear'));
  for (const article of articles) {
    const parsed = parseArticle(hasHeadline ? { text: article.text } : { text: article.text, title: '' });
    tally.add(article, locateQuotes(article.text, parsed.quotes));
  }
  const recall = ratio(tally.goldFound, tally.gold);
  const precision = ratio(tally.predictedRight, tally.predicted);
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = ratio(tally.speaker.right, tally.speaker.scored);
  const task = 'quotes';
  const rows: EvalRow[] = [
    { task, metric: `${corpus} direct span recall (${tally.gold} gold)`, value: fmt(recall) },
    { task, metric: `${corpus} span precision (${tally.predicted} predicted)`, value: fmt(precision) },
    { task, metric: `${corpus} span F1 (overlap)`, value: fmt(f1), target: '≥ 0.90', pass: f1 >= 0.9 },
    {
      task,
      metric: `${corpus} speaker accuracy (${tally.speaker.scored} named)`,
      value: fmt(accuracy),
      target: '≥ 0.90',
      pass: accuracy >= 0.9,
    },
    { task, metric: `${corpus} baseline nearest said-X accuracy`, value: fmt(ratio(tally.baseline.right, tally.baseline.scored)) },
  ];
  if (tally.mixed > 0) {
    rows.push({ task, metric: `${corpus} reported speech with short quoted phrases found (${tally.mixed})`, value: fmt(ratio(tally.mixedFound, tally.mixed)) });
  }
  if (tally.speaker.pronounGold > 0) {
    rows.push({ task, metric: `${corpus} pronoun-gold resolved (${tally.speaker.pronounGold})`, value: fmt(ratio(tally.speaker.pronounResolved, tally.speaker.pronounGold)) });
    rows.push({ task, metric: `${corpus} baseline pronoun-gold resolved`, value: fmt(ratio(tally.baseline.pronounResolved, tally.baseline.pronounGold)) });
  }
  return rows;
}

/** Megabytes of article text per second through the quote stage alone (docs prepared beforehand). */
function throughput(articles: GoldArticle[]): number {
  const docs: Doc[] = articles.map((a) => prepareDoc({ text: a.text, title: '' }));
  const entities = docs.map((d) => extractEntities(d));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // One untimed round first, so the figure is the stage's steady speed rather than JIT warm-up.
  docs.forEach((d, i) => {
    extractQuotes(d, entities[i]!);
  });
  const rounds = 5;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    docs.forEach((d, i) => {
      extractQuotes(d, entities[i]!);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return (bytes * rounds) / 1e6 / seconds;
}

export const task: EvalTask = {
  name: 'quotes',
  needs: ['ggt-quotes.json', 'polnear-dev.json'],
  async run(evalDir) {
    const ggt = loadGgt(evalDir);
    const polnear = loadPolnear(evalDir);
    const speed = throughput([...ggt, ...polnear]);
    return [
      ...score('ggt (dev)', ggt, false),
      ...score('polnear-dev (dev)', polnear, true),
      { task: 'quotes', metric: 'quote-stage throughput (MB/s)', value: speed.toFixed(2), target: '≥ 3', pass: speed >= 3 },
    ];
  },
};

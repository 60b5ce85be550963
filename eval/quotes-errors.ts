/**
 * `node --import tsx eval/quotes-errors.ts [train|dev|ggt] [from] [to]`: the quotes the pipeline
 * gets wrong on one PolNeAR or GGT split, one line each, to study error CLASSES on training text
 * (PolNeAR train by default) rather than single dev articles. Lines:
 *
 * - `FP`: a predicted quote of four words or more that overlaps no quote the data set marks direct
 *   (`FP-any` when it overlaps no attribution at all, direct or not);
 * - `MISS`: a gold direct quote no prediction overlaps;
 * - `SPK`: a gold quote with a named speaker whose overlapping prediction names someone else, or no one.
 *
 * Each line shows the article index and a stretch of its text, read from the data folders at run time
 * (nothing of the corpus is stored here). `from`/`to` limit the articles (indexes, end exclusive).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/engine/pipeline.js';
import { type GoldArticle, loadGgt, loadPolnear, loadPolnearFile } from './quotes-data.js';
import { holdsName, isPronoun, matchesMention, sameSpeaker } from './quotes-names.js';
import { locateQuotes } from './quotes-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = process.env.HERALD_EVAL_DIR ?? path.resolve(here, '../../shared/eval');
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(evalDir, '../train');

const split = process.argv[2] ?? 'train';
const from = Number(process.argv[3] ?? 0);
const to = Number(process.argv[4] ?? Number.POSITIVE_INFINITY);

function load(): { articles: GoldArticle[]; headline: boolean; surface: boolean } {
  if (split === 'ggt') return { articles: loadGgt(evalDir), headline: false, surface: false };
  if (split === 'dev') return { articles: loadPolnear(evalDir), headline: true, surface: true };
  const file = path.join(trainDir, 'polnear', 'polnear-train.json');
  return { articles: loadPolnearFile(file), headline: true, surface: true };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

const { articles, headline, surface } = load();
const counts = { fp: 0, fpAny: 0, miss: 0, speaker: 0 };
articles.slice(from, to).forEach((article, k) => {
  const n = from + k;
  const input = headline ? { text: article.text } : { text: article.text, title: '' };
  const predicted = locateQuotes(article.text, parseArticle(input).quotes);
  for (const p of predicted) {
    if (article.quotes.some((g) => g.marked && overlaps(p, g))) continue;
    const any = article.quotes.some((g) => overlaps(p, g));
    if (any) counts.fp++;
    else counts.fpAny++;
    const before = oneLine(article.text.slice(Math.max(0, p.start - 90), p.start));
    const after = oneLine(article.text.slice(p.end, p.end + 50));
    console.log(
      `${any ? 'FP' : 'FP-any'} #${n} …${before}⟦${oneLine(article.text.slice(p.start, p.end)).slice(0, 160)}⟧${after}…`,
    );
  }
  for (const g of article.quotes) {
    if (!g.direct) continue;
    const best = predicted.find((p) => overlaps(p, g));
    if (!best) {
      counts.miss++;
      console.log(
        `MISS #${n} …${oneLine(article.text.slice(Math.max(0, g.start - 60), g.start))}⟦${oneLine(g.text).slice(0, 120)}⟧`,
      );
      continue;
    }
    if (!g.speaker || isPronoun(g.speaker) || (surface && !holdsName(g.speaker))) continue;
    const right =
      best.speaker !== null &&
      (surface ? matchesMention(best.speaker, g.speaker) : sameSpeaker(best.speaker, g.speaker));
    if (right) continue;
    counts.speaker++;
    console.log(
      `SPK #${n} gold=${g.speaker} got=${best.speaker} …${oneLine(article.text.slice(Math.max(0, g.start - 150), g.start))}⟦${oneLine(g.text).slice(0, 80)}⟧${oneLine(article.text.slice(g.end, g.end + 80))}…`,
    );
  }
});
console.log(
  `totals: FP (overlaps an indirect attribution) ${counts.fp}, FP-any (overlaps none) ${counts.fpAny}, MISS ${counts.miss}, SPK ${counts.speaker}`,
);

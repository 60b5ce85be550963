/**
 * `node --import tsx eval/xquad-errors.ts [even|odd|all] [--lines]`: why the answer scorer misses
 * XQuAD questions, by class, to study error CLASSES on the scorer's fitting set (XQuAD is what
 * tools/train/qa.ts fits on, with cross-validation; news-dev is dev and is not read here).
 *
 * Each question is answered as the trainer's cross-validation does (weights fitted on the other
 * four folds of articles, the most probable candidate, no "can't find" bar), then put in one class:
 *
 * - `right`: the pick matches an answer exactly;
 * - `ranked:sentence` / `ranked:nested` / `ranked:disjoint`: some offered candidate matches exactly,
 *   but the pick is in another sentence, or in the same sentence overlapping it, or apart from it;
 * - `dropped:<check>`: only a candidate a type check of src/qa/pick.ts dropped matches exactly;
 * - `unfound:<how>`: no finder offers the answer; `<how>` says how the nearest candidate differs
 *   (`wider` holds the answer with more words, `narrower` sits inside it, `overlap`, `none`).
 *
 * `even`/`odd` keep the articles whose index is even or odd (the fixed sample and the blind one).
 * The summary gives each class's count and the token F1 lost in it; `--lines` also prints one
 * tab-separated line a question (article, class, question type, question, gold, pick, nearest).
 * Text is read from the data folder at run time; nothing of the corpus is stored here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle } from '../src/engine/schema.js';
import { type Candidate, sentenceCandidates } from '../src/qa/candidates.js';
import { lemmaWeights, rankSentences } from '../src/qa/evidence.js';
import { questionView } from '../src/qa/features.js';
import { phraseOf } from '../src/qa/phrase.js';
import { type Gathered, pickCandidate } from '../src/qa/pick.js';
import { gatherCandidates } from '../src/qa/pick.js';
import { parseQuestion } from '../src/qa/question.js';
import { examplesOf, fitScorer } from '../tools/train/qa.js';
import { exactMatch, normaliseSquad, tokenF1 } from './qa-score.js';
import { xquadQuestions } from './xquad-passages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = process.env.HERALD_EVAL_DIR ?? path.resolve(here, '../../shared/eval');
const sample = process.argv[2] ?? 'all';
const lines = process.argv.includes('--lines');
const FOLDS = 5;
const SENTENCES = 16;

interface Row {
  doc: number;
  question: string;
  type: string;
  parsed: ParsedArticle;
  gathered: Gathered[];
  golds: string[];
  /** Phrases a hard check dropped, with the check. */
  dropped: Array<{ text: string; check: string }>;
  /** Every phrase any finder offers in the ranked sentences, before the checks. */
  offered: Array<{ text: string; sentence: number }>;
}

function rowsOf(): Row[] {
  return xquadQuestions(path.join(evalDir, 'qa/xquad.en.json')).map(
    ({ doc, parsed, index, question, golds }) => {
      const q = parseQuestion(question);
      const ranked = rankSentences(index, q.focus);
      const view = questionView(q);
      const dropped: Row['dropped'] = [];
      const onDrop = (c: Candidate, _sentence: number, check: string) =>
        dropped.push({ text: c.text.replace(/[,;:]+$/, '').trim(), check });
      const gathered = gatherCandidates(
        parsed,
        view,
        ranked,
        SENTENCES,
        lemmaWeights(index, view.lemmas),
        onDrop,
      );
      const offered = ranked.slice(0, SENTENCES).flatMap((r) =>
        sentenceCandidates(parsed, r.index, { reason: q.type === 'reason' }).candidates.map((c) => ({
          text: c.text.replace(/[,;:]+$/, '').trim(),
          sentence: r.index,
        })),
      );
      return {
        doc,
        question,
        type: `${q.type}/${q.wh}${q.askedNoun ? `:${q.askedNoun}` : ''}`,
        parsed,
        gathered,
        golds,
        dropped,
        offered,
      };
    },
  );
}

const wordsOf = (s: string) => normaliseSquad(s).split(' ').filter(Boolean);

/** How the nearest offered phrase differs from the answer. */
function nearestOf(offered: readonly string[], golds: readonly string[]): { how: string; text: string } {
  let best = { f1: 0, text: '' };
  for (const t of offered) {
    const f = tokenF1(t, golds);
    if (f > best.f1) best = { f1: f, text: t };
  }
  if (best.f1 === 0) return { how: 'none', text: '' };
  const near = wordsOf(best.text).join(' ');
  const gold = golds.map((g) => wordsOf(g).join(' '));
  if (gold.some((g) => near.includes(g))) return { how: 'wider', text: best.text };
  if (gold.some((g) => g.includes(near))) return { how: 'narrower', text: best.text };
  return { how: 'overlap', text: best.text };
}

function classify(row: Row, pick: Gathered | null): { cls: string; nearest: string } {
  const text = (g: Gathered) => phraseOf(g.candidate, row.parsed);
  if (pick && exactMatch(text(pick), row.golds)) return { cls: 'right', nearest: '' };
  const exact = row.gathered.filter((g) => exactMatch(text(g), row.golds));
  if (exact.length > 0) {
    const inSentence = exact.filter((g) => g.sentence === pick?.sentence);
    if (!pick || inSentence.length === 0) return { cls: 'ranked:sentence', nearest: text(exact[0]!) };
    const c = pick.candidate;
    const nested = inSentence.some((g) => g.candidate.start < c.end && c.start < g.candidate.end);
    return { cls: nested ? 'ranked:nested' : 'ranked:disjoint', nearest: text(inSentence[0]!) };
  }
  const drop = row.dropped.find((d) => exactMatch(d.text, row.golds));
  if (drop) return { cls: `dropped:${drop.check}`, nearest: drop.text };
  const near = nearestOf(
    row.offered.map((o) => o.text),
    row.golds,
  );
  return { cls: `unfound:${near.how}`, nearest: near.text };
}

const rows = rowsOf();
const examples = examplesOf(rows);
const picks: Array<Gathered | null> = new Array(rows.length).fill(null);
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = fitScorer(examples.filter((_, i) => rows[i]!.doc % FOLDS !== fold));
  rows.forEach((row, i) => {
    if (row.doc % FOLDS !== fold) return;
    picks[i] = pickCandidate(row.gathered, {
      weights,
      settings: { sentences: 1, minCoverage: 0, minProbability: 0, minNames: 0 },
    });
  });
}

const keep = (doc: number) => sample === 'all' || (sample === 'even' ? doc % 2 === 0 : doc % 2 === 1);
const classes = new Map<string, { n: number; lost: number }>();
let em = 0;
let f1 = 0;
let n = 0;
let reachable = 0;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
rows.forEach((row, i) => {
  if (!keep(row.doc)) return;
  const pick = picks[i] ?? null;
  const answer = pick ? phraseOf(pick.candidate, row.parsed) : '';
  const f = tokenF1(answer, row.golds);
  const { cls, nearest } = classify(row, pick);
  n++;
  em += exactMatch(answer, row.golds);
  f1 += f;
  if (cls === 'right' || cls.startsWith('ranked:')) reachable++;
  const entry = classes.get(cls) ?? { n: 0, lost: 0 };
  entry.n++;
  entry.lost += 1 - f;
  classes.set(cls, entry);
  if (lines)
    console.log(
      [String(row.doc), cls, row.type, row.question, row.golds[0] ?? '', answer, nearest]
        .map(oneLine)
        .join('\t'),
    );
});
console.log(
  `${sample}: ${n} questions, CV exact match ${((100 * em) / n).toFixed(1)}, token F1 ${((100 * f1) / n).toFixed(1)}, ` +
    `an exactly right candidate offered for ${reachable}`,
);
for (const [cls, { n: count, lost }] of [...classes].sort((a, b) => b[1].lost - a[1].lost))
  console.log(`${cls.padEnd(28)} ${String(count).padStart(4)}  F1 lost ${lost.toFixed(1)}`);

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEntities } from '../../src/engine/entities.js';
import { prepareDoc } from '../../src/engine/pipeline.js';
import { extractQuotes } from '../../src/engine/quotes.js';
import type { Candidate } from '../../src/engine/quotes/candidates.js';
import {
  type RankingExample,
  type SpeakerRanker,
  serialiseWeights,
  type TrainOptions,
  trainRanker,
} from '../../src/engine/quotes/ranker.js';
import {
  type GoldArticle,
  type GoldQuote,
  loadGgt,
  loadPolnear,
  loadPolnearFile,
} from '../../eval/quotes-data.js';
import { holdsName, isPronoun, matchesMention, normaliseName } from '../../eval/quotes-names.js';
import { fold, locateQuotes, QuoteTally } from '../../eval/quotes-score.js';
import { dataRecord, sha256File, writeManifest } from './manifest.js';
import type { Trainer } from './trainer.js';

/**
 * `npm run train speakers`: the quote speaker ranker (src/engine/quotes/ranker.ts), fitted on the
 * PolNeAR training split. Each direct quote of four words or more that Herald finds is matched to
 * the gold quote it overlaps; its candidates are labelled right when their name matches the gold
 * speaker mention. A quote whose gold speaker is a pronoun (PolNeAR does not resolve them) is
 * labelled by the person its pronoun cue resolves to; a quote no candidate matches teaches that
 * "nobody" is the right answer there. Later quotes see the right history: the
 * gold-matching candidate is credited during collection (teacher forcing), as the ranker's own
 * choice will be at run time. Settings are chosen on polnear-dev and GGT speaker accuracy.
 */

const TRAIN_FILE = 'polnear/polnear-train.json';

/**
 * Mean dev accuracies closer than this are a tie: a few quotes of the dev sets' ~2,000 (one
 * quote moves GGT's figure by about 0.001, PolNeAR dev's by less).
 */
const DEV_TIE = 0.003;

/**
 * The setting shipped: among those whose mean dev accuracy is within DEV_TIE of the best, the most
 * strongly regularised (largest L2), then the better mean. When dev cannot tell settings apart,
 * the smoother model is the one that carries better to text nobody chose it on (the "one
 * standard error" rule of model selection).
 */
function chooseSetting<T extends { options: TrainOptions; mean: number }>(tried: readonly T[]): T | null {
  const best = Math.max(...tried.map((t) => t.mean));
  const ties = tried.filter((t) => t.mean >= best - DEV_TIE);
  ties.sort((a, b) => b.options.l2 - a.options.l2 || b.mean - a.mean);
  return ties[0] ?? null;
}

/** Settings tried; chooseSetting picks the one shipped. */
const GRID: TrainOptions[] = [
  { epochs: 8, rate: 0.1, l2: 1e-4 },
  { epochs: 8, rate: 0.1, l2: 0.05, prior: { 'route:rule': 2 } },
  { epochs: 8, rate: 0.1, l2: 0.05, prior: { 'route:rule': 4 } },
  { epochs: 8, rate: 0.1, l2: 0.2, prior: { 'route:rule': 3 } },
];

const FEATURE_TEMPLATES = [
  'kind (person, org, description) and kind x cue shape (frame basis x mention kind)',
  'route (cue, cue-description, clause subject, carried over, rule cascade pick) x cue shape, x quote opens paragraph',
  'number of routes; rule pick alone x cue shape',
  'nearest narration mention (same paragraph, or the one before): side x sentence offset (x opens paragraph, x cue shape), side x character-distance bucket (x cue shape), paragraph offset',
  'mention is clause subject (x side, x cue shape), oblique (possessor or object of a preposition)',
  'speech verb right after / right before the mention (x side, x cue shape)',
  'confirmed by the entity stage x kind x reached by a route; has a role; mention-count bucket',
  'credited with a quote in the last 3 sentences / the latest credited (x cue shape, x opens paragraph); previous quote speaker x paragraph gap',
  'description cue: its head names a person, a body or something else x candidate kind',
  'nobody candidate: bias, x cue shape, x opens paragraph, x rule pick present, x cue resolved to no one (x opens paragraph)',
];

interface Labelled {
  examples: RankingExample[];
  quotes: number;
  pronounGold: number;
  unmatched: number;
}

/** Gold direct quote a predicted quote text overlaps most, found through the folded raw text. */
function goldFor(
  article: GoldArticle,
  folded: { folded: string; raw: number[] },
  text: string,
): GoldQuote | null {
  const q = fold(text).folded;
  if (q.length < 8) return null;
  const head = q.slice(0, 40);
  const at = folded.folded.indexOf(head);
  if (at < 0) return null;
  const start = folded.raw[at] ?? 0;
  const tailAt = folded.folded.indexOf(q.slice(-40), at);
  const end =
    (folded.raw[(tailAt >= 0 ? tailAt + Math.min(40, q.length) : at + head.length) - 1] ?? start) + 1;
  let best: GoldQuote | null = null;
  let most = 0;
  for (const g of article.quotes) {
    if (!g.direct) continue;
    const overlap = Math.min(end, g.end) - Math.max(start, g.start);
    if (overlap > most) {
      most = overlap;
      best = g;
    }
  }
  return best;
}

/** Candidates whose speaker is the gold one: a name matching the mention, or a description sharing its head word. */
function rightCandidates(candidates: Candidate[], gold: string): number[] {
  const right: number[] = [];
  const named = holdsName(gold);
  const goldWords = normaliseName(gold);
  const head = goldWords[goldWords.length - 1];
  candidates.forEach((c, i) => {
    if (!c.speaker) return;
    if (
      named
        ? matchesMention(c.speaker.name, gold)
        : c.speaker.kind !== 'person' && head !== undefined && normaliseName(c.speaker.name).includes(head)
    )
      right.push(i);
  });
  return right;
}

export function collectExamples(articles: GoldArticle[]): Labelled {
  const out: Labelled = { examples: [], quotes: 0, pronounGold: 0, unmatched: 0 };
  for (const article of articles) {
    const doc = prepareDoc({ text: article.text });
    const reading = readEntities(doc);
    const folded = fold(article.text);
    extractQuotes(doc, reading, {
      ranker: null,
      teach: (quote, candidates) => {
        const gold = goldFor(article, folded, quote.text);
        if (!gold?.speaker) return null;
        out.quotes++;
        if (isPronoun(gold.speaker)) {
          // "he said": PolNeAR names no one, but the cue the gold marks is the pronoun itself, so
          // the person that cue resolves to is the label. Without these the ranker would never see
          // a quote whose tag is a pronoun, and would hand "he told Reuters" to Reuters.
          out.pronounGold++;
          const cue = quote.attribution?.mention;
          const viaCue = candidates.flatMap((c, i) => (c.speaker && c.routes.includes('cue') ? [i] : []));
          if (cue?.kind !== 'pronoun' || cue.text !== gold.speaker.toLowerCase() || viaCue.length === 0)
            return null;
          out.examples.push({ candidates: candidates.map((c) => c.features), gold: viaCue });
          return viaCue[0]!;
        }
        // "the mayor" in the gold with the cue resolved to a named person: PolNeAR gives the
        // surface mention only, so whether that person is right is unknown; the quote teaches nothing.
        if (
          !holdsName(gold.speaker) &&
          candidates.some((c) => c.routes.includes('cue') && c.speaker?.kind !== 'description')
        ) {
          out.unmatched++;
          return null;
        }
        const right = rightCandidates(candidates, gold.speaker);
        if (right.length === 0) {
          // None of the candidates said it. When the quote's own tag names someone Herald could not
          // resolve ("a rival said"), crediting anyone else would be wrong: "nobody" is right.
          out.unmatched++;
          const cueFoundNoOne =
            quote.attribution &&
            !candidates.some((c) => c.routes.includes('cue') || c.routes.includes('cue-description'));
          if (cueFoundNoOne)
            out.examples.push({
              candidates: candidates.map((c) => c.features),
              gold: [candidates.findIndex((c) => c.speaker === null)],
            });
          return null;
        }
        out.examples.push({ candidates: candidates.map((c) => c.features), gold: right });
        return right[0]!;
      },
    });
  }
  return out;
}

/** Speaker accuracy on named gold speakers of one corpus, through the quote stage with this ranker. */
function speakerAccuracy(
  articles: GoldArticle[],
  ranker: SpeakerRanker | null,
  surface: boolean,
  headline: boolean,
): number {
  const tally = new QuoteTally(surface);
  for (const article of articles) {
    const doc = prepareDoc(headline ? { text: article.text } : { text: article.text, title: '' });
    const quotes = extractQuotes(doc, readEntities(doc), { ranker });
    tally.add(article, locateQuotes(article.text, quotes));
  }
  return tally.speaker.right / Math.max(1, tally.speaker.scored);
}

/** Share of training examples whose top-scored candidate is a right one. */
function trainAccuracy(ranker: SpeakerRanker, examples: RankingExample[]): number {
  const right = examples.filter((e) => e.gold.includes(ranker.best(e.candidates))).length;
  return right / Math.max(1, examples.length);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export const trainer: Trainer = {
  name: 'speakers',
  needs: [TRAIN_FILE],
  async train({ trainDir, evalDir, modelsDir, log }) {
    const trainFile = path.join(trainDir, TRAIN_FILE);
    const labelled = collectExamples(loadPolnearFile(trainFile));
    const { examples } = labelled;
    log(
      `${examples.length} ranking examples from ${labelled.quotes} matched quotes (${labelled.pronounGold} pronoun gold, labelled by their cue where it is that pronoun; ${labelled.unmatched} with no right candidate, or unknown)`,
    );
    const dev = evalDir ? { polnear: loadPolnear(evalDir), ggt: loadGgt(evalDir) } : null;
    const rules = dev
      ? {
          polnear: speakerAccuracy(dev.polnear, null, true, true),
          ggt: speakerAccuracy(dev.ggt, null, false, false),
        }
      : null;
    if (rules)
      log(`rule cascade alone: polnear-dev ${rules.polnear.toFixed(3)}, ggt ${rules.ggt.toFixed(3)}`);
    const tried: Array<{
      options: TrainOptions;
      ranker: SpeakerRanker;
      polnear: number | null;
      ggt: number | null;
      mean: number;
    }> = [];
    for (const options of dev ? GRID : GRID.slice(1, 2)) {
      const ranker = trainRanker(examples, options);
      const polnear = dev ? speakerAccuracy(dev.polnear, ranker, true, true) : null;
      const ggt = dev ? speakerAccuracy(dev.ggt, ranker, false, false) : null;
      log(
        `${JSON.stringify(options)}: train fit ${trainAccuracy(ranker, examples).toFixed(3)}, polnear-dev ${polnear?.toFixed(3)}, ggt ${ggt?.toFixed(3)}`,
      );
      tried.push({ options, ranker, polnear, ggt, mean: ((polnear ?? 0) + (ggt ?? 0)) / 2 });
    }
    const chosen = chooseSetting(tried);
    if (!chosen) throw new Error('speakers: no setting trained');
    const dir = path.join(modelsDir, 'speakers');
    mkdirSync(dir, { recursive: true });
    const weightsFile = path.join(dir, 'weights.json');
    writeFileSync(
      weightsFile,
      `${JSON.stringify({ model: 'speaker-ranker', version: 1, weights: serialiseWeights(chosen.ranker) }, null, 1)}\n`,
    );
    writeManifest(dir, {
      model: 'speaker-ranker',
      description:
        'Log-linear ranker over candidate speakers of a direct quote (softmax over candidates, SGD, L2).',
      command: 'npm run train speakers',
      training: {
        data: [dataRecord(trainDir, TRAIN_FILE)],
        licence:
          'PolNeAR (networkdynamics/PolNeAR), research corpus; only weights derived from it are shipped, never its text',
        examples: examples.length,
        matchedQuotes: labelled.quotes,
        pronounGoldLabelledByTheirCue: labelled.pronounGold,
        skippedNoRightCandidate: labelled.unmatched,
        options: chosen.options,
        grid: GRID,
        chosenOn: `mean of polnear-dev and GGT named-speaker accuracy; within ${DEV_TIE} of the best, the largest L2`,
      },
      features: FEATURE_TEMPLATES,
      scores: {
        train: { split: 'train', fit: round(trainAccuracy(chosen.ranker, examples)) },
        dev: dev
          ? {
              split: 'dev',
              polnearNamedSpeakers: round(chosen.polnear ?? 0),
              ggtSpeakers: round(chosen.ggt ?? 0),
              ruleCascadeAlone: { polnear: round(rules?.polnear ?? 0), ggt: round(rules?.ggt ?? 0) },
            }
          : null,
      },
      weights: { file: 'weights.json', sha256: sha256File(weightsFile) },
    });
  },
};

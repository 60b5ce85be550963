import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { type EntitySpan, labelsOf, spansOf } from '../src/engine/ner/labels.js';
import { loadModel, MODEL_DIR, nerModel, readManifest } from '../src/engine/ner/load.js';
import { tagDocument } from '../src/engine/ner/model.js';
import { type GoldSentence, quantise, trainTagger } from '../src/engine/ner/train.js';

/** Tag plain sentences as one article; each name as "TYPE words". */
function tag(...sentences: string[]): string[][] {
  const docs = sentences.map((s) => tokenize(s).map((t) => t.text));
  return tagDocument(nerModel(), docs).map((spans, i) =>
    spans.map((s) => `${s.type} ${(docs[i] ?? []).slice(s.start, s.end).join(' ')}`),
  );
}

describe('the shipped name tagger', () => {
  it('given an ordinary news sentence, it finds the people, the place and the organisation', () => {
    const [names] = tag(
      'Finance Minister Lena Marsh told reporters in Leeds on Tuesday that the Bank of England had acted too late.',
    );
    expect(names).toContain('PER Lena Marsh');
    expect(names).toContain('LOC Leeds');
    expect(names).toContain('ORG Bank of England');
    expect(names?.some((n) => n.includes('Tuesday'))).toBe(false);
  });

  it('given a shouted headline above mixed-case text, the headline names still tag', () => {
    const [headline] = tag(
      'MARSH ATTACKS BANK OF ENGLAND OVER RATES',
      'Lena Marsh said on Monday the Bank of England had ignored savers.',
      'Marsh, who has led the Treasury committee since 2021, wants a review.',
    );
    expect(headline).toContain('PER MARSH');
    expect(headline).toContain('ORG BANK OF ENGLAND');
  });

  it('given lower-case chat text, a full name and a city are still found', () => {
    const [names] = tag('did you see that david walsh was arrested in chicago last night');
    expect(names).toContain('PER david walsh');
    expect(names).toContain('LOC chicago');
  });

  it('given a surname alone later in the article, the document pass keeps it a person', () => {
    const tagged = tag(
      'Police in Denver said Marcus Oyelaran was released on bail.',
      'Oyelaran denies the charges.',
    );
    expect(tagged[0]).toContain('PER Marcus Oyelaran');
    expect(tagged[1]).toContain('PER Oyelaran');
  });

  it('matches the manifest: weights hash, labels, and a model of at most 15 MB', () => {
    const manifest = readManifest();
    const file = `${MODEL_DIR}${manifest.format.file}`;
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(hash).toBe(manifest.sha256);
    const raw = JSON.parse(readFileSync(`${MODEL_DIR}manifest.json`, 'utf8')) as { givenNamesSha256: string };
    const names = createHash('sha256')
      .update(readFileSync(`${MODEL_DIR}${manifest.format.givenNames}`))
      .digest('hex');
    expect(names).toBe(raw.givenNamesSha256);
    expect(statSync(file).size + statSync(`${MODEL_DIR}manifest.json`).size).toBeLessThanOrEqual(
      15 * 1024 * 1024,
    );
    const model = loadModel();
    expect(model.first.weights.length).toBe(manifest.format.buckets * manifest.format.labels.length);
  });
});

/** Fixture sentences written for the test, with their names as [type, first token, end token). */
const FIXTURES: [string, [EntitySpan['type'], number, number][]][] = [
  [
    'Anna Berg met Tom Kell in Oslo .',
    [
      ['PER', 0, 2],
      ['PER', 3, 5],
      ['LOC', 6, 7],
    ],
  ],
  [
    'Kell works for Nordbank in Bergen .',
    [
      ['PER', 0, 1],
      ['ORG', 3, 4],
      ['LOC', 5, 6],
    ],
  ],
  ['Nordbank said profits rose .', [['ORG', 0, 1]]],
  [
    'Berg flew to Oslo on Friday .',
    [
      ['PER', 0, 1],
      ['LOC', 3, 4],
    ],
  ],
  ['The Norwegian team won .', [['MISC', 1, 2]]],
];

function fixtureDocs(): GoldSentence[][] {
  const sentences = FIXTURES.map(([text, names]) => {
    const tokens = text.split(' ');
    const spans = names.map(([type, start, end]) => ({ type, start, end }));
    return { tokens, labels: labelsOf(spans, tokens.length) };
  });
  // Two small documents, so the two-fold first pass has something to learn from on each side.
  return [sentences.slice(0, 3), sentences.slice(3)];
}

const TINY = { buckets: 1 << 12, epochs: 12, seed: 7, upperShare: 0, lowerShare: 0, folds: 2, runs: 1 };

describe('training the tagger', () => {
  it('given a few labelled sentences, a tiny training run learns them', () => {
    const docs = fixtureDocs();
    const model = trainTagger(docs, TINY);
    const tagged = docs.flatMap((d) =>
      tagDocument(
        model,
        d.map((s) => s.tokens),
      ),
    );
    const gold = docs.flat().map((s) => spansOf(s.labels));
    expect(tagged).toEqual(gold);
  });

  it('given several runs, the weights are the mean of the runs trained with seeds a stride apart, and still learn the data', () => {
    const docs = fixtureDocs();
    const averaged = trainTagger(docs, { ...TINY, runs: 2 });
    const a = trainTagger(docs, TINY);
    const b = trainTagger(docs, { ...TINY, seed: TINY.seed + 1000 });
    expect(Buffer.from(a.second.weights.buffer).equals(Buffer.from(b.second.weights.buffer))).toBe(false);
    for (const pass of ['first', 'second'] as const) {
      const mean = a[pass].weights.map((w, k) => (w + (b[pass].weights[k] ?? 0)) / 2);
      expect(Array.from(averaged[pass].weights)).toEqual(Array.from(mean));
    }
    const tagged = docs.flatMap((d) =>
      tagDocument(
        averaged,
        d.map((s) => s.tokens),
      ),
    );
    expect(tagged).toEqual(docs.flat().map((s) => spansOf(s.labels)));
  });

  it('given the same data and seed twice, the quantised weights are identical', () => {
    const a = quantise(trainTagger(fixtureDocs(), TINY).second);
    const b = quantise(trainTagger(fixtureDocs(), TINY).second);
    expect(a.scale).toBe(b.scale);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});

import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { FeatureArena, feature, localFeatures, useGivenNames } from '../src/engine/ner/features.js';
import { type EntitySpan, LABEL_COUNT, labelsOf, spansOf } from '../src/engine/ner/labels.js';
import { loadModel, MODEL_DIR, nerModel, readManifest } from '../src/engine/ner/load.js';
import { decodeSentence, tagDocument, type WeightTable } from '../src/engine/ner/model.js';
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

describe('the tagger fast paths', () => {
  /** A deterministic small table: the same weights as int16 (fast path) and as float32 (plain loop). */
  function tables(buckets: number): { ints: WeightTable; floats: WeightTable } {
    const ints = new Int16Array(buckets * LABEL_COUNT);
    let state = 12345;
    for (let k = 0; k < ints.length; k++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      ints[k] = (state >>> 16) - 32768;
    }
    return { ints: { buckets, weights: ints }, floats: { buckets, weights: Float32Array.from(ints) } };
  }

  it('given int16 weights, decoding labels every token as the plain float loop over the same weights does', () => {
    const { ints, floats } = tables(1024);
    const sentences = [
      'Mayor Ada Quill met delegates of the Harbour Workers Union in Port Elm on Friday.',
      'THE COUNCIL OF NORTH VALE WILL VOTE ON THE PLAN',
      'she said the bridge in old mill would reopen soon',
    ].map((s) => tokenize(s).map((t) => t.text));
    let labelled = 0;
    for (const tokens of sentences) {
      const local = localFeatures(tokens);
      const fast = decodeSentence(ints, local);
      expect(Array.from(fast)).toEqual(Array.from(decodeSentence(floats, local)));
      labelled += fast.filter((l) => l !== 0).length;
    }
    // Random weights label some tokens: the comparison is over real choices, not all O.
    expect(labelled).toBeGreaterThan(0);
  });

  it('given the same sentence before and after a longer one, its features are the same and exactly sized', () => {
    const short = tokenize('Judge Omar Fenwick of the Supreme Court spoke in Dunmore.').map((t) => t.text);
    const long = tokenize(
      `${'The Riverside Trust and the Old Quay Society asked Canon Pell, Rev Ivo Hart and Dr Mina Stroud to speak. '.repeat(6)}`,
    ).map((t) => t.text);
    const before = localFeatures(short);
    localFeatures(long);
    const after = localFeatures(short);
    expect(Array.from(after.data)).toEqual(Array.from(before.data));
    expect(Array.from(after.offsets)).toEqual(Array.from(before.offsets));
    expect(after.data.length).toBe(after.offsets[short.length]);
    expect(after.data.length).toBeGreaterThan(0);
  });

  it('given a lower-case organisation and place in chat text, they get gazetteer features, also after the word was met in prose', () => {
    // In mixed-case prose a lower-case word opens no gazetteer match; the chat line must still find
    // 'nato' (known title-cased) and 'brussels' although the word records were made in prose first.
    const prose = localFeatures(tokenize('Officials said nato would meet in brussels.').map((t) => t.text));
    expect(Array.from(prose.data)).not.toContain(feature(19, 4));
    const chat = tokenize('nato is meeting in brussels today').map((t) => t.text);
    const features = localFeatures(chat);
    const of = (i: number) =>
      Array.from(features.data.subarray(features.offsets[i], features.offsets[i + 1]));
    expect(of(0)).toContain(feature(19, 4));
    expect(of(0)).not.toContain(feature(18, 4));
    expect(of(chat.indexOf('brussels'))).toContain(feature(18, 4));
  });

  /** The parts of a sentence's features that decoding reads, as plain arrays. */
  function plain(f: ReturnType<typeof localFeatures>) {
    return {
      data: Array.from(f.data),
      offsets: Array.from(f.offsets),
      lowerHashes: Array.from(f.lowerHashes),
      shapes: Array.from(f.shapes),
      skip: Array.from(f.skip),
      initials: Array.from(f.initials),
      mixed: f.mixed,
    };
  }

  it('given features written into a reused arena, they equal fresh ones, also after a reset and when it grows', () => {
    const sentences = [
      'Councillor Bea Tran said the Port Elm Ferry Company would add sailings.',
      'THE HARBOUR BOARD MEETS IN NORTH VALE',
      `${'Dr Ivo Hart and Canon Pell spoke at the Quay Society in Dunmore. '.repeat(120)}`,
      'she said the bridge in old mill would reopen soon',
    ].map((s) => tokenize(s).map((t) => t.text));
    const fresh = sentences.map((t) => plain(localFeatures(t)));
    const arena = new FeatureArena();
    for (let round = 0; round < 2; round++) {
      arena.reset();
      // All views of one document stay intact while later sentences are written (and the arena grows).
      const views = sentences.map((t) => localFeatures(t, arena));
      expect(views.map(plain)).toEqual(fresh);
    }
  });

  it('given the word cache emptied between two documents, int16 decoding still matches the plain float loop', () => {
    const { ints, floats } = tables(2048);
    const first = tokenize('Senator Aldo Brisk visited the Greyhaven Mill Trust on Monday.').map(
      (t) => t.text,
    );
    const second = tokenize('The Greyhaven Mill Trust thanked Senator Brisk in Lowmarsh.').map((t) => t.text);
    const labels = (tokens: string[]) => Array.from(decodeSentence(ints, localFeatures(tokens)));
    const expected = (tokens: string[]) => Array.from(decodeSentence(floats, localFeatures(tokens)));
    const emptyCache = () =>
      useGivenNames(readFileSync(`${MODEL_DIR}given-names.txt`, 'utf8').split('\n').filter(Boolean));
    emptyCache();
    expect(labels(first)).toEqual(expected(first));
    // Emptying the cache hands the same word ids to other words: sums kept per id must not be reused.
    emptyCache();
    expect(labels(second)).toEqual(expected(second));
    expect(labels(first)).toEqual(expected(first));
  });
});

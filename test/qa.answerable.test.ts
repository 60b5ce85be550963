import { afterEach, describe, expect, it } from 'vitest';
import {
  type Answerable,
  passesAnswerable,
  type ReplySignals,
  replyFeatures,
  replySignals,
  rightProbability,
  type SignalInput,
} from '../src/qa/answerable.js';
import type { Candidate } from '../src/qa/candidates.js';
import { lemma } from '../src/qa/lexicon.js';
import { modelFrom, QaWeightsSchema, qaModel, serialiseModel, useQaModel } from '../src/qa/model.js';
import type { FocusTerm } from '../src/qa/question.js';
import { words } from '../src/qa/text.js';
import { fitAnswerable } from '../tools/train/answerable.js';
import { articleToAsk } from './helpers/qa-article.js';
import { candidateAt } from './helpers/qa-candidate.js';

/** The "is this reply right" classifier: its signals, its decision, and how the model carries it. */

const ARTICLE = [
  'The Brenmoor ferry sailed from Tallow Quay on Tuesday with 240 passengers aboard.',
  'Harbour master Elsa Varga said the crossing took four hours in rough seas.',
  'The operator, Gullwing Lines, plans a second sailing next month.',
];

const roots = ARTICLE.map((s) => new Set(words(s).map(lemma)));
const term = (word: string, name = false): FocusTerm => ({ word, lemma: lemma(word), name });

/** A candidate where the candidate finder would give it: an entity unless it is a clause, not a chunk. */
function candidateIn(sentence: string, text: string, kind: Candidate['kind']): Candidate {
  return candidateAt(sentence, text, kind, { entity: kind !== 'clause', chunk: false });
}

function input(overrides: Partial<SignalInput> = {}): SignalInput {
  const sentence = ARTICLE[0]!;
  return {
    type: 'date',
    focus: [term('ferry'), term('sailed'), term('Tallow', true), term('Quay', true)],
    picked: {
      candidate: candidateIn(sentence, 'on Tuesday', 'date'),
      sentence: 0,
      coverage: 0.9,
      nameShare: 1,
      verb: true,
      probability: 0.6,
      spanProbability: 0.8,
      probabilities: [0.6, 0.25, 0.15],
    },
    candidateSentences: [0, 0, 1],
    sentence,
    windowCoverage: 0.9,
    articleRoots: roots,
    ...overrides,
  };
}

describe('replySignals', () => {
  it('reads the margin, the question words around the answer, the rivals and the kind', () => {
    const s = replySignals(input());
    expect(s.margin).toBeCloseTo(0.35);
    // "ferry" and "sailed" both stand within six words of "on Tuesday".
    expect(s.nearAnswer).toBe(1);
    expect(s.sentences).toBe(2);
    expect(s.rivals).toBe(2);
    expect(s.exactKind).toBe(true);
    expect(s.namesAbsent).toBe(0);
    expect(s.wordsAbsent).toBe(0);
    expect(s.echo).toBe(0);
  });

  it('counts the question words and names the article never uses', () => {
    const s = replySignals(
      input({ focus: [term('ferry'), term('refuelled'), term('Ostrava', true), term('Quay', true)] }),
    );
    expect(s.wordsAbsent).toBe(0.5);
    expect(s.namesAbsent).toBe(0.5);
  });

  it('does not count question words far from the answer as near it', () => {
    const sentence = ARTICLE[1]!;
    const s = replySignals(
      input({
        type: 'number',
        focus: [term('harbour'), term('crossing'), term('seas')],
        sentence,
        picked: { ...input().picked, candidate: candidateIn(sentence, 'four hours', 'number') },
      }),
    );
    // "crossing" is two words before and "seas" three after; "harbour" is eight words away.
    expect(s.nearAnswer).toBeCloseTo(2 / 3);
  });

  it('measures how much of the answer the question already says', () => {
    const sentence = ARTICLE[2]!;
    const s = replySignals(
      input({
        type: 'organisation',
        focus: [term('operator'), term('Gullwing', true)],
        sentence,
        picked: { ...input().picked, candidate: candidateIn(sentence, 'Gullwing Lines', 'organisation') },
      }),
    );
    expect(s.echo).toBe(0.5);
    expect(s.exactKind).toBe(true);
  });
});

const signals: ReplySignals = replySignals(input());

describe('the decision', () => {
  it('one-hot encodes the question type and reads the verb apart for dates and numbers', () => {
    const f = replyFeatures(signals);
    expect(f.get('type:date')).toBe(1);
    expect(f.get('typed_verb')).toBe(1);
    expect(replyFeatures({ ...signals, type: 'person' }).has('typed_verb')).toBe(false);
  });

  it('gives a probability from hand-set weights and keeps the reply only above the bar', () => {
    const weights = { bias: -2, probability: 4, verb: 1 };
    // z = -2 + 4 × 0.6 + 1 = 1.4
    expect(rightProbability(signals, weights)).toBeCloseTo(1 / (1 + Math.exp(-1.4)));
    const weak = { ...signals, probability: 0.1, verb: false };
    const classifier: Answerable = { bar: 0.5, weights };
    expect(passesAnswerable(signals, classifier)).toBe(true);
    expect(passesAnswerable(weak, classifier)).toBe(false);
    // No classifier (the shipped default) or a rule's answer (no signals): always kept.
    expect(passesAnswerable(weak, undefined)).toBe(true);
    expect(passesAnswerable(undefined, classifier)).toBe(true);
  });
});

describe('fitting', () => {
  it('learns that a probable pick is right, the same weights every time', () => {
    const records = Array.from({ length: 60 }, (_, i) => {
      const probability = (i % 10) / 10;
      return {
        signals: { ...signals, probability, margin: probability / 2 },
        right: probability >= 0.5,
        unanswerable: i % 7 === 0 && probability < 0.5,
      };
    });
    const a = fitAnswerable(records, { steps: 400, rate: 0.5, l2: 1e-3, unanswerableWeight: 2 });
    expect(a.probability).toBeGreaterThan(1);
    expect(a).toEqual(fitAnswerable(records, { steps: 400, rate: 0.5, l2: 1e-3, unanswerableWeight: 2 }));
    const p = (probability: number) =>
      rightProbability({ ...signals, probability, margin: probability / 2 }, a);
    expect(p(0.9)).toBeGreaterThan(0.5);
    expect(p(0.1)).toBeLessThan(0.5);
  });
});

describe('the model file', () => {
  const base = { version: 1, settings: qaModel().settings, weights: { a: 0.5 } };

  it('loads a classifier when there is one and writes it back byte for byte', () => {
    const file = { ...base, answerable: { bar: 0.3, weights: { bias: -0.25, verb: 1.5 } } };
    const model = modelFrom(QaWeightsSchema.parse(file));
    expect(model.answerable?.bar).toBe(0.3);
    const text = serialiseModel(model);
    expect(serialiseModel(modelFrom(QaWeightsSchema.parse(JSON.parse(text))))).toBe(text);
  });

  it('writes no classifier when it was not kept, as the file was before there was one', () => {
    const text = serialiseModel(modelFrom(QaWeightsSchema.parse(base)));
    expect(JSON.parse(text)).not.toHaveProperty('answerable');
  });

  it('rejects a classifier without weights or with a bar outside 0-1', () => {
    expect(() => QaWeightsSchema.parse({ ...base, answerable: { bar: 0.3 } })).toThrow();
    expect(() => QaWeightsSchema.parse({ ...base, answerable: { bar: 1.5, weights: {} } })).toThrow();
  });
});

describe('answering with a classifier', () => {
  afterEach(() => useQaModel(null));

  it("says it can't find the answer when the classifier doubts the scorer's reply", async () => {
    const { ask, close } = await articleToAsk(ARTICLE.join(' '));
    const shipped = qaModel();
    try {
      const question = 'How many passengers were aboard the Brenmoor ferry?';
      useQaModel({ ...shipped, answerable: { bar: 0.5, weights: { bias: 20 } } });
      const kept = await ask(question);
      expect(kept.status).toBe('answered');
      expect(kept.answer).toContain('240');
      expect(kept.signals?.type).toBe('number');
      useQaModel({ ...shipped, answerable: { bar: 0.5, weights: { bias: -20 } } });
      const doubted = await ask(question);
      expect(doubted.status).toBe('not-found');
      expect(doubted.answer).toBeNull();
    } finally {
      await close();
    }
  });
});

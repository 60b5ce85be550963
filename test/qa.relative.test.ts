import { describe, expect, it } from 'vitest';
import { sentencesArticle } from './helpers/articles.js';
import { sentenceCandidates } from '../src/qa/candidates.js';
import { articleIndex, lemmaWeights } from '../src/qa/evidence.js';
import { questionView, relativeFeatures, sentenceView } from '../src/qa/features.js';
import { parseQuestion } from '../src/qa/question.js';

/**
 * The phrase features that compare a candidate with the other candidates of its sentence
 * (features.ts relativeFeatures). Invented sentences.
 */

function setUp(sentences: string[], question: string) {
  const parsed = sentencesArticle(sentences);
  const q = parseQuestion(question);
  const view = questionView(q);
  const weights = lemmaWeights(articleIndex(`test:relative:${question}`, parsed), view.lemmas);
  const { tokens, candidates } = sentenceCandidates(parsed, 0, { reason: false });
  const s = sentenceView(tokens, view, { coverage: 1, bm25: 1, rank: 0, gap: 0 }, weights);
  const features = relativeFeatures(candidates, s, view);
  const of = (text: string) => {
    const k = candidates.findIndex((c) => c.text === text);
    expect(
      k,
      `no candidate "${text}" among ${candidates.map((c) => c.text).join(', ')}`,
    ).toBeGreaterThanOrEqual(0);
    return [...features[k]!.keys()];
  };
  return { of, type: q.type };
}

describe('relativeFeatures', () => {
  it('given a phrase inside a longer candidate, marks the piece as inside and the whole as holding it', () => {
    const { of } = setUp(
      ['The harbour pilot was fined by the Coastal Shipping Board of Malta on Monday.'],
      'Who fined the harbour pilot?',
    );
    expect(of('Malta').some((f) => f.startsWith('inside|'))).toBe(true);
    expect(of('Malta').some((f) => f.startsWith('holds|'))).toBe(false);
    const whole = of('the Coastal Shipping Board of Malta');
    expect(whole.some((f) => f.startsWith('holds|'))).toBe(true);
  });

  it('given one date among several phrases, marks it as the only phrase of its kind', () => {
    const { of } = setUp(
      ['The ferry left Lisbon for Porto on Monday with forty passengers.'],
      'When did the ferry leave Lisbon?',
    );
    expect(of('Monday').some((f) => f.startsWith('only_kind|kind=date'))).toBe(true);
  });

  it('ranks the phrase beside the rare question words first and a far one below it', () => {
    const { of, type } = setUp(
      [
        'Officials said on Monday that the harbour pilot was deported to Malta after a long inquiry by the regulator.',
        'Officials said the harbour reopened.',
        'Officials said the pilot had worked there for years.',
      ],
      'Where was the harbour pilot deported to?',
    );
    expect(of('Malta')).toContain(`prox_rank0|type=${type}`);
    expect(of('the regulator')).not.toContain(`prox_rank0|type=${type}`);
  });
});

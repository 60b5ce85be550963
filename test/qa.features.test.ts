import { describe, expect, it } from 'vitest';
import { sentencesArticle } from './helpers/articles.js';
import { sentenceCandidates } from '../src/qa/candidates.js';
import { articleIndex, lemmaWeights } from '../src/qa/evidence.js';
import { candidateFeatures, questionView, sentenceView } from '../src/qa/features.js';
import { parseQuestion } from '../src/qa/question.js';

/**
 * Phrase features added in session 6: the question's words placed against the candidate as they
 * stand against the question word, question word pairs beside the candidate, the word-class shape
 * of the span, lists and attached phrases, and the asked-for noun in or beside the phrase.
 * Invented sentences.
 */

function featuresOf(sentence: string, question: string, phrase: string): Map<string, number> {
  const parsed = sentencesArticle([sentence, 'The harbour board met again later that week.']);
  const view = questionView(parseQuestion(question));
  const weights = lemmaWeights(articleIndex(`test:${question}`, parsed), view.lemmas);
  const { tokens, candidates } = sentenceCandidates(parsed, 0, { reason: false });
  const s = sentenceView(tokens, view, { coverage: 1, bm25: 1, rank: 0, gap: 0 }, weights);
  const c = candidates.find((x) => x.text === phrase);
  if (!c) throw new Error(`no candidate "${phrase}" among ${candidates.map((x) => x.text).join(' | ')}`);
  return candidateFeatures(c, s, view);
}

const sumOf = (f: Map<string, number>, prefix: string) =>
  [...f].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);

describe('question order', () => {
  it('puts the words written after the question word on the side of the answer they stand in the statement', () => {
    const f = featuresOf(
      'The harbour board approved a floating breakwater for the marina.',
      'What did the harbour board approve for the marina?',
      'a floating breakwater',
    );
    // "harbour board approve" before, "marina" after: words after "what" on both sides.
    expect(sumOf(f, 'qafter_left')).toBeGreaterThan(0);
    expect(sumOf(f, 'qafter_right')).toBeGreaterThan(0);
    expect(sumOf(f, 'qbefore_left')).toBe(0);
  });

  it('counts words written before the question word apart', () => {
    const f = featuresOf(
      'The marina was opened by the harbour board in 1998.',
      'The marina was opened in what year?',
      '1998',
    );
    expect(sumOf(f, 'qbefore_left')).toBeGreaterThan(0);
    expect(sumOf(f, 'qafter_left')).toBe(0);
  });
});

describe('question word pairs beside the phrase', () => {
  it('marks a pair of the question right before the candidate', () => {
    const f = featuresOf(
      'The contract went to a small firm after a long tender.',
      'Which firm won the contract after the long tender?',
      'a small firm',
    );
    expect(sumOf(f, 'pair_right')).toBe(1);
    const g = featuresOf(
      'The contract went to a small firm after a long tender.',
      'Which firm won the contract?',
      'a small firm',
    );
    expect(sumOf(g, 'pair_right')).toBe(0);
  });
});

describe('shape, lists and attached phrases', () => {
  it('names the word classes of a short span and reads a list and its inner preposition', () => {
    const list = featuresOf(
      'Farmers near the estuary grow wheat, barley and oats.',
      'What do farmers near the estuary grow?',
      'wheat, barley and oats',
    );
    expect(sumOf(list, 'list|')).toBeGreaterThan(0);
    const attached = featuresOf(
      'The council took out a loan from regional lenders on Monday.',
      'What did the council take out on Monday?',
      'a loan from regional lenders',
    );
    expect(attached.get('prep_inside=from|wh=what')).toBe(1);
    const plain = featuresOf(
      'The council took out a loan from regional lenders on Monday.',
      'What did the council take out on Monday?',
      'regional lenders',
    );
    expect(sumOf(plain, 'prep_inside')).toBe(0);
    expect([...plain.keys()].some((k) => k.startsWith('shape=adj-noun|'))).toBe(true);
  });

  it('marks the asked-for noun heading the phrase', () => {
    const f = featuresOf(
      'The appeal was heard by the court of session in March.',
      'Which court heard the appeal?',
      'the court of session',
    );
    expect(sumOf(f, 'asked_in') + sumOf(f, 'asked_head')).toBeGreaterThan(0);
  });
});

describe('words beside the phrase and the question opening', () => {
  it('names the words right before and after the candidate, open-class ones too', () => {
    const f = featuresOf(
      'The ferry was built by shipwrights from Varnholm during the winter.',
      'Who built the ferry?',
      'shipwrights',
    );
    expect(f.get('prevw=by|wh=who')).toBe(1);
    expect(f.get('nextw=from|wh=who')).toBe(1);
    const g = featuresOf(
      'The ferry was built by shipwrights from Varnholm during the winter.',
      'Who built the ferry?',
      'the winter',
    );
    expect(g.get('prevw=dur|wh=who')).toBe(1); // the root of "during"
  });

  it("crosses the candidate's kind with the question word and the word after it", () => {
    const f = featuresOf(
      'The marina was opened in 1998 by the harbour board.',
      'What year was the marina opened?',
      '1998',
    );
    expect(f.get('kind=date|after_wh=what year')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { figureOfOtherMeasure } from '../src/qa/measure-kind.js';
import type { ParsedArticle } from '../src/engine/schema.js';
import type { ScoredSentence } from '../src/qa/evidence.js';
import { parseQuestion } from '../src/qa/question.js';
import { saidGapFiller } from '../src/qa/said-gap.js';
import { askingArticle } from './helpers/qa-article.js';

describe('one reading of "how much money" (question.ts q.money, read by measure-kind.ts)', () => {
  it('reads the giving and investing verbs as a sum of money asked', () => {
    expect(parseQuestion('How much did the Orlen trust pour into the harbour works?').money).toBe(true);
    expect(parseQuestion('How much has Tamsin Wyle invested in the ferry line?').money).toBe(true);
    expect(parseQuestion('How much did the Kell fund give the rowing club?').money).toBe(true);
    expect(parseQuestion('How much did prices rise in Vellport?').money).toBe(false);
  });

  it('the measure check follows the question reader: a count is not a sum of money', () => {
    const q = parseQuestion('How much did the Orlen trust pour into the harbour works?');
    expect(figureOfOtherMeasure('three barges', q.text, q.money)).toBe(true);
    expect(figureOfOtherMeasure('$4 million', q.text, q.money)).toBe(false);
  });
});

describe('saidGapFiller: the part of the reported clause a "what did X say ...?" question leaves out', () => {
  const read = (question: string, sentence: string) =>
    saidGapFiller(
      { sentences: [sentence] } as unknown as ParsedArticle,
      question,
      [{ index: 0, coverage: 1 } as ScoredSentence],
      0.5,
    )?.text ?? null;

  it('the subject missing: the quotation or the noun phrase before the predicate', () => {
    expect(
      read(
        'What did Venn say would be too costly?',
        '“A second bridge” would be too costly, Mayor Orla Venn said on Tuesday.',
      ),
    ).toBe('A second bridge');
    expect(
      read(
        'What did Venn say would be too costly for Tarnby?',
        'Venn said a toll road would be too costly for the town.',
      ),
    ).toBe('a toll road');
  });

  it('the complement missing: the words after the same verb chain, to the clause end', () => {
    expect(
      read(
        'What did Venn say the season is going to be?',
        'Venn added that the season “is going to be a long one” for the ferry crews.',
      ),
    ).toBe('a long one');
    expect(
      read(
        'What did Venn say her answer to the strikers would be?',
        'Venn told the Courier her answer would simply be “to sit down and talk” if the crews asked.',
      ),
    ).toBe('to sit down and talk');
  });

  it('a pronoun is no filler, and a bare auxiliary is no predicate', () => {
    expect(read('What did Venn say would be too costly?', 'It would be too costly, Venn said.')).toBeNull();
    expect(read('What did Venn say is?', 'The plan is fine, Venn said.')).toBeNull();
  });
});

describe('a "what did X say ...?" question answered with the filler, in an article', () => {
  const article = askingArticle(
    [
      'Tarnby council delays vote on harbour crossing.',
      'TARNBY — The Tarnby council put off a vote on a new harbour crossing on Tuesday after a long night of debate.',
      '“A second bridge” would be too costly, Mayor Orla Venn said after the meeting.',
      'The council will meet again in March, when engineers from the Kell Institute present their survey.',
    ].join('\n\n'),
  );

  it('reads the subject the reported clause leaves out', async () => {
    const r = await article.ask('What did Orla Venn say would be too costly?');
    expect(r.answer).toBe('A second bridge');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { questionView } from '../src/qa/features.js';
import { gatherCandidates } from '../src/qa/pick.js';
import { parseQuestion } from '../src/qa/question.js';

/** "What was the score?" is answered by a score as sports reports write it ("3-1", "6-3 6-1"). Invented text. */

const parsed = parseArticle({
  published: '2024-06-01',
  text: `Rovers edge past Harriers

Kelso Rovers beat the Harriers 3-1 on Saturday, their first win for 12 months in front of 4,000 fans.

Anna Reyes won the final 6-3 6-1 in 58 minutes.`,
});

function sentenceWith(needle: string): number {
  return parsed.sentences.findIndex((s) => s.includes(needle));
}

function kept(question: string, needle: string) {
  const ranked = [{ index: sentenceWith(needle), coverage: 1, bm25: 1, windowCoverage: 1 }];
  return gatherCandidates(parsed, questionView(parseQuestion(question)), ranked, 1);
}

describe('score questions', () => {
  it('keep only a score written with a dash, not the other numbers of the sentence', () => {
    const texts = kept('What was the final score?', '4,000 fans').map((g) => g.candidate.text);
    expect(texts).toContain('3-1');
    expect(texts.some((t) => /12|4,000/.test(t))).toBe(false);
  });

  it('other number questions still see every number', () => {
    const texts = kept('How many fans watched?', '4,000 fans').map((g) => g.candidate.text);
    expect(texts.some((t) => t.includes('4,000'))).toBe(true);
  });

  it('a score of several sets is kept whole ("6-3 6-1")', () => {
    const texts = kept('What was the score of the final?', '58 minutes').map((g) => g.candidate.text);
    expect(texts).toContain('6-3 6-1');
    expect(texts.some((t) => t.includes('58'))).toBe(false);
  });
});

describe('length questions', () => {
  const fall = parseArticle({
    published: '2024-06-01',
    text: `Climber hurt in quarry fall

A 24-year-old climber slipped and fell 30ft from a ledge in a disused quarry near Kelso on Sunday, two rescuers said.`,
  });

  it('"how far" keeps a number with a unit of length, not an age or a count', () => {
    const index = fall.sentences.findIndex((s) => s.includes('quarry near'));
    const ranked = [{ index, coverage: 1, bm25: 1, windowCoverage: 1 }];
    const texts = gatherCandidates(
      fall,
      questionView(parseQuestion('How far did the climber fall?')),
      ranked,
      1,
    ).map((g) => g.candidate.text);
    expect(texts.some((t) => t.includes('30ft'))).toBe(true);
    expect(texts.some((t) => /24|two/.test(t))).toBe(false);
  });
});

describe('time counts', () => {
  const later = parseArticle({
    published: '2024-06-01',
    text: `Second ferry fire at Kelso pier

A ferry caught fire at Kelso pier on Monday; two crew had escaped a blaze there six weeks earlier.`,
  });

  it('"how many weeks" reads a span the date finder took as a time ("six weeks earlier") as a count', () => {
    const index = later.sentences.findIndex((s) => s.includes('six weeks'));
    const ranked = [{ index, coverage: 1, bm25: 1, windowCoverage: 1 }];
    const numbers = (question: string) =>
      gatherCandidates(later, questionView(parseQuestion(question)), ranked, 1)
        .filter((g) => g.candidate.kind === 'number')
        .map((g) => g.candidate.text);
    expect(
      numbers('How many weeks after the first fire did the second happen?').some((t) =>
        t.startsWith('six weeks'),
      ),
    ).toBe(true);
    // Counting something else, the span stays a time.
    expect(numbers('How many crew escaped?').some((t) => t.startsWith('six weeks'))).toBe(false);
  });
});

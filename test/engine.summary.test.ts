import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import type { Doc } from '../src/engine/doc.js';
import { segment } from '../src/engine/sentences.js';
import { summarize, trimAtWord } from '../src/engine/summary.js';
import { rouge } from '../src/eval/rouge.js';

function docOf(raw: string, title?: string): Doc {
  const cleaned = cleanArticle(raw, title);
  const { sentences, sentenceParagraph } = segment(cleaned.paragraphs);
  return { ...cleaned, published: null, sentences, sentenceParagraph };
}

describe('summarize', () => {
  const seed = docOf(readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8'));

  it('on the seed, gives three caption-free sentences in article order', () => {
    const { summary, oneLine } = summarize(seed, { sentences: 3 });
    expect(summary).toHaveLength(3);
    const indexes = summary.map((s) => seed.sentences.indexOf(s));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(summary.join(' ')).not.toMatch(/credit|Iranians carry|not pictured/i);
    expect(summary[0]).toMatch(/^Iranian officials held indirect talks/);
    expect(oneLine.length).toBeLessThanOrEqual(200);
  });

  it('honours the requested number of sentences', () => {
    expect(summarize(seed, { sentences: 2 }).summary).toHaveLength(2);
  });

  it('given a question lead, prefers the informative sentences', () => {
    const doc = docOf(
      'Is the city ready for the flood season this year?\nThe city council approved a new flood barrier plan worth $40 million on Monday.\nThe flood barrier will protect 12,000 homes along the river, the council said.\nWork on the barrier starts in June.',
      'City approves flood barrier plan',
    );
    const { summary } = summarize(doc, { sentences: 2 });
    expect(summary).not.toContain('Is the city ready for the flood season this year?');
  });

  it('never repeats a near-identical sentence', () => {
    const doc: Doc = {
      title: 'Bridge closes',
      published: null,
      paragraphs: [],
      sentences: [
        'The old bridge over the river will close for repairs on Monday.',
        'The old bridge over the river will close for repairs on Monday, officials said.',
        'Traffic will be diverted through the town centre for two months.',
      ],
      sentenceParagraph: [0, 1, 2],
      captions: [],
    };
    const { summary } = summarize(doc, { sentences: 2 });
    expect(summary).toHaveLength(2);
    expect(summary[1]).toBe('Traffic will be diverted through the town centre for two months.');
  });
});

describe('trimAtWord', () => {
  it('cuts a long line at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(60).trim();
    const cut = trimAtWord(text, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('rouge', () => {
  it('scores identical text 1 and disjoint text 0, with stemming', () => {
    expect(rouge(['The cats were running home.'], ['the cat was running home']).rouge1).toBeGreaterThan(0.7);
    expect(rouge(['Alpha beta gamma.'], ['delta epsilon zeta']).rouge1).toBe(0);
    const same = rouge(
      ['Officials met in Oman.', 'Talks ended.'],
      ['Officials met in Oman.', 'Talks ended.'],
    );
    expect(same).toEqual({ rouge1: 1, rouge2: 1, rougeLsum: 1 });
  });
});

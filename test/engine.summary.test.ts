import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import type { Doc } from '../src/engine/doc.js';
import { segment } from '../src/engine/sentences.js';
import { PENALTY, standalone, summarize, trimAtWord } from '../src/engine/summary.js';
import { foldOf } from '../src/eval/tasks/summary.js';
import { rouge } from '../src/eval/rouge.js';
import { sentenceDoc } from './helpers/docs.js';

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

/** A document from ready-split sentences, one paragraph each, so the tests exercise only the scorer. */
function docOfSentences(sentences: string[], title = ''): Doc {
  return sentenceDoc(sentences, { title });
}

describe('standalone', () => {
  const plain = 'The council approved the new flood barrier plan on Monday evening.';

  it('given a plain declarative sentence, keeps it at full weight', () => {
    expect(standalone(plain, 1)).toBe(1);
  });

  it('given a fragment of under six words, rules it out', () => {
    expect(standalone('No wonder, then.', 1)).toBe(0);
    expect(standalone('Guilty across the board.', 0)).toBe(0);
  });

  it('given a dateline, byline or timestamp on its own, rules it out', () => {
    expect(standalone('By Jane Parker and Tom Ellis', 0)).toBe(0);
    expect(standalone('PUBLISHED: 09:12 EST, 14 April 2015 | UPDATED: 11:40 EST', 0)).toBe(0);
  });

  it('given a question, scores it well below a statement', () => {
    expect(standalone('Is the city really ready for another flood season this year?', 0)).toBe(
      PENALTY.question,
    );
  });

  it('given a sentence that opens inside a quotation, scores it lower', () => {
    expect(standalone('‘We have waited far too long for this barrier,’ one resident said.', 1)).toBe(
      PENALTY.opensWithQuote,
    );
  });

  it('given caption wording glued into the body, scores it lower', () => {
    expect(standalone('The mayor (pictured) opened the new flood barrier on Monday morning.', 1)).toBe(
      PENALTY.captionMarker,
    );
  });

  it('given a leading pronoun after the first sentence, scores it lower, but not in the first sentence', () => {
    const sentence = 'She said the barrier would protect thousands of homes along the river.';
    expect(standalone(sentence, 2)).toBe(PENALTY.leadingPronoun);
    expect(standalone(sentence, 0)).toBe(1);
  });

  it('given a very long sentence, scales it down by its length', () => {
    const long = `The council said ${'the new barrier will protect homes, '.repeat(16)}officials said.`;
    expect(standalone(long, 1)).toBeLessThan(0.7);
    expect(standalone(long, 1)).toBeGreaterThan(0);
  });
});

describe('summarize selection rules', () => {
  it('given a pronoun-led third sentence, takes a self-contained later one instead', () => {
    const doc = docOfSentences([
      'The city council approved a $40 million flood barrier on Monday night.',
      'The barrier will protect 12,000 homes along the river, according to the plan.',
      'He called the vote a turning point for residents who had waited years.',
      'Construction is due to begin in June and finish within two years.',
    ]);
    const { summary } = summarize(doc, { sentences: 3 });
    expect(summary).toEqual([doc.sentences[0], doc.sentences[1], doc.sentences[3]]);
  });

  it('given glued caption text among the lead sentences, leaves it out', () => {
    const doc = docOfSentences([
      'Firefighters rescued a family of four from a burning house in Leeds early on Sunday.',
      'The blaze started in the kitchen shortly after 2am, the fire service said.',
      'The family (pictured) were treated for smoke inhalation at the scene by paramedics.',
      'Investigators believe a faulty fridge freezer was to blame for the fire.',
    ]);
    const { summary } = summarize(doc, { sentences: 3 });
    expect(summary.join(' ')).not.toMatch(/pictured/);
    expect(summary).toHaveLength(3);
  });

  it('given long lead sentences, stops at two once the word budget is spent', () => {
    const doc = docOfSentences([
      'The regional transport authority announced on Tuesday that the northern rail line would be rebuilt over the next four years at a cost of several hundred million pounds, with the work split into phases so that commuters face as little disruption as possible.',
      'Freight operators, who carry most of the steel and timber leaving the valley, had lobbied for years for the upgrade and welcomed a timetable that keeps at least one track open through every stage of the construction work.',
      'Ticket prices will not rise while the work goes on.',
    ]);
    expect(summarize(doc, { sentences: 3 }).summary).toHaveLength(2);
  });

  it('given short lead sentences, still gives the three requested', () => {
    const doc = docOfSentences([
      'A new library opened in the town centre on Saturday.',
      'It holds more than 40,000 books and a children’s reading room.',
      'The building cost £6 million and took two years to finish.',
      'Opening hours will be extended during the summer holidays.',
    ]);
    expect(summarize(doc, { sentences: 3 }).summary).toHaveLength(3);
  });

  it('given a headline, prefers the later sentence that carries it over scene-setting', () => {
    const sentences = [
      'The storm arrived just after midnight on the coast.',
      'Residents of the seaside town woke to the sound of breaking glass and sirens.',
      'Coastguards rescued eleven fishermen from a sinking trawler off Whitby.',
      'The harbour will stay closed until Thursday while damage is assessed.',
    ];
    const withoutTitle = summarize(docOfSentences(sentences), { sentences: 2 }).summary;
    const withTitle = summarize(
      docOfSentences(sentences, 'Coastguards rescue eleven fishermen from sinking trawler'),
      {
        sentences: 2,
      },
    ).summary;
    expect(withoutTitle).toEqual([sentences[0], sentences[1]]);
    expect(withTitle).toEqual([sentences[0], sentences[2]]);
  });

  it('given a sentence that restates the lead in other words, prefers one with new information', () => {
    const doc = docOfSentences([
      'Striking nurses at Riverside hospital walked out over pay on Wednesday.',
      'But pay is why the Riverside hospital nurses are striking, walking out Wednesday.',
      'Managers cancelled 300 routine operations and asked patients to stay away.',
    ]);
    const { summary } = summarize(doc, { sentences: 2 });
    expect(summary).toEqual([doc.sentences[0], doc.sentences[2]]);
  });
});

describe('foldOf', () => {
  it('puts an id in the same fold every time and spreads ids over both folds', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `article-${i}`);
    const folds = ids.map((id) => foldOf(id, 2));
    expect(ids.map((id) => foldOf(id, 2))).toEqual(folds);
    expect(new Set(folds)).toEqual(new Set([0, 1]));
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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import type { Doc } from '../src/engine/doc.js';
import { segment } from '../src/engine/sentences.js';
import { isQuoteFragment, leadCandidate, summarize, trimAtWord } from '../src/engine/summary.js';
import { foldOf } from '../eval/tasks/summary.js';
import { rouge } from '../eval/rouge.js';
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

describe('leadCandidate', () => {
  it('given a plain declarative sentence, accepts it', () => {
    expect(leadCandidate('The council approved the new flood barrier plan on Monday evening.')).toBe(true);
  });

  it('given a fragment of under six words, rules it out', () => {
    expect(leadCandidate('No wonder, then.')).toBe(false);
    expect(leadCandidate('Not a chance, sadly.')).toBe(false);
  });

  it('given a dateline, byline or timestamp on its own, rules it out', () => {
    expect(leadCandidate('By Jane Parker and Tom Ellis')).toBe(false);
    expect(leadCandidate('PUBLISHED: 09:12 EST, 14 April 2015 | UPDATED: 11:40 EST')).toBe(false);
  });

  it('given a rhetorical question or glued caption wording, rules it out', () => {
    expect(leadCandidate('Is the city really ready for another flood season this year?')).toBe(false);
    expect(leadCandidate('The mayor (pictured) opened the new flood barrier on Monday morning.')).toBe(false);
  });

  it('given a quotation that names its speaker, accepts it', () => {
    expect(leadCandidate('‘We have waited far too long for this barrier,’ one resident said.')).toBe(true);
    expect(leadCandidate('“It is a fair deal,” the union’s leader told reporters on Friday.')).toBe(true);
  });
});

describe('isQuoteFragment', () => {
  it('given a sentence that is all quotation, with mixed marks, calls it a fragment', () => {
    expect(isQuoteFragment('“We are ready to pay the workers in full on April 9.’')).toBe(true);
    expect(isQuoteFragment('"The talks will go on through the night."')).toBe(true);
  });

  it('given a sentence that ends inside an open quotation, calls it a fragment', () => {
    expect(isQuoteFragment('The minister said: “We will not give up the harbour.')).toBe(true);
  });

  it('given the close of a quotation begun earlier, a fragment unless a speaker follows', () => {
    expect(isQuoteFragment('It will take years to rebuild the bridge.”')).toBe(true);
    expect(isQuoteFragment('I am proud to lead the campaign for the new hospital in 2026.’')).toBe(true);
    expect(isQuoteFragment('We know where the money went,” she said.')).toBe(false);
  });

  it('given ordinary sentences with possessive apostrophes and attributed quotes, does not call them fragments', () => {
    expect(isQuoteFragment('The players’ union rejected the offer on Tuesday.')).toBe(false);
    expect(isQuoteFragment('“Yes,” the mayor said, “we are ready.”')).toBe(false);
    expect(isQuoteFragment('and then the crowd went home.')).toBe(true);
  });
});

describe('summarize selection rules', () => {
  it('gives the lead sentences in order, skipping a rhetorical question', () => {
    const doc = docOfSentences([
      'Ready for the storm?',
      'Forecasters warned of gales along the whole east coast on Sunday night.',
      'Ferries between Hull and Rotterdam were cancelled for two days.',
      'Residents were told to move cars away from the sea front.',
      'The storm is expected to ease by Tuesday.',
    ]);
    expect(summarize(doc, { sentences: 3 }).summary).toEqual([
      doc.sentences[1],
      doc.sentences[2],
      doc.sentences[3],
    ]);
  });

  it('never ends on a quotation that does not say who said it: the next clean sentence comes instead', () => {
    const doc = docOfSentences([
      'Dock workers at the port of Felixstowe ended a two-week strike on Monday.',
      'The union and the port operator agreed a pay rise of nine per cent.',
      '“We are ready to pay the back wages on April 9.’',
      'The operator’s chief executive said the deal would cost £12 million.',
    ]);
    const { summary } = summarize(doc, { sentences: 3 });
    expect(summary).toEqual([doc.sentences[0], doc.sentences[1], doc.sentences[3]]);
    expect(isQuoteFragment(summary[summary.length - 1]!)).toBe(false);
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

  it('given a headline, still keeps to the lead: the title does not pull later sentences in', () => {
    const sentences = [
      'The storm arrived just after midnight on the coast.',
      'Residents of the seaside town woke to the sound of breaking glass and sirens.',
      'Coastguards rescued eleven fishermen from a sinking trawler off Whitby.',
    ];
    const withTitle = summarize(
      docOfSentences(sentences, 'Coastguards rescue eleven fishermen from sinking trawler'),
      {
        sentences: 2,
      },
    ).summary;
    expect(withTitle).toEqual([sentences[0], sentences[1]]);
  });

  it('given an article of fragments only, falls back to its first sentence', () => {
    const doc = docOfSentences(['Breaking news.', 'More soon.']);
    const { summary, oneLine } = summarize(doc, { sentences: 3 });
    expect(summary).toEqual(['Breaking news.']);
    expect(oneLine).toBe('Breaking news.');
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

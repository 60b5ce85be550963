import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import type { Doc } from '../src/engine/doc.js';
import { analysedPart, parseArticle } from '../src/engine/pipeline.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/engine/sentences.js';
import { dropNearDuplicates } from '../src/engine/text/duplicates.js';

/**
 * Hostile and broken articles must not hold the bot: every stage's cost grows about linearly with
 * the text. Times are CPU time of this process (not wall time), the best of a few runs, so other
 * work on a shared machine slows them little; the bounds keep several times the slack a linear
 * stage needs, while a quadratic one misses them by far.
 */

/** Seeded generator, so every run parses the same text. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PHRASES = [
  'on Monday',
  'last week',
  'March 5, 2024',
  'yesterday',
  'in January',
  'two days ago',
  'next month',
  'on Friday, June 7',
  'the following day',
  'in 2019',
  'last spring',
  'this year',
];

/**
 * One run-on "sentence" listing date phrases: the shape that made date detection quadratic. Every
 * cycle of phrases adds a different full date, so no stretch of it repeats another word for word
 * (cleaning would drop the repeats and leave nothing to time).
 */
function dateList(chars: number, separator = ', '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const cycle = Math.floor(i / PHRASES.length);
    const phrase =
      i % PHRASES.length === 0
        ? `${1 + (cycle % 28)} June ${1950 + (cycle % 70)}`
        : PHRASES[i % PHRASES.length]!;
    parts.push(phrase);
    length += phrase.length + separator.length;
  }
  return `${parts.join(separator)} and today.`;
}

const WORDS =
  'council voted against the plan on Monday after officials met reporters near the harbour while shares rose and a spokesman declined to comment when the strike ended two weeks later as ministers said talks would resume'.split(
    ' ',
  );

/** Sentences from a small vocabulary: every common word pair recurs all through the text. */
function prose(chars: number, seed: number, quoteEvery = 0): string {
  const next = random(seed);
  let text = '';
  let words = 0;
  let sentences = 0;
  while (text.length < chars) {
    let word = WORDS[Math.floor(next() * WORDS.length)]!;
    if (words === 0) word = word[0]!.toUpperCase() + word.slice(1);
    text += word;
    words++;
    if (quoteEvery > 0 && words % quoteEvery === 0) text += ' "';
    if (words > 8 + next() * 20) {
      text += '. ';
      words = 0;
      sentences++;
      if (sentences % 5 === 0) text += '\n\n';
    } else text += ' ';
  }
  return text;
}

/** Best CPU time in seconds of `runs` calls. */
function cpuSeconds(work: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

function docOf(sentences: string[]): Doc {
  return {
    title: '',
    published: '2024-05-17',
    paragraphs: [sentences.join(' ')],
    sentences,
    sentenceParagraph: sentences.map(() => 0),
    captions: [],
  };
}

// Loads every lazily built table and model once, so no timing below pays for it.
parseArticle({
  text: 'The minister said on Monday that talks "would resume" in March.',
  published: '2024-05-17',
});

describe('bounded parse time', () => {
  it('given a 69 KB article that is one long list of date phrases, it parses in under 2 s', () => {
    const text = dateList(69 * 1024);
    let dates = 0;
    const seconds = cpuSeconds(() => {
      dates = parseArticle({ text, title: 'Dates', published: '2024-05-17' }).dates.length;
    });
    expect(dates).toBeGreaterThan(1000);
    expect(seconds).toBeLessThan(2);
  }, 60_000);

  it('given 190 KB holding 10,000 unclosed quote marks, it parses well under 2 s', () => {
    const text = prose(190 * 1024, 7, 2);
    expect((text.match(/"/g) ?? []).length).toBeGreaterThan(10_000);
    const seconds = cpuSeconds(() => parseArticle({ text, title: 'Quotes', published: '2024-05-17' }));
    expect(seconds).toBeLessThan(1.5);
  }, 60_000);

  // Four times the text, not twice: a linear stage then takes about 4x (measured 4.1-5.1x idle,
  // up to 6.7x with both cores busy), a quadratic one 16x, so the bound sits far from both.
  // At 2x the two were 2.3-3.7x against 4x, too close for a shared CI machine.
  it('given four times as many dates in one run-on sentence, the date stage takes well under sixteen times as long', () => {
    const small = docOf([dateList(30_000, ' and ')]);
    const large = docOf([dateList(120_000, ' and ')]);
    extractDates(small);
    const ratio = cpuSeconds(() => extractDates(large)) / cpuSeconds(() => extractDates(small));
    expect(ratio).toBeLessThan(10);
  }, 60_000);

  // As the date check above: at 2x (bound 3x against quadratic 4x) a busy CI machine read 3.4x;
  // 1x against 4x keeps linear (4x) and quadratic (16x) far apart with the same input in all.
  it('given four times as many sentences sharing a small vocabulary, duplicate removal takes well under sixteen times as long', () => {
    const sentencesOf = (chars: number) => prose(chars, 11).split('. ');
    const small = sentencesOf(600_000);
    const large = sentencesOf(2_400_000);
    const run = (items: string[]) => () => dropNearDuplicates(items, (s) => s, { exactShort: false });
    run(small)();
    const ratio = cpuSeconds(run(large)) / cpuSeconds(run(small));
    expect(ratio).toBeLessThan(10);
  }, 60_000);
});

describe('overlong sentences', () => {
  const FIRST = ['Maria', 'John', 'Ahmed', 'Olga', 'Pierre', 'Fatima', 'Lars', 'Aiko', 'Kwame', 'Sofia'];
  const LAST = ['Lopez', 'Smith', 'Khan', 'Petrova', 'Dubois', 'Hassan', 'Berg', 'Tanaka', 'Mensah', 'Rossi'];
  /** A comma list of names with no full stop: the shape that made per-sentence stages blow up. */
  function nameList(chars: number): string {
    const next = random(5);
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < chars; i++) {
      const part = `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]} of ward ${i}`;
      parts.push(part);
      length += part.length + 2;
    }
    return `${parts.join(', ')}.`;
  }

  it('given a paragraph with no full stop, cuts it after a comma into pieces no longer than the cap, each a piece of the text', () => {
    const text = nameList(10_000);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.includes(piece)).toBe(true);
    }
    expect(pieces[0]!.endsWith(',')).toBe(true);
  });

  it('given an ordinary long sentence, leaves it whole', () => {
    const sentence = `The minister said ${'the plan would cost more than expected, '.repeat(12)}officials said.`;
    expect(splitSentences(sentence)).toEqual([sentence]);
  });

  it('given a 150 KB comma list of names, it parses in under 2 s', () => {
    const text = nameList(150 * 1024);
    const seconds = cpuSeconds(() => parseArticle({ text, title: 'Names', published: '2024-05-17' }));
    expect(seconds).toBeLessThan(2);
  }, 60_000);
});

describe('near-duplicates in long articles', () => {
  it('given a sentence repeated after hundreds of others made of the same common words, the repeat is still dropped', () => {
    const sentences = prose(60_000, 3).split('. ');
    const repeated = 'The harbour council said the strike ended after ministers met reporters';
    const items = [repeated, ...sentences, `${repeated} on the quay`];
    const kept = dropNearDuplicates(items, (s) => s, { exactShort: false });
    expect(kept.filter((s) => s.startsWith('The harbour council'))).toEqual([`${repeated} on the quay`]);
  });
});

describe('analysis cap', () => {
  const long = prose(120_000, 5);

  it('given clean text past the cap, every sentence is kept but only the first part is analysed, and the article says so', () => {
    const whole = parseArticle(
      { text: long, title: 'Long', published: '2024-05-17' },
      { maxAnalysedChars: 30_000 },
    );
    const truncated = whole.truncated;
    expect(truncated).not.toBeNull();
    expect(truncated!.analysedChars).toBeLessThanOrEqual(30_000);
    expect(truncated!.totalChars).toBeGreaterThan(100_000);
    expect(truncated!.analysedSentences).toBeLessThan(whole.sentences.length);
    expect(whole.sentences.length).toBe(whole.sentenceParagraph.length);
    expect(whole.dates.length).toBeGreaterThan(0);
    expect(whole.dates.every((d) => d.sentence < truncated!.analysedSentences)).toBe(true);
  });

  it('given an ordinary article, nothing is cut and truncated stays null', () => {
    const article = parseArticle({
      text: 'The council voted against the harbour plan on Monday. A spokesman declined to comment.',
      published: '2024-05-17',
    });
    expect(article.truncated).toBeNull();
    expect(article.dates.map((d) => d.value)).toEqual(['2024-05-13']);
  });

  it('given a paragraph cut part-way, the analysed paragraph holds exactly the sentences kept', () => {
    const doc: Doc = {
      title: '',
      published: null,
      paragraphs: ['First one here. Second one here.', 'Third one here. Fourth one here.'],
      sentences: ['First one here.', 'Second one here.', 'Third one here.', 'Fourth one here.'],
      sentenceParagraph: [0, 0, 1, 1],
      captions: [],
    };
    const part = analysedPart(doc, 50);
    expect(part?.doc.sentences).toEqual(['First one here.', 'Second one here.', 'Third one here.']);
    expect(part?.doc.paragraphs).toEqual(['First one here. Second one here.', 'Third one here.']);
    expect(part?.total).toBe(62);
    expect(analysedPart(doc, 62)).toBeNull();
  });
});

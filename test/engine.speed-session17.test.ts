import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/engine/dates.js';
import { settleByEvidence } from '../src/engine/entities/body-evidence.js';
import { WordsOutsideHeadlines } from '../src/engine/entities/headline-words.js';
import { prepareSentence, wordsWrittenAlone } from '../src/engine/entities/mentions/index.js';
import { mention } from '../src/engine/entities/mentions/mention.js';
import { lowerVocabulary } from '../src/engine/entities/names.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { isFurniture } from '../src/engine/text/boilerplate.js';
import { sentenceDoc } from './helpers/docs.js';

// Session 17, speed: fast paths that skip work which cannot change the answer. Each test shows the
// answer the skipped work still gives where it matters. Sentences are invented.

const TUESDAY = '2025-06-10';
const dates = (sentences: string[]) =>
  extractDates(sentenceDoc(sentences, { published: TUESDAY })).map((d) => [d.text, d.value]);

const sentences = (texts: string[]) => {
  const out = texts.map((t, i) => prepareSentence(t, i));
  const lower = lowerVocabulary(out.map((s) => s.tokens));
  for (const s of out) s.lower = lower;
  return out;
};
const wholeSpan = (start: number, end: number) => ({ start, end, title: null, honorificOnly: false });

describe('date rules skipped by the literal words their pattern needs', () => {
  it('given a weekday by name, it is read; a sentence with only "today" or "days" has no weekday', () => {
    expect(dates(['The ferry sails again on Thursday, the harbour office said.'])).toEqual([
      ['on Thursday', '2025-06-05'],
    ]);
    expect(dates(['Today the days are longer, and earlier trains run.'])).toEqual([['Today', '2025-06-10']]);
  });

  it('given a count of units before "ago" or "earlier", in any case, it is read', () => {
    expect(dates(['The pier reopened three weeks ago, after the storm.'])).toEqual([
      ['three weeks ago', '2025-W21'],
    ]);
    expect(dates(['Dredging Began Two Months Earlier Than Planned.'])).toEqual([
      ['Two Months Earlier', '2025-04'],
    ]);
  });

  it('given a day number with its ordinal ending after "on the", it is read; "the fourth" is not', () => {
    expect(dates(['The council will vote on the 24th, a clerk said.'])).toEqual([
      ['on the 24th', '2025-06-24'],
    ]);
    expect(dates(['The fourth floor was closed on the orders of the clerk.'])).toEqual([]);
  });
});

describe('the prompt prefilter, one case-blind search (boilerplate.ts)', () => {
  it('given a prompt phrase in mixed case, the line is furniture', () => {
    expect(isFurniture('Stay close to the quay: Follow Us On the harbour feed')).toBe(true);
  });

  it('given the phrase words run into others, the line is body text', () => {
    expect(isFurniture('The copyrights to the ferry song were sold')).toBe(false);
  });
});

describe('article word lists collected only when asked (headline-words.ts, mentions/sentence.ts)', () => {
  it('given a headline and a body sentence, the body words are those outside the headline', () => {
    const words = new WordsOutsideHeadlines(
      sentences(['Aide Laughs Off Ferry Question Again', 'The aide said the ferry plan would work.']),
    );
    expect(words.has('aide')).toBe(true);
    expect(words.has('Laughs')).toBe(false);
    expect(words.has('ferry')).toBe(true);
  });

  it('given a surname written alone and one after two capitals, only the first is written alone', () => {
    const alone = wordsWrittenAlone(
      sentences(['Dr McAllister said the quay was safe.', 'The skipper spoke to RJ Fenwick at noon.']),
    );
    expect(alone.has('McAllister')).toBe(true);
    expect(alone.has('Fenwick')).toBe(false);
  });
});

describe('cheap refusals before the slower reading (body-evidence.ts, mentions/mention.ts)', () => {
  it('given a name before a legal form elsewhere, a person mention of it is the business', () => {
    const s = sentences([
      'Brannock Holt said the yard would hire more welders.',
      'Brannock Holt Ltd confirmed the plan on its website.',
    ]);
    const found = s.map((x) => mention(x, wholeSpan(0, 2), 'person', null));
    expect(settleByEvidence(s, found).map((m) => [m.text, m.kind])).toEqual([
      ['Brannock Holt', 'organization'],
      ['Brannock Holt', 'organization'],
    ]);
  });

  it('given a name that fills a pair of quote marks, it is quoted whole; a name after a closed quote is not', () => {
    const [quoted] = sentences(['Fans of the show “Velma Tides” wrote to the station.']);
    expect(mention(quoted!, wholeSpan(5, 7), 'person', null).quotedWhole).toBe(true);
    const [after] = sentences(['“We sailed,” said the old skipper to Velma Tides at the pier.']);
    expect(mention(after!, wholeSpan(10, 12), 'person', null).quotedWhole).toBe(false);
  });
});

describe('pronoun speakers read with module functions (quotes/resolve.ts)', () => {
  const speakers = (text: string) =>
    parseArticle({ text, published: TUESDAY }).quotes.map((q) => [q.text, q.speaker]);

  it('given "she said" after a woman is named, the quote is hers', () => {
    expect(
      speakers(
        'Mara Quill runs the ferry yard at Orlen.\n\nShe said: “We will hire twenty welders in the spring.”',
      ),
    ).toEqual([['We will hire twenty welders in the spring.', 'Mara Quill']]);
  });

  it('given a name with "he said" set after it, the quote is the earlier man’s, not the named one’s', () => {
    expect(
      speakers(
        'Tomas Brede met the crews on Friday.\n\nRuth Hale, he said, “knows every pier on this coast.”',
      ),
    ).toEqual([['knows every pier on this coast.', 'Tomas Brede']]);
  });
});

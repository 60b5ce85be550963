import { describe, expect, it } from 'vitest';
import { namesContestTitle } from '../src/engine/entities/pageant-titles.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { parseArticle } from '../src/engine/pipeline.js';

/** Is `name`, where the sentence first writes it, a contest's title after its honorific? */
function contestTitle(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const words = name.split(' ');
  const start = tokens.findIndex((t) => t.text === words[0]);
  return namesContestTitle(tokens, { start, end: start + words.length });
}

describe('an honorific before a country or the world is a contest title (pageant-titles.ts)', () => {
  it('given Miss or Mister before a country or a contest scope, the name is a title', () => {
    expect(contestTitle('She was crowned Miss Peru in the spring.', 'Peru')).toBe(true);
    expect(contestTitle('The old Miss Universe winner spoke.', 'Universe')).toBe(true);
    expect(contestTitle('He won Mister World twice.', 'World')).toBe(true);
  });

  it('given a surname or a place that is also a given name, the honorific keeps its person', () => {
    expect(contestTitle('Miss Vantrell said she would stay.', 'Vantrell')).toBe(false);
    expect(contestTitle('Miss Georgia Vantrell said she would stay.', 'Georgia Vantrell')).toBe(false);
    expect(contestTitle('Mayor Peru said so.', 'Peru')).toBe(false);
  });

  it('given a whole article, a former contest winner is listed, her title is not', () => {
    const people = parseArticle({
      text: 'Mayor Tom Vell spoke on Monday.\n\nShe had been Miss Poland back in 2003, then Miss Universe, her agent said.\n',
    }).people.map((p) => p.name);
    expect(people).not.toContain('Poland');
    expect(people).not.toContain('Universe');
  });
});

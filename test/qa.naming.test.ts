import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { nameOfThing } from '../src/qa/naming.js';

/** "What is the title of X's book?": the name in apposition after the asked noun (invented text). */

const TEXT = [
  'Harbour writer Vela Moranne signed copies in Tarnby on Sunday.',
  'Moranne’s latest book, The Long Road to Moranne Street, was published on Tuesday.',
  'Her campaign Monday drew a crowd, and the campaign, Ivo Brandt said, would go on.',
].join('\n\n');

describe('the name of a thing the question describes', () => {
  it('reads the title after "book," in the sentence naming the owner', () => {
    const found = nameOfThing(parseArticle({ text: TEXT }), "What is the title of Moranne's latest book?");
    expect(found?.text).toBe('The Long Road to Moranne Street');
  });

  it('a weekday or a person after the noun is no name', () => {
    const parsed = parseArticle({ text: TEXT });
    expect(nameOfThing(parsed, 'What is the name of her campaign?')).toBeNull();
  });

  it('only "what is the name/title of ..." questions are read', () => {
    expect(nameOfThing(parseArticle({ text: TEXT }), "What did Moranne's book say?")).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isListedBody } from '../src/engine/entities/listed-bodies.js';
import type { Mention } from '../src/engine/entities/mentions/index.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { mentionOf } from './helpers/mentions.js';

/** Is `name`, where the sentence first writes it, listed as an example of bodies? */
function listed(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const words = name.split(' ');
  const start = tokens.findIndex((t) => t.text === words[0]);
  const m: Mention = mentionOf(name, 'person', 0);
  m.span = { start, end: start + words.length, title: null, honorificOnly: false };
  return isListedBody(tokens, m);
}

describe('names listed after a plural noun of bodies are bodies (listed-bodies.ts)', () => {
  it('given "companies such as", "firms like" or "groups, including" before the list, each name is a body', () => {
    expect(listed('Drug companies such as Orbex and Tallis gave money.', 'Orbex')).toBe(true);
    expect(listed('Drug companies such as Orbex, Tallis and Eli Vane gave money.', 'Eli Vane')).toBe(true);
    expect(listed('It courted firms like Dorrance last year.', 'Dorrance')).toBe(true);
    expect(listed('Several groups, including Dorrance, objected.', 'Dorrance')).toBe(true);
    expect(listed('It drew on groups like Marla’s Circle for money.', 'Marla')).toBe(true);
  });

  it('given a noun of people, or a person owning the listed body, the name stays a person', () => {
    expect(listed('Candidates such as Ada Marsh spoke.', 'Ada Marsh')).toBe(false);
    expect(listed('Groups including Ada Marsh’s charity objected.', 'Ada Marsh')).toBe(false);
    expect(listed('Dorrance said companies should pay.', 'Dorrance')).toBe(false);
  });

  it('given a whole article, a founder-named firm in such a list is not among its people', () => {
    const people = parseArticle({
      text: 'Mayor Tom Vell spoke on Monday.\n\nDrug companies such as Orbex, Tallis, Eli Vane and Corin Labs gave money to the fund.\n',
    }).people.map((p) => p.name);
    expect(people).toEqual(['Tom Vell']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/engine/entities/mentions/index.js';
import { isStateNickname } from '../src/engine/entities/state-nicknames.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { mentionOf } from './helpers/mentions.js';

/** Is `name`, where the sentence first writes it, a state's nickname? */
function nickname(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const words = name.split(' ');
  const start = tokens.findIndex((t) => t.text === words[0]);
  const m: Mention = mentionOf(name, 'person', 0);
  m.span = { start, end: start + words.length, title: null, honorificOnly: false };
  return isStateNickname(tokens, m);
}

describe('"the X State" is a state, not a person (state-nicknames.ts)', () => {
  it('given "the", a capitalised word and a closing "State", the word names the state', () => {
    expect(nickname('Voters in the Cactus State were split.', 'Cactus')).toBe(true);
    expect(nickname('The Cactus State votes next week.', 'Cactus')).toBe(true);
    expect(nickname('The Cactus State votes next week.', 'Cactus State')).toBe(true);
  });

  it('given a body opening on "State", or no "the", the rule stays out', () => {
    expect(nickname('Aides in the Vell State Department left.', 'Vell')).toBe(false);
    expect(nickname('Vell State lost to its rival.', 'Vell')).toBe(false);
  });

  it('given a whole article, the nickname is not listed among its people', () => {
    const people = parseArticle({
      text: 'Mayor Tom Vell spoke on Monday.\n\nThe Sunshine State is the biggest prize of the night.\n',
    }).people.map((p) => p.name);
    expect(people).toEqual(['Tom Vell']);
  });
});

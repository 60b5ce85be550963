import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';
import { ownerOfAskedThing } from '../../src/qa/thing-owner.js';

/** A body's name written before the question's thing, or after "<thing> in", owns or made it. Invented text. */

const at = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  return [start, start + name.length] as const;
};

describe('ownerOfAskedThing', () => {
  it('takes a name standing before the asked thing, modifiers between', () => {
    const s = 'Ruiz stumbled at the KTV presidential debate on Friday.';
    const q = parseQuestion('Which network hosted the presidential debate?');
    expect(ownerOfAskedThing(s, ...at(s, 'KTV'), q)).toBe(true);
  });

  it('takes a name after "<thing> in"', () => {
    const s = 'A sharp editorial in the Vell Courier criticised the mayor.';
    const q = parseQuestion('Which newspaper ran the editorial?');
    expect(ownerOfAskedThing(s, ...at(s, 'Vell Courier'), q)).toBe(true);
  });

  it('refuses a name in another phrase or a question of another type', () => {
    const s = 'Ruiz spoke to KTV after the debate.';
    expect(ownerOfAskedThing(s, ...at(s, 'KTV'), parseQuestion('Which network hosted the debate?'))).toBe(
      false,
    );
    const t = 'the KTV debate';
    expect(ownerOfAskedThing(t, ...at(t, 'KTV'), parseQuestion('Who hosted the debate?'))).toBe(false);
  });
});

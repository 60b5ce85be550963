import { describe, expect, it } from 'vitest';
import { namesWhereOfficeIsHeld } from '../src/engine/entities/office-modifiers.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { parseArticle } from '../src/engine/pipeline.js';

/** Is `name`, where the sentence first writes it, the place an office is held? */
function whereHeld(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const words = name.split(' ');
  const start = tokens.findIndex((t) => t.text === words[0]);
  return namesWhereOfficeIsHeld(tokens, { start, end: start + words.length }, []);
}

const peopleOf = (text: string) => parseArticle({ text }).people.map((p) => p.name);

describe('a name between a modifier of an office and the office is no person (office-modifiers.ts)', () => {
  it('given "former" or a party word, then the name, then a title or role noun, the name is where the office is held', () => {
    expect(whereHeld('Former Quorvex CEO Lina Barsh spoke.', 'Quorvex')).toBe(true);
    expect(whereHeld('Former Tallis Assembly Speaker Omar Fenn left.', 'Tallis Assembly')).toBe(true);
    expect(whereHeld('the former Quorvex reporter Lina Barsh wrote.', 'Quorvex')).toBe(true);
    expect(whereHeld('then Republican Tallis leader Omar Fenn said.', 'Tallis')).toBe(true);
    expect(whereHeld('Former Tallis rebel leader Omar Fenn was held.', 'Tallis')).toBe(true);
  });

  it('given no office after the name, or no modifier before it, the rule stays out', () => {
    expect(whereHeld('Former Quorvex said the deal was off.', 'Quorvex')).toBe(false);
    expect(whereHeld('Senator Quorvex reporter Lina Barsh said.', 'Quorvex')).toBe(false);
    expect(whereHeld('Quorvex CEO Lina Barsh said.', 'Quorvex')).toBe(false);
    expect(whereHeld('Former Tallis rebels took the town.', 'Tallis')).toBe(false);
  });

  it('given a whole article, the employer of a former officer is not listed among its people', () => {
    const people = peopleOf(
      'Mayor Tom Vell spoke on Monday.\n\nFormer Orbex CEO Dana Pryce named a favourite. Former House Speaker Glen Marsh said the plan was weak.\n',
    );
    expect(people).toContain('Dana Pryce');
    expect(people).toContain('Glen Marsh');
    expect(people).not.toContain('Orbex');
    expect(people).not.toContain('House');
  });
});

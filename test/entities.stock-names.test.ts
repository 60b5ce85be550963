import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/engine/entities/mentions/index.js';
import { isBeforeStockNoun } from '../src/engine/entities/stock-names.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { mentionOf } from './helpers/mentions.js';

/** Is `name`, where the sentence first writes it, taken for a company by the word after it? */
function companyByStock(sentence: string, name: string, title = false): boolean {
  const tokens = tokenize(sentence);
  const words = name.split(' ');
  const start = tokens.findIndex((t) => t.text === words[0]);
  const m: Mention = mentionOf(name, 'person', 0);
  m.span = {
    start,
    end: start + words.length,
    title: title ? { start: start - 1, end: start } : null,
    honorificOnly: false,
  };
  return isBeforeStockNoun(tokens, m);
}

describe('a name before its stock is a company (stock-names.ts)', () => {
  it('given "shares" followed by a past verb, a market verb or a number, the name is the company', () => {
    expect(companyByStock('Dorrance shares fell 6 percent on Tuesday.', 'Dorrance')).toBe(true);
    expect(companyByStock('Tarvell Vane shares slip on weak outlook.', 'Tarvell Vane')).toBe(true);
    expect(companyByStock('Dorrance stock, which had doubled, lost ground.', 'Dorrance')).toBe(true);
    expect(companyByStock('Dorrance shares were down in early trade.', 'Dorrance')).toBe(true);
  });

  it('given "shares" as a verb with its object, the name stays a person', () => {
    expect(companyByStock('Dorrance shares his view of the market.', 'Dorrance')).toBe(false);
    expect(companyByStock('Dorrance shares the blame, aides said.', 'Dorrance')).toBe(false);
  });

  it('given a full name opening on a given name, or a title before it, the name stays a person', () => {
    expect(companyByStock('Marcus Dorrance shares fell after the report.', 'Marcus Dorrance')).toBe(false);
    expect(companyByStock('Mr Dorrance shares rose after the report.', 'Dorrance', true)).toBe(false);
  });
});

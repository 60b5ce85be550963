import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { articleIndex } from '../src/qa/evidence.js';
import { askingArticle } from './helpers/qa-article.js';

// Invented text throughout: people, towns and events made up for these tests.

/** The name roots each sentence is read as naming through a pronoun (pronoun-referents.ts). */
function referred(text: string): string[][] {
  const parsed = parseArticle({ text });
  return articleIndex(`test:${text}`, parsed).referredRoots.map((r) => [...r]);
}

describe('a pronoun subject names the person named just before it', () => {
  // The name two sentences back: the window of the sentence before does not reach it.
  const story = `Harbour councillor Ada Brook was elected mayor of Vellby in 2019 after a long campaign.
The town had gone without a mayor for three years.
She resigned in May after a dispute over the ferry budget.
The council named a caretaker the next week.`;

  it('credits the pronoun sentence with her name', () => {
    const roots = referred(story);
    expect(roots[2]).toContain('brook');
    expect(roots[0]).toEqual([]);
    expect(roots[1]).toEqual([]);
  });

  const article = askingArticle(story);
  it('answers "when" from the sentence that says "She"', async () => {
    const r = await article.ask('When did Ada Brook resign?');
    expect(r.evidence).toContain('She resigned in May');
    expect(r.answer).toBe('May');
  });
});

describe('what a pronoun does not point at', () => {
  it('a quoted "He" running on from a quotation is the speaker’s word, not the writer’s', () => {
    const text = `Dockworker Tomas Reed spoke at the rally on Friday.
“We asked the board for a meeting.
He never answered us,” Reed said.`;
    expect(referred(text)[2]).toEqual([]);
  });

  it('"He praised Kell": the man the sentence names is not its subject', () => {
    const text = `Ferry captain Olav Kell docked late on Tuesday.
Port chief Ivo Marsh met the crew at the pier.
He praised Kell for bringing the passengers home safely.`;
    const roots = referred(text);
    expect(roots[2]).toContain('marsh');
    expect(roots[2]).not.toContain('kell');
  });

  it('two men in the sentence before: no one for sure', () => {
    const text = `Ferry captain Olav Kell and port chief Ivo Marsh met on Tuesday.
He said the pier would reopen in June.`;
    expect(referred(text)[1]).toEqual([]);
  });

  it('a run of "He" subjects keeps its person past a man named as an object', () => {
    const text = `Port chief Ivo Marsh opened the new pier on Monday.
He thanked Olav Kell for the loan of his crew.
He then cut the ribbon.`;
    const roots = referred(text);
    expect(roots[2]).toContain('marsh');
    expect(roots[2]).not.toContain('kell');
  });

  it('"His aide said": a possessive opener starts no run of its person', () => {
    const text = `Mayor Ivo Marsh hired Mr. Tomas Reed as his aide on Monday.
His aide, Mr. Reed, starts next week at the harbour office.
“We have much to do,” he said.`;
    const roots = referred(text);
    expect(roots[1]).toContain('marsh');
    expect(roots[2]).toContain('reed');
    expect(roots[2]).not.toContain('marsh');
  });
});

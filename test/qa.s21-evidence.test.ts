import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { articleIndex } from '../src/qa/evidence.js';
import { askingArticle } from './helpers/qa-article.js';

// Invented text throughout: people, towns and events made up for these tests.

/** The name roots each sentence is read as naming without writing the name (evidence.ts). */
function referred(text: string): string[][] {
  const parsed = parseArticle({ text });
  return articleIndex(`test:s21:${text}`, parsed).referredRoots.map((r) => [...r]);
}

describe('a quotation tagged by a description names its speaker (speaker-referents.ts)', () => {
  // The name stands two sentences back: the window of the sentence before does not reach it.
  const story = `Harbour commissioner Ada Brook toured the flooded docks of Vellby on Monday with two engineers.
Fishermen want the north pier open by April, their union said.
The storm had torn two cranes from their rails and sunk a ferry.
“We will open the north pier again in June, once the cranes are checked,” the commissioner told reporters.`;

  it('credits the sentence tagged "the commissioner told" with her name, and no other', () => {
    const roots = referred(story);
    expect(roots[3]).toContain('brook');
    expect(roots[3]).toContain('ada');
    expect(roots[1]).toEqual([]);
  });

  const article = askingArticle(story);
  it('answers "when" from the quotation her description speaks', async () => {
    const r = await article.ask('When will Ada Brook open the north pier?');
    expect(r.evidence).toContain('north pier again in June');
    expect(r.answer).toBe('June');
  });
});

describe('a quotation whose speaker the sentence names gets no credit', () => {
  it('“...,” Reed said: the surname is written, the given name is not added', () => {
    const text = `Dockworker Tomas Reed spoke at the rally on Friday.
“We asked the board for a meeting and heard nothing,” Reed said.`;
    expect(referred(text)[1]).toEqual([]);
  });
});

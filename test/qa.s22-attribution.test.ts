import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/qa/question.js';
import { askingArticle } from './helpers/qa-article.js';

// Invented text throughout: people, towns and events made up for these tests.

describe('"according to <source>" in a question names the source, not the fact (attribution.ts)', () => {
  it('drops the attribution word from the focus and keeps the source’s name', () => {
    const focus = parseQuestion('How many boats were lost, according to Ada Brook?').focus.map(
      (f) => f.lemma,
    );
    expect(focus).not.toContain('accord');
    expect(focus).not.toContain('according');
    expect(focus).toEqual(expect.arrayContaining(['boat', 'ada', 'brook']));
  });

  it('keeps "according" when no "to" follows it', () => {
    const focus = parseQuestion('Did the crews act according with the harbour rules?').focus.map(
      (f) => f.word,
    );
    expect(focus).toContain('according');
  });

  // The figure's sentence attributes nothing: the source is named two sentences away.
  const article =
    askingArticle(`Harbour commissioner Ada Brook toured the docks of Vellby on Thursday, a week after the storm.
The storm tore two cranes from their rails at the north pier.
Fishermen who tied up at the south quay came through with little damage.
At the north pier, 40 boats were lost in a single night.
The harbour board met on Friday to plan repairs to the cranes.
Brook said the north pier would open again in June.`);

  it('answers from the sentence that states the figure without writing "according"', async () => {
    const r = await article.ask('How many boats were lost at the north pier, according to Ada Brook?');
    expect(r.status).toBe('answered');
    expect(r.answer).toBe('40 boats');
    expect(r.evidence).toContain('40 boats were lost');
  });
});

import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** "at <venue> in <town>": the venue with its town is where the event happened. Invented text. */

const launch = `Mayor Ana Ruiz said on Friday she would run for governor of Orrin.
Ruiz spoke at Harbour Hall in Vellport to announce her campaign before a crowd of dock workers.
Her rival, Ivo Kell, spoke at the same hour in a school gym across the river.`;

describe('the venue before the town', () => {
  const article = askingArticle(launch);

  it('answers "where did X announce ...?" with the venue and its town', async () => {
    const r = await article.ask('Where did Ruiz announce her campaign?');
    expect(r.answer).toBe('Harbour Hall in Vellport');
  });
});

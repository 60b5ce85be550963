import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/engine/schema.js';
import { listAfterKind } from '../../src/qa/list-answer.js';
import { askingArticle } from '../helpers/qa-article.js';

/** The names set off after a plural kind answer a question asking for several (list-answer.ts). Invented text. */

const harbour = `Ferry crews on the Orrin coast ended their strike on Monday after a week of talks.
Two harbour negotiators, Orla Brandt and Ivo Tarn, signed the pay deal in Vellby on Monday evening.
The port's rivals — Sen. Mara Quill and Gov. Tomas Rehn — criticised the deal within hours.
Orla Brandt said the ferries would sail again on Tuesday.`;

describe('a list of names after a plural kind', () => {
  const article = askingArticle(harbour);

  it('answers "which two <kind>" with the whole coordinated list after the comma', async () => {
    const r = await article.ask('Which two harbour negotiators signed the pay deal?');
    expect(r.answer).toBe('Orla Brandt and Ivo Tarn');
  });

  it('keeps the titles written in a dash apposition', async () => {
    const r = await article.ask("Who were the port's rivals that criticised the deal?");
    expect(r.answer).toBe('Sen. Mara Quill and Gov. Tomas Rehn');
  });
});

describe('listAfterKind', () => {
  const ask = (sentence: string, kind: string) =>
    listAfterKind({ sentences: [sentence] } as unknown as ParsedArticle, kind, [
      { index: 0, coverage: 1, bm25: 0, windowCoverage: 1 },
    ])?.text ?? null;

  it('takes the list closed by punctuation, serial comma and all', () => {
    expect(ask('The three ferry firms: Quay Lines, Tarn Boats, and Orrin Sail, agreed.', 'firms')).toBe(
      'Quay Lines, Tarn Boats, and Orrin Sail',
    );
  });

  it('refuses a list shorter than the count before the kind', () => {
    expect(ask('Nine towns lost service: Vellby, Hask and Dunmore, officials said.', 'towns')).toBeNull();
  });

  it('refuses a list that goes on past the apposition', () => {
    expect(
      ask('The skippers, Orla Brandt and Ivo Tarn, as well as Mara Quill, sailed.', 'skippers'),
    ).toBeNull();
  });

  it('refuses names not set off by punctuation', () => {
    expect(ask('The skippers Orla Brandt and Ivo Tarn sailed.', 'skippers')).toBeNull();
  });
});

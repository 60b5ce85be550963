import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { roleSetBefore } from '../../src/qa/role-before.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who is X?" answered by the description set off before X's name. Invented text. */

const harbour = `The Norland harbour bill passed on Tuesday after months of delay.
Critics said the magistrate overseeing the harbour fee cases, the Vellby-born Marta Okonkwo, could not rule on the bill.
Fishing crews, Ivo Tarnberg and the ferry companies all backed the final text.`;

describe('a description set before the name', () => {
  const article = askingArticle(harbour);

  it('answers "who is X?" with the phrase headed by a person noun before "<phrase>, X,"', async () => {
    // The role stage gives the person this description at ingest (roles/set-before.ts), cut
    // before its participle clause as a role is; the question-time reading keeps the clause.
    const r = await article.ask('Who is Marta Okonkwo?');
    expect(r.answer).toBe('Marta Okonkwo: the magistrate');
    const parsed = parseArticle({ text: harbour });
    expect(roleSetBefore(parsed, ['Marta Okonkwo'])?.text).toBe(
      'the magistrate overseeing the harbour fee cases',
    );
  });

  it('does not read a list before a name as a description', () => {
    const parsed = parseArticle({ text: harbour });
    expect(roleSetBefore(parsed, ['Ivo Tarnberg'])).toBeNull();
  });
});

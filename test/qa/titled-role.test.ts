import { describe, expect, it } from 'vitest';
import { endsInTitleAbbreviation } from '../../src/qa/titled-role.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who is X?" when X's role is a rank with its state or party before it. Invented text. */

const harbour = `The Norland harbour bill passed the lower house on Tuesday.
Republican Rep. Marta Okonkwo of Vellby, a longtime backer of the port authority, said the vote was overdue.
Opponents said the bill would raise fees for small boats.`;

describe('a role ending in a rank abbreviation', () => {
  const article = askingArticle(harbour);

  it('answers "who is X?" with the rank and the apposition that says what X is', async () => {
    const r = await article.ask('Who is Marta Okonkwo?');
    expect(r.answer).toContain('a longtime backer of the port authority');
  });

  it('reads "Montana Sen." and "former Arkansas Gov." as ranks, "chief of staff" as a post', () => {
    expect(endsInTitleAbbreviation('Montana Sen.')).toBe(true);
    expect(endsInTitleAbbreviation('former Arkansas Gov.')).toBe(true);
    expect(endsInTitleAbbreviation('chief of staff')).toBe(false);
  });
});

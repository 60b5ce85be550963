import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';
import { askingArticle } from '../helpers/qa-article.js';

/** Yes/no questions opening on "n't" or on a conjunction: read as yes/no, answered Yes/No. Invented text. */

const ferry = `The Tarnby ferry line confirmed on Monday that its night crossing would resume in May.
The harbour board did not approve the new fares, its chair Ilse Varga said.
Crews spent the winter repainting the two older boats.`;

describe('yes/no question openings', () => {
  const article = askingArticle(ferry);

  it('reads a contracted auxiliary or a conjunction and an auxiliary first as yes/no', () => {
    expect(parseQuestion("Didn't the ferry line confirm the night crossing?").type).toBe('yesno');
    expect(parseQuestion('Won’t the night crossing resume in May?').type).toBe('yesno');
    expect(parseQuestion('But did the harbour board approve the new fares?').type).toBe('yesno');
    // A conjunction and a wh-word stays a wh-question.
    expect(parseQuestion('And who chairs the harbour board?').type).toBe('person');
  });

  it('the contracted auxiliary is no focus word of the claim', () => {
    expect(parseQuestion("Didn't the ferry line confirm it?").focus.map((f) => f.word)).not.toContain(
      "Didn't",
    );
  });

  it('"Didn\'t X confirm ...?" is "Yes" when X confirmed, and "No" when the article denies it', async () => {
    const confirmed = await article.ask("Didn't the ferry line confirm the night crossing would resume?");
    expect(confirmed.answer).toBe('Yes');
    const fares = await article.ask("Didn't the harbour board approve the new fares?");
    expect(fares.answer).toBe('No');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { ageAnswer } from '../src/qa/age.js';

/** "How old is X?" answered from the age shapes of session 12, on invented articles. */
const ageIn = (text: string, who: string) => ageAnswer(parseArticle({ text }), who)?.text ?? null;

describe('ageAnswer: an age stated as a claim, or by role noun', () => {
  it('reads "X is 58 years old" after the name', () => {
    const text =
      'The governor of Pellam named Oskar Brandvik to the harbour board on Tuesday. Brandvik is 58 years old and has run the ferry company for a decade. He starts in May.';
    expect(ageIn(text, 'Oskar Brandvik')).toBe('58');
  });

  it('reads "the 71-year-old judge" as the age of the one person whose role is judge', () => {
    const text =
      'Judge Marta Velen of the Orrin district court said on Monday she would retire in June. Critics said the 71-year-old judge had delayed too many trials. Mayor Tom Hesk praised her record.';
    expect(ageIn(text, 'Marta Velen')).toBe('71');
  });

  it('does not give the age of a role noun that two people share', () => {
    const text =
      'Judge Marta Velen and Judge Ines Cordo heard the appeal in Orrin on Monday. The 71-year-old judge asked the most questions.';
    expect(ageIn(text, 'Marta Velen')).toBeNull();
  });
});

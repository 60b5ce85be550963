import { describe, expect, it } from 'vitest';
import { clauseOfAskedFigure } from '../../src/qa/number-clause.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askingArticle } from '../helpers/qa-article.js';

/** Several figures in coordinated clauses: the one whose clause names what the question asks. Invented text. */

function figureAt(sentence: string, text: string) {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length };
}

describe('the figure of the clause the question asks about', () => {
  const sentence = 'The poll gave 51% of Orrin voters to Ana Ruiz, and 38% backed Ivo Kell in the race.';
  const figures = [figureAt(sentence, '51%'), figureAt(sentence, '38%')];

  it('moves to the clause that names the asked person', () => {
    const clause = clauseOfAskedFigure(
      sentence,
      figures[0]!,
      figures,
      parseQuestion('What share backed Ivo Kell?'),
    );
    expect(clause && sentence.slice(clause.start, clause.end)).toMatch(/^38% backed Ivo Kell/);
  });

  it('stays when the picked clause already names them', () => {
    expect(
      clauseOfAskedFigure(sentence, figures[0]!, figures, parseQuestion('What share went to Ana Ruiz?')),
    ).toBe(null);
  });

  it('does not split at "and" inside a list of names', () => {
    const listed = 'With 90% of votes counted, Ruiz, Kell and Moss took a combined 70% of the vote.';
    const both = [figureAt(listed, '90%'), figureAt(listed, '70%')];
    expect(
      clauseOfAskedFigure(listed, both[1]!, both, parseQuestion('What share did Ruiz and Moss take?')),
    ).toBe(null);
  });

  describe('in an article', () => {
    const article = askingArticle(`Orrin county counts its ballots.
Election officials said the count ended late on Sunday.
Delegates from the coast cast 12 votes for Ana Ruiz, 9 for Mia Holt, and 31 votes for Ivo Kell at the convention.
Kell thanked the delegates in a short speech.`);

    it('answers with the figure the asked person got', async () => {
      const r = await article.ask('How many votes did the delegates cast for Ivo Kell?');
      expect(r.answer).toMatch(/31/);
    });
  });
});

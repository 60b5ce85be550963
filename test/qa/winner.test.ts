import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { parseQuestion } from '../../src/qa/question.js';
import { winnerByCue } from '../../src/qa/winner.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who won X?" answered from a sentence written from the loser's side or with a winner noun. Invented text. */

const lostTo = `The Ferrymen's Guild rewrote its charter in 1911.
In 1911, having lost the previous harbour board election to shipwright Tomas Vellan, the Guild faced a hard choice.
The charter now runs to forty pages.`;

const winnerOf = `The coastal press met in Dunmore on Friday.
Prizes went to several reporters.
— Mara Quintell of the Valley Ledger, winner of the Tarn Medal for coastal reporting.`;

describe('winnerByCue in an article', () => {
  const byLoss = askingArticle(lostTo);
  const byNoun = askingArticle(winnerOf);

  it('answers with the one the loser "lost to"', async () => {
    const r = await byLoss.ask('Who won the previous harbour board election?');
    expect(r.answer).toContain('Tomas Vellan');
  });

  it('answers with the name set off before ", winner of"', async () => {
    const r = await byNoun.ask('Who won the Tarn Medal?');
    expect(r.answer).toContain('Mara Quintell');
  });
});

describe('winnerByCue', () => {
  const text = `Ada Brookline trounced Ivo Tarnow across all age groups in Norland, though Democratic primaries elsewhere look harder for her.
Ada Brookline trounced Ivo Tarnow in the Norland primary on Tuesday.`;
  const parsed = parseArticle({ text });
  const first = [{ index: 0, coverage: 0.8, bm25: 0, windowCoverage: 0.8 }];
  const second = [{ index: 1, coverage: 0.8, bm25: 0, windowCoverage: 0.8 }];

  it('takes the subject of a verb of defeat, never its object', () => {
    const found = winnerByCue(parsed, parseQuestion('Who won the Norland primary?'), second);
    expect(found?.text).toContain('Brookline');
  });

  it("leaves a sentence about the other party's contest alone", () => {
    expect(winnerByCue(parsed, parseQuestion('Who won the Norland Republican primary?'), first)).toBeNull();
    expect(
      winnerByCue(parsed, parseQuestion('Who won the Norland Democratic primary?'), first)?.text,
    ).toContain('Brookline');
  });

  it('answers only "who won" questions asking for one person', () => {
    expect(winnerByCue(parsed, parseQuestion('Who did Ada Brookline beat?'), second)).toBeNull();
    expect(winnerByCue(parsed, parseQuestion('Where did Ada Brookline win?'), second)).toBeNull();
  });
});

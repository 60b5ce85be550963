import { describe, expect, it } from 'vitest';
import { asksWinner, onLosingSide } from '../../src/qa/loser-side.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Who won ...?" is never answered with the side written after a word of defeat. Invented text. */

const race = `Councillor Orla Fenn, a former ferry pilot, managed to upend the long Marrow Bay mayoral contest on Sunday, defeating veteran mayor Piet Harrow in the Marrow Bay mayoral contest.
Harrow said he would stay on the harbour board.`;

describe('the beaten side is not the winner', () => {
  const article = askingArticle(race);

  it('answers "who won X?" with the one before "defeating", not the one after it', async () => {
    const r = await article.ask('Who won the Marrow Bay mayoral contest?');
    expect(r.answer).not.toBeNull();
    expect(r.answer).not.toContain('Harrow');
    expect(r.answer).toContain('Fenn');
  });
});

describe('asksWinner / onLosingSide', () => {
  it('reads a question asking who did the winning', () => {
    expect(asksWinner('Who won the Marrow Bay contest?')).toBe(true);
    expect(asksWinner('Which councillor defeated the mayor?')).toBe(true);
    expect(asksWinner('Whom did Fenn defeat?')).toBe(false);
    expect(asksWinner('Who did Fenn beat?')).toBe(false);
  });

  it('puts the phrase after a word of defeat on the beaten side, but not after "defeated by"', () => {
    const s = 'Fenn won easily, beating rival Piet Harrow, while Ada Brook was defeated by Ivo Tarn.';
    expect(onLosingSide(s, s.indexOf('Piet Harrow'))).toBe(true);
    expect(onLosingSide(s, s.indexOf('Fenn'))).toBe(false);
    expect(onLosingSide(s, s.indexOf('Ivo Tarn'))).toBe(false);
    const t = 'Fenn scored a narrow win over Harrow.';
    expect(onLosingSide(t, t.indexOf('Harrow'))).toBe(true);
    expect(onLosingSide(s, s.indexOf('beating rival'))).toBe(true);
  });
});

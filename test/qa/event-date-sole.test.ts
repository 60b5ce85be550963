import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { eventDateOverReply, isVagueDate, soleEventDate } from '../../src/qa/event-date-sole.js';
import { parseQuestion } from '../../src/qa/question.js';

/** The one calendar date an article sets before the event's noun answers "when", beyond the coverage bar. Invented text. */

const oneFire = `Tarnby mill owners count their losses.
A blaze tore through the old Tarnby mill and destroyed its grain store, firefighters said.
Insurers are still weighing the cost of the March 4 fire, a spokesman for the owners said on Monday.
The owners plan to rebuild by next spring.`;

const twoFires = `Tarnby mill owners count their losses.
A blaze tore through the old Tarnby mill and destroyed its grain store, firefighters said.
Insurers are still weighing the cost of the March 4 fire, a spokesman for the owners said on Monday.
It was the second blaze there since the May 9 fire that closed the bakery next door.`;

/** The article parsed, the question read, and every sentence offered as evidence short of the bar. */
function sole(text: string, question: string) {
  const parsed = parseArticle({ text });
  const q = parseQuestion(question);
  return { parsed, q };
}

describe('the sole date before the event noun', () => {
  it('reads the date written before the question’s noun, in whichever sentence', () => {
    const { parsed, q } = sole(oneFire, 'When was the Tarnby mill fire?');
    const all = parsed.sentences.map((_, index) => ({ index, coverage: 0.2, bm25: 0 }));
    expect(soleEventDate(parsed, q.focus, all as never)?.text).toMatch(/^March 4/);
  });

  it('gives none where two dates name two such events', () => {
    const { parsed, q } = sole(twoFires, 'When was the Tarnby mill fire?');
    const all = parsed.sentences.map((_, index) => ({ index, coverage: 0.2, bm25: 0 }));
    expect(soleEventDate(parsed, q.focus, all as never)).toBeNull();
  });

  it('stands in only for no date or a vague one, and only with a day or month', () => {
    const { parsed, q } = sole(oneFire, 'When was the Tarnby mill fire?');
    const all = parsed.sentences.map((_, index) => ({ index, coverage: 0.2, bm25: 0 }));
    expect(eventDateOverReply(parsed, q.focus, all as never, null)?.text).toMatch(/^March 4/);
    expect(eventDateOverReply(parsed, q.focus, all as never, 'this month')?.text).toMatch(/^March 4/);
    expect(eventDateOverReply(parsed, q.focus, all as never, 'March 3')).toBeNull();
  });

  it('tells a vague date from a calendar one', () => {
    expect(isVagueDate('earlier this year')).toBe(true);
    expect(isVagueDate('this month')).toBe(true);
    expect(isVagueDate('Tuesday')).toBe(false);
    expect(isVagueDate('in 2019')).toBe(false);
    expect(isVagueDate('March')).toBe(false);
  });
});

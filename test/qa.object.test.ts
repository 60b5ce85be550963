import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { objectAnswer, objectQuestionOf, objectStart } from '../src/qa/object.js';
import { parseQuestion } from '../src/qa/question.js';
import { tagSentence } from '../src/qa/tags.js';

/**
 * "What did X verb?" asks for the verb's object, which English writes right after the verb
 * (src/qa/object.ts). Invented text, parsed by the real engine.
 */

const article = parseArticle({
  published: '2024-03-02',
  text: `Harbour Rovers apologise to fans after coach delay

Harbour Rovers have apologised to supporters and promised to hand out ticket refunds after their coaches arrived late.

Former captain Dan Pryce now manages Kelso Athletic in the Border League, having left the Rovers in 2019.

The council banned late-night parking on the harbour road last month.

Pryce is set for a summer move to Tarn United waiting in the wings, his agent said.

Pryce's brother plays in a folk group called ‘Grey Gull Six’ (they also busk on the pier).

The mayor has called for calm, and a charity named Harbour Hope of Kelso will run the stalls.

The mayor wrote the report, a study of harbour traffic.`,
});

function sentenceWith(needle: string): number {
  return article.sentences.findIndex((s) => s.includes(needle));
}

function answerTo(question: string, needle: string): string | null {
  const q = parseQuestion(question);
  const asked = objectQuestionOf(q.text);
  if (!asked) return null;
  return objectAnswer(article, sentenceWith(needle), asked, q)?.text ?? null;
}

describe('object questions', () => {
  it('reads the verb after the inverted auxiliary and the subject', () => {
    expect(objectQuestionOf('What has the Harbour Club promised its members?')?.verb).toBe('promis');
    expect(objectQuestionOf('Which club does Sam Reid coach?')?.verb).toBe('coach');
  });

  it('takes the last word as the verb after "did" even when the word list calls it a noun', () => {
    expect(objectQuestionOf('What did the council ban?')?.verb).toBe('ban');
  });

  it('leaves subject, copular and date questions alone', () => {
    expect(objectQuestionOf('What happened at the harbour?')).toBeNull();
    expect(objectQuestionOf('What is the oldest stand at the ground?')).toBeNull();
    expect(objectQuestionOf('In what year did the club move?')).toBeNull();
  });

  it('skips "to" and a verb with its particle to reach the object ("promised to hand out ticket refunds")', () => {
    const tokens = tagSentence('The club promised to hand out ticket refunds after the delay.');
    expect(tokens[objectStart(tokens, new Set(['promis']))]?.text).toBe('ticket');
    expect(answerTo('What have Harbour Rovers promised the fans?', 'ticket refunds')).toBe('ticket refunds');
  });

  it('answers "which club does X manage?" with the name after the verb, not the club named earlier', () => {
    expect(answerTo('Which club does Dan Pryce manage?', 'Kelso Athletic')).toContain('Kelso Athletic');
  });

  it('finds the object of a verb the question writes in its base form', () => {
    expect(answerTo('What did the council ban?', 'late-night parking')).toContain('parking');
  });

  it("reads a question ending in a preposition as asking for that preposition's object after the verb", () => {
    expect(objectQuestionOf('Which club is Sam Reid set to move to?')).toEqual({
      verb: 'mov',
      preposition: 'to',
    });
    expect(answerTo('Which club is Pryce set to move to?', 'summer move')).toBe('Tarn United');
  });

  it('answers "what is X called?" with the name after "called" or "named", a quoted title whole', () => {
    expect(objectQuestionOf('What is the folk group called?')).toEqual({ verb: 'call', naming: true });
    expect(answerTo('What is the folk group called?', 'folk group')).toBe('Grey Gull Six');
    // "called for calm" gives no name; the capitalised run after "named" does, joiners kept.
    expect(answerTo('What is the charity called?', 'Harbour Hope')).toBe('Harbour Hope of Kelso');
  });

  it('gives nothing when the sentence does not use the verb, or its object only repeats the question', () => {
    expect(answerTo('What did the council ban?', 'ticket refunds')).toBeNull();
    expect(answerTo('What report did the mayor write?', 'harbour traffic')).toBeNull();
  });
});

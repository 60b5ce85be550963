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
  text: `Harbour Ferries says sorry after sailings cancelled

Harbour Ferries has said sorry to passengers and pledged to mail out meal vouchers after two sailings were cancelled.

Former skipper Dan Pryce now owns Kelso Marine, a boatyard on the Tweed, having left Harbour Ferries in 2019.

The council banned late-night parking on the harbour road last month.

Pryce hopes to sell to Tarn Boats operating out of Berwick by the summer, his agent said.

Pryce's daughter races a dinghy called ‘Grey Gull Six’ (she also sails it on the loch).

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
    expect(objectQuestionOf('What have Harbour Ferries pledged to passengers?')?.verb).toBe('pledg');
    expect(objectQuestionOf('Which choir does Sam Reid lead?')?.verb).toBe('lead');
  });

  it('takes the last word as the verb after "did" even when the word list calls it a noun', () => {
    expect(objectQuestionOf('What did the council ban?')?.verb).toBe('ban');
  });

  it('leaves subject, copular and date questions alone', () => {
    expect(objectQuestionOf('What happened at the harbour?')).toBeNull();
    expect(objectQuestionOf('What is the oldest stand at the ground?')).toBeNull();
    expect(objectQuestionOf('In what year did the club move?')).toBeNull();
  });

  it('skips "to" and a verb with its particle to reach the object ("pledged to mail out meal vouchers")', () => {
    const tokens = tagSentence('The firm pledged to mail out meal vouchers after the delay.');
    expect(tokens[objectStart(tokens, new Set(['pledg']))]?.text).toBe('meal');
    expect(answerTo('What have Harbour Ferries pledged to passengers?', 'meal vouchers')).toBe(
      'meal vouchers',
    );
  });

  it('answers "which firm does X own?" with the name after the verb, not the firm named later', () => {
    expect(answerTo('Which firm does Dan Pryce own?', 'Kelso Marine')).toContain('Kelso Marine');
  });

  it('finds the object of a verb the question writes in its base form', () => {
    expect(answerTo('What did the council ban?', 'late-night parking')).toContain('parking');
  });

  it("reads a question ending in a preposition as asking for that preposition's object after the verb", () => {
    expect(objectQuestionOf('Which yard is Sam Reid hoping to sell to?')).toEqual({
      verb: 'sell',
      preposition: 'to',
    });
    expect(answerTo('Which firm is Pryce hoping to sell to?', 'out of Berwick')).toBe('Tarn Boats');
  });

  it('answers "what is X called?" with the name after "called" or "named", a quoted title whole', () => {
    expect(objectQuestionOf('What is the dinghy called?')).toEqual({ verb: 'call', naming: true });
    expect(answerTo('What is the dinghy called?', 'loch')).toBe('Grey Gull Six');
    // "called for calm" gives no name; the capitalised run after "named" does, joiners kept.
    expect(answerTo('What is the charity called?', 'Harbour Hope')).toBe('Harbour Hope of Kelso');
  });

  it('gives nothing when the sentence does not use the verb, or its object only repeats the question', () => {
    expect(answerTo('What did the council ban?', 'meal vouchers')).toBeNull();
    expect(answerTo('What report did the mayor write?', 'harbour traffic')).toBeNull();
  });
});

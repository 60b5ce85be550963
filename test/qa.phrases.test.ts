import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { answerQuestion } from '../src/qa/answer.js';
import type { Candidate } from '../src/qa/candidates.js';
import { completePhrase } from '../src/qa/phrase.js';
import { parseQuestion } from '../src/qa/question.js';
import { relationAnswer, relationOf } from '../src/qa/relation.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { sentencesArticle } from './helpers/articles.js';

/** Invented articles and questions throughout: no corpus text. */

async function ask(text: string, question: string) {
  const store = new SqliteArticleStore(':memory:');
  try {
    const { article } = await store.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    return await answerQuestion(question, { store, articleId: article.id });
  } finally {
    await store.close();
  }
}

function candidateAt(sentence: string, text: string, kind: Candidate['kind']): Candidate {
  const start = sentence.indexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    first: 0,
    last: 0,
    kind,
    named: false,
    entity: false,
    chunk: true,
    dateIndex: null,
    cue: null,
  };
}

describe('kind asked for', () => {
  it('given a word between "what" and an inverted auxiliary, it is the noun asked for', () => {
    expect(parseQuestion('What charges did the driver deny?').askedNoun).toBe('charges');
  });
});

describe('relation questions', () => {
  it('reads the role noun and who it ties to from "X\'s father", "the coach of X" and "who trains X"', () => {
    expect(relationOf("Who is Tilda Marsh's father?")).toEqual({ nouns: ['father'], about: 'Tilda Marsh' });
    expect(relationOf('Who is the coach of Fenwick Rovers?')).toEqual({
      nouns: ['coach'],
      about: 'Fenwick Rovers',
    });
    expect(relationOf('Who trains Silver Lantern?')?.nouns).toContain('trainer');
    expect(relationOf('Who won the race?')).toBeNull();
  });

  it('given "her father, NAME," after a sentence naming her, the father is the name in apposition', () => {
    const parsed = sentencesArticle(
      [
        'Tilda Marsh opened the gallery on Tuesday.',
        'Her father, Owen Marsh, flew in from Lisbon for the evening.',
      ],
      { people: [{ name: 'Owen Marsh', aliases: [], roles: [], mentions: 1, gender: 'male', firstSentence: 1 }] },
    );
    const relation = relationOf("Who is Tilda Marsh's father?")!;
    expect(relationAnswer(parsed, relation)).toMatchObject({ text: 'Owen Marsh', sentence: 1 });
  });

  it('given "trainer NAME" in a sentence naming the horse, "who trains" the horse is that name', async () => {
    const reply = await ask(
      'Silver Lantern won the Fenwick Cup on Saturday. The grey was ridden by Paul Drey and saddled for owner Ivy Kemp by trainer Rhona Dalby, who called Silver Lantern the best horse she has had.',
      'Who trains Silver Lantern?',
    );
    expect(reply.answer).toBe('Rhona Dalby');
  });

  it('given no role noun beside a name, the relation answer gives way', () => {
    const parsed = sentencesArticle(['Tilda Marsh opened the gallery on Tuesday.']);
    expect(relationAnswer(parsed, relationOf("Who is Tilda Marsh's father?")!)).toBeNull();
  });
});

describe('completing the picked phrase', () => {
  it('given a time picked beside its day, "when" gets the day and the time together', () => {
    const sentence = 'The ferry left the harbour on Sunday around 4pm with 90 passengers.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, '4pm', 'date');
    const whole = completePhrase(picked, parsed, 0, { type: 'date', askedNoun: null });
    expect(whole.text).toBe('Sunday around 4pm');
  });

  it('given modifiers picked before the asked noun, the noun and its "of" complement join them', () => {
    const sentence = 'He denied three motoring charges of careless driving at the hearing.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'three motoring', 'phrase');
    const whole = completePhrase(picked, parsed, 0, { type: 'description', askedNoun: 'charges' });
    expect(whole.text).toBe('three motoring charges of careless driving');
  });

  it('given a phrase not followed by the asked noun, it is left as picked', () => {
    const sentence = 'He denied the claims at the hearing.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'the claims', 'phrase');
    expect(completePhrase(picked, parsed, 0, { type: 'description', askedNoun: 'charges' })).toBe(picked);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { ageAnswer, ageQuestionOf } from '../src/qa/age.js';
import { answerQuestion } from '../src/qa/answer.js';
import { completePhrase, countingUnit } from '../src/qa/phrase.js';
import type { Gathered, Picked } from '../src/qa/pick.js';
import { lemma } from '../src/qa/lexicon.js';
import { parseQuestion } from '../src/qa/question.js';
import { reasonClauses } from '../src/qa/reason.js';
import { relationAnswer, relationOf } from '../src/qa/relation.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { sentencesArticle } from './helpers/articles.js';
import { candidateAt } from './helpers/qa-candidate.js';

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
    expect(relationOf('Who trains Kid Ortega?')?.nouns).toContain('trainer');
    expect(relationOf('Who won the race?')).toBeNull();
  });

  it('reads agent nouns English forms otherwise ("rode" a jockey, "wrote" an author), with a place after X', () => {
    expect(relationOf('Who rode Silver Lantern at the Kelso show?')).toEqual({
      nouns: ['rider', 'jockey'],
      about: 'Silver Lantern',
    });
    expect(relationOf('Who wrote The Quiet Harbour?')?.nouns).toContain('author');
  });

  it('given "her father, NAME," after a sentence naming her, the father is the name in apposition', () => {
    const parsed = sentencesArticle(
      [
        'Tilda Marsh opened the gallery on Tuesday.',
        'Her father, Owen Marsh, flew in from Lisbon for the evening.',
      ],
      {
        people: [
          { name: 'Owen Marsh', aliases: [], roles: [], mentions: 1, gender: 'male', firstSentence: 1 },
        ],
      },
    );
    const relation = relationOf("Who is Tilda Marsh's father?")!;
    expect(relationAnswer(parsed, relation)).toMatchObject({ text: 'Owen Marsh', sentence: 1 });
  });

  it('given "trainer NAME" in a sentence naming the boxer, "who trains" the boxer is that name', async () => {
    const reply = await ask(
      'Kid Ortega kept his Fenwick title on Saturday. The southpaw was cheered from ringside by promoter Ivy Kemp and trainer Rhona Dalby, who called Kid Ortega the best boxer she has had.',
      'Who trains Kid Ortega?',
    );
    expect(reply.answer).toBe('Rhona Dalby');
  });

  it('given no role noun beside a name, the relation answer gives way', () => {
    const parsed = sentencesArticle(['Tilda Marsh opened the gallery on Tuesday.']);
    expect(relationAnswer(parsed, relationOf("Who is Tilda Marsh's father?")!)).toBeNull();
  });
});

describe('completing the picked phrase', () => {
  const twoPeople = (sentence: string) =>
    sentencesArticle([sentence], {
      people: ['Ann Lowe', 'Ben Carr'].map((name, i) => ({
        name,
        aliases: [],
        roles: [],
        mentions: 1,
        gender: null,
        firstSentence: i,
      })),
    });

  it('given one of two people joined as written picked, "who <verb>" gets both', () => {
    const sentence = 'Ann Lowe and Ben Carr represented the league at the talks.';
    const picked = candidateAt(sentence, 'Ann Lowe', 'person');
    const q = { type: 'person', askedNoun: null, text: 'Who represented the league?' } as const;
    expect(completePhrase(picked, twoPeople(sentence), 0, q).text).toBe('Ann Lowe and Ben Carr');
  });

  it('given "who is the ...", one person is asked for and the pick stands', () => {
    const sentence = 'Ann Lowe and Ben Carr chaired the talks.';
    const parsed = twoPeople(sentence);
    const picked = candidateAt(sentence, 'Ann Lowe', 'person');
    expect(
      completePhrase(picked, parsed, 0, { type: 'person', askedNoun: null, text: 'Who is the chair?' }),
    ).toBe(picked);
  });

  it('given a description picked that runs through titles into a name, "who" gets the name', () => {
    const sentence = 'The dinner will be hosted by local chef and television judge Ada Brook on Friday.';
    const parsed = sentencesArticle([sentence], {
      people: [{ name: 'Ada Brook', aliases: [], roles: [], mentions: 1, gender: null, firstSentence: 0 }],
    });
    const picked = candidateAt(sentence, 'local chef', 'phrase');
    picked.last = 7;
    const q = { type: 'person', askedNoun: null, text: 'Who hosts the dinner?' } as const;
    expect(completePhrase(picked, parsed, 0, q).text).toBe('Ada Brook');
  });

  it('given a description followed by a verb, not a name, it is left as picked', () => {
    const sentence = 'A local chef hosted the dinner for Ada Brook.';
    const parsed = sentencesArticle([sentence], {
      people: [{ name: 'Ada Brook', aliases: [], roles: [], mentions: 1, gender: null, firstSentence: 0 }],
    });
    const picked = candidateAt(sentence, 'A local chef', 'phrase');
    picked.last = 2;
    const q = { type: 'person', askedNoun: null, text: 'Who hosted the dinner?' } as const;
    expect(completePhrase(picked, parsed, 0, q)).toBe(picked);
  });

  it('given a time picked beside its day, "when" gets the day and the time together', () => {
    const sentence = 'The ferry left the harbour on Sunday around 4pm with 90 passengers.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, '4pm', 'date');
    const whole = completePhrase(picked, parsed, 0, { type: 'date', askedNoun: null, text: 'When?' });
    expect(whole.text).toBe('Sunday around 4pm');
  });

  it('given a time phrase opening a "when" clause, "when" gets the clause', () => {
    const sentence = 'The head will retire when the school year comes to an end, the governors said.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'school year', 'date');
    const whole = completePhrase(picked, parsed, 0, { type: 'date', askedNoun: null, text: 'When?' });
    expect(whole.text).toBe('when the school year comes to an end');
  });

  it('given a time phrase that opens no clause, it is left as picked', () => {
    const sentence = 'The coach will step down at the end of the winter season, the club said.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'the end of the winter season', 'date');
    expect(completePhrase(picked, parsed, 0, { type: 'date', askedNoun: null, text: 'When?' }).text).toBe(
      picked.text,
    );
  });

  it('given modifiers picked before the asked noun, the noun and its "of" complement join them', () => {
    const sentence = 'He denied three motoring charges of careless driving at the hearing.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'three motoring', 'phrase');
    const whole = completePhrase(picked, parsed, 0, {
      type: 'description',
      askedNoun: 'charges',
      text: 'What charges?',
    });
    expect(whole.text).toBe('three motoring charges of careless driving');
  });

  it('given a phrase not followed by the asked noun, it is left as picked', () => {
    const sentence = 'He denied the claims at the hearing.';
    const parsed = sentencesArticle([sentence]);
    const picked = candidateAt(sentence, 'the claims', 'phrase');
    expect(
      completePhrase(picked, parsed, 0, { type: 'description', askedNoun: 'charges', text: 'What charges?' }),
    ).toBe(picked);
  });
});

describe('how old', () => {
  const person = (name: string, firstSentence = 0) => ({
    name,
    aliases: [],
    roles: [],
    mentions: 2,
    gender: null,
    firstSentence,
  });

  it('reads who is asked about only when a name is given', () => {
    expect(ageQuestionOf('How old is Tilda Marsh?')).toBe('Tilda Marsh');
    expect(ageQuestionOf('How old was the driver?')).toBeNull();
  });

  it('given "NAME, 41," the age is the apposed number, not another number in the sentence', () => {
    const parsed = sentencesArticle(['For two years Tilda Marsh, 41, has run the gallery with 3 staff.'], {
      people: [person('Tilda Marsh')],
    });
    expect(ageAnswer(parsed, 'Tilda Marsh')).toEqual({ text: '41', sentence: 0 });
  });

  it('given "the 29-year-old" opening the sentence after her name, the age is hers', () => {
    const parsed = sentencesArticle(
      ['The prize went to Tilda Marsh on Friday.', 'The 29-year-old painter thanked her family.'],
      { people: [person('Tilda Marsh')] },
    );
    expect(ageAnswer(parsed, 'Tilda Marsh')).toEqual({ text: '29', sentence: 1 });
  });

  it('given "the 29-year-old" after a sentence naming someone else last, no age is read', () => {
    const parsed = sentencesArticle(
      ['Tilda Marsh handed the prize to Owen Pike on Friday.', 'The 29-year-old painter thanked his family.'],
      { people: [person('Tilda Marsh'), person('Owen Pike')] },
    );
    expect(ageAnswer(parsed, 'Tilda Marsh')).toBeNull();
  });
});

describe('how many: the number that counts the asked thing', () => {
  const sentence = 'The two sisters reopened the bakery after it had been shut for nine months.';
  const parsed = sentencesArticle([sentence]);
  const gathered = (['two', 'nine months'] as const).map(
    (text): Gathered => ({
      candidate: candidateAt(sentence, text, 'number'),
      sentence: 0,
      coverage: 1,
      nameShare: 1,
      verb: true,
      doer: false,
      doubted: false,
      features: new Map(),
      sentenceFeatures: new Map(),
    }),
  );
  const pickedFirst: Picked = {
    ...gathered[0]!,
    score: 0,
    probability: 0.6,
    spanProbability: 0.6,
    probabilities: [0.6, 0.4],
  };

  it('given a count of something else picked, the number written with the asked unit answers', () => {
    expect(countingUnit(pickedFirst, gathered, parsed, lemma('months')).candidate.text).toBe('nine months');
  });

  it('given no unit asked, the pick stands', () => {
    expect(countingUnit(pickedFirst, gathered, parsed, null)).toBe(pickedFirst);
  });
});

describe('why: reasons stated with "for" and a gerund', () => {
  it('given "was banned for <gerund>", the reason clause starts at "for"', () => {
    const sentence = 'The cyclist was banned for two years for failing a drugs test in Lyon.';
    const clauses = reasonClauses(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(clauses).toContain('for failing a drugs test in Lyon');
  });

  it('given "for" before an -ing noun, no reason is read', () => {
    const sentence = 'The council applied for funding in March.';
    expect(reasonClauses(sentence)).toEqual([]);
  });

  it('answers "why" with the "for <gerund>" clause', async () => {
    const reply = await ask(
      "Harlow striker Dev Okafor has been suspended for three matches. Okafor was suspended for kicking a ball at the referee during Saturday's derby.",
      'Why was Okafor suspended?',
    );
    expect(reply.answer).toContain('for kicking a ball at the referee');
  });
});

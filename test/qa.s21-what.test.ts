import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../src/engine/schema.js';
import type { ScoredSentence } from '../src/qa/evidence.js';
import { asksForPaper, mastheadAnswer } from '../src/qa/masthead.js';
import { showNamedNearby } from '../src/qa/show-nearby.js';
import { askingArticle } from './helpers/qa-article.js';

describe('mastheadAnswer: a newspaper named by its masthead word (masthead.ts)', () => {
  const read = (question: string, sentence: string, several = false) =>
    mastheadAnswer(
      { sentences: [sentence] } as unknown as ParsedArticle,
      { text: question, several },
      [{ index: 0, coverage: 0.4 } as ScoredSentence],
      0.2,
    )?.text ?? null;

  it('a capitalised run ending in a masthead word answers "which newspaper"', () => {
    expect(
      read(
        'Which newspaper printed the letter about the ferry fares?',
        '“The fares have doubled in a year,” reads a Thursday letter in The Vellport Sentinel.',
      ),
    ).toBe('The Vellport Sentinel');
    expect(
      read(
        "Which paper's reporters does the mayor blame?",
        'The mayor blamed the Orrin Gazette’s reporters for the row.',
      ),
    ).toBe('the Orrin Gazette');
  });

  it('two papers answer a question for two, and no question for one', () => {
    const sentence = 'The plan drew editorials from The Tarnby Herald and The Kell Valley Times.';
    expect(read('Which two newspapers wrote editorials about the plan?', sentence, true)).toBe(
      'The Tarnby Herald and The Kell Valley Times',
    );
    expect(read('Which newspaper wrote an editorial about the plan?', sentence)).toBeNull();
  });

  it("a broadcaster's newsroom or a lone capitalised masthead word is no paper", () => {
    expect(read('Which newspaper ran the story?', 'The story ran first on KVTV News on Monday.')).toBeNull();
    expect(
      read('Which newspaper ran the story?', 'Post Office staff were told of the story on Monday.'),
    ).toBeNull();
  });

  it('only newspaper questions are read', () => {
    expect(asksForPaper('Which newspaper ran the story?')).toBe(true);
    expect(asksForPaper('Which two local papers backed the mayor?')).toBe(true);
    expect(asksForPaper('Which network ran the story?')).toBe(false);
  });
});

describe('"which newspaper" answered from a sentence short of the coverage bar', () => {
  const article = askingArticle(
    [
      'Vellport mayor Orla Venn faced new criticism on Wednesday over the ferry fare rise.',
      '“There are jellyfish with more backbone than Mayor Orla Venn,” runs the Wednesday editorial of The Vellport Sentinel.',
      'Venn said the fares would be reviewed in the spring.',
      'The harbour board has not commented.',
    ].join(' '),
  );

  it('names the paper, not "I can\'t find that"', async () => {
    const reply = await article.ask('Which newspaper ran the editorial attacking Venn?');
    expect(reply.answer).toBe('The Vellport Sentinel');
  });
});

describe('showNamedNearby: the programme named after a channel, whoever the sentence names (show-nearby.ts)', () => {
  const read = (question: string, sentence: string) =>
    showNamedNearby(
      { sentences: [sentence] } as unknown as ParsedArticle,
      { askedNoun: question.match(/\b(show|program)\b/)?.[1] ?? null, text: question },
      [{ index: 0, coverage: 0.3 } as ScoredSentence],
      0.2,
    )?.text ?? null;

  it('a quoted title after a channel possessive or "interview with", the speaker named by a pronoun', () => {
    expect(
      read(
        'On which show did Ada Kell speak?',
        '“The tolls are a tax on islanders,” she told Tarn Radio’s “Harbour Hour,” on Sunday.',
      ),
    ).toBe('“Harbour Hour”');
    expect(
      read(
        'Which TV program did Kell give the interview to?',
        'She said so in an interview with “Tarn Sunday Live.”',
      ),
    ).toBe('“Tarn Sunday Live”');
  });

  it('unquoted after the possessive, up to the words that close the title', () => {
    expect(
      read(
        'On which program did Kell say the tolls would fall?',
        'The councillor told KVTV’s Meet the Harbour on Sunday that the tolls would fall.',
      ),
    ).toBe('Meet the Harbour');
  });

  it('no broadcast asked, or no channel before the title: nothing', () => {
    expect(
      read('Which health program did Kell cut?', 'She told Tarn Radio’s “Harbour Hour” she cut it.'),
    ).toBeNull();
    expect(
      read('On which show did Kell speak?', 'Kell called the plan “Harbour First” on Sunday.'),
    ).toBeNull();
  });
});

describe('"which show" answered when the sentence names the speaker by a pronoun', () => {
  const article = askingArticle(
    [
      'Harbour councillor Ada Kell said on Sunday that ferry tolls in Vellport would fall by a third next year.',
      'Mayor Tom Reyes backed the plan.',
      '“The tolls are a tax on islanders,” she told Tarn Radio’s “Harbour Hour,” as Reyes listened.',
      'The harbour board declined to comment on the plan.',
    ].join(' '),
  );

  it('names the programme, not a phrase of the lead', async () => {
    const reply = await article.ask('On which show did Ada Kell speak?');
    expect(reply.answer).toBe('“Harbour Hour”');
  });
});

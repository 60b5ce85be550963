import { describe, expect, it } from 'vitest';
import { figureOfOtherMeasure as otherMeasure } from '../src/qa/measure-kind.js';
import { nameNotOfNoun, nameOfNoun } from '../src/qa/name-of.js';
import { parseQuestion } from '../src/qa/question.js';
import { askingArticle } from './helpers/qa-article.js';

/** The measure check as answer.ts calls it: with the question reader's money flag. */
function figureOfOtherMeasure(answer: string, question: string): boolean {
  return otherMeasure(answer, question, parseQuestion(question).money);
}

describe('figureOfOtherMeasure', () => {
  it('a share asked, a figure counting a noun is another measure', () => {
    expect(figureOfOtherMeasure('three radio stations', 'What share of the vote did Orla Venn win?')).toBe(
      true,
    );
    expect(figureOfOtherMeasure('more than 900 members', 'What percentage of the club voted?')).toBe(true);
  });

  it('a share asked, a percentage or fraction answers it', () => {
    expect(figureOfOtherMeasure('41 percent', 'What share of the vote did Orla Venn win?')).toBe(false);
    expect(figureOfOtherMeasure('about a third', 'What share of the vote did Orla Venn win?')).toBe(false);
    expect(figureOfOtherMeasure('41', 'What share of the vote did Orla Venn win?')).toBe(false);
  });

  it('a sum of money asked, a figure counting a noun is another measure', () => {
    expect(figureOfOtherMeasure('1.4 million members', 'How much will the Dock Union spend on ads?')).toBe(
      true,
    );
    expect(figureOfOtherMeasure('two cases', 'How much money did the Venn fund give?')).toBe(true);
    expect(figureOfOtherMeasure('$3 million', 'How much will the Dock Union spend on ads?')).toBe(false);
    expect(figureOfOtherMeasure('12 million', 'How much did the Dock Union raise?')).toBe(false);
  });

  it('a count asked, a percentage or a sum of money is another measure', () => {
    expect(figureOfOtherMeasure('15 percent', 'How many farmers back the plan?')).toBe(true);
    expect(figureOfOtherMeasure('$40,000', 'How many boats did the yard sell?')).toBe(true);
    expect(figureOfOtherMeasure('14 boats', 'How many boats did the yard sell?')).toBe(false);
    expect(figureOfOtherMeasure('3 percent', 'How many percentage points did she gain?')).toBe(false);
  });

  it('other questions are left alone', () => {
    expect(figureOfOtherMeasure('two weeks', 'How long did the strike last?')).toBe(false);
    expect(figureOfOtherMeasure('15 percent', 'How much did prices rise?')).toBe(false);
  });
});

const story = `Orla Venn has won the Tarnby mayoral primary, according to three radio stations.
Turnout was low across the valley, officials said.
About 15 percent of farmers in the district back the new water plan, a survey found.
The Dock Union, which has 1.4 million members, said it would campaign against the plan.`;

describe('a reply of another measure is declined', () => {
  const article = askingArticle(story);

  it('does not answer a share with a count of stations', async () => {
    const r = await article.ask('What share of the vote did Orla Venn win in Tarnby?');
    expect(r.answer).not.toBe('three radio stations');
    expect(r.answer).not.toBe('three radio');
    expect(r.status).not.toBe('answered');
  });

  it('does not answer a sum of money with a count of members', async () => {
    const r = await article.ask('How much will the Dock Union spend against the plan?');
    expect(r.status).not.toBe('answered');
  });

  it('does not answer a count of farmers with a percentage', async () => {
    const r = await article.ask('How many farmers in the district are there?');
    expect(r.status).not.toBe('answered');
  });
});

describe('nameNotOfNoun', () => {
  it('reads the asked noun', () => {
    expect(nameOfNoun("What is the name of Ana Ruiz's podcast?")).toBe('podcast');
    expect(nameOfNoun('What is the name of the sailor who was rescued?')).toBe('sailor');
    expect(nameOfNoun('What was the name of the class in her book?')).toBe('class');
    expect(nameOfNoun('Who founded Tarn Boats?')).toBeNull();
  });

  it('a name beside the noun names it', () => {
    const s = 'Ruiz talked about the ferry on her podcast, “Harbour Talk,” on Monday.';
    expect(nameNotOfNoun('Harbour Talk', s, "What is the name of Ruiz's podcast?")).toBe(false);
    const t = 'Brandt opened a boat firm, Tarn Boats, in the spring.';
    expect(nameNotOfNoun('Tarn Boats', t, "What is the name of Brandt's firm?")).toBe(false);
  });

  it('a lowercase word or a name far from the noun names something else', () => {
    const s =
      'In recent years Brandt opened a boat firm, became involved in a bakery and sailed to Vellport.';
    expect(nameNotOfNoun('involved', s, "What is the name of Brandt's firm?")).toBe(true);
    expect(nameNotOfNoun('Vellport', s, "What is the name of Brandt's firm?")).toBe(true);
  });
});

const firmStory = `Ivo Brandt, a boat builder from Tarnby, has opened a repair firm, and the mayor, Orla Venn, came to the launch.
Brandt said the firm would hire ten people by the summer.
Venn thanked the crowd and said the harbour needed more work of this kind.`;

describe('"what is the name of ...?" answered only by the name given to that noun', () => {
  const article = askingArticle(firmStory);

  it("does not answer the firm's name with a person", async () => {
    const r = await article.ask("What is the name of Brandt's repair firm?");
    expect(r.status).not.toBe('answered');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { questionView, sentenceView } from '../src/qa/features.js';
import { parseQuestion } from '../src/qa/question.js';
import { tagSentence } from '../src/qa/tags.js';
import { gatherCandidates } from '../src/qa/pick.js';

/**
 * The candidate rules of src/qa/pick.ts on short invented articles, parsed by the real engine:
 * a town used as a modifier is no one's name, "to" places a movement, a possessive day names an
 * event rather than when the asked thing happens.
 */

const feud = {
  published: '2024-05-10',
  text: `Feud between Sydney neighbours ends in court

A row between two Sydney neighbours over a garden fence has ended in court. Two Harbour Workers Union members were charged with affray.

Marcus Hale admitted assault in Tuesday's hearing, police said. Hale, a Leeds man, was flown to Melbourne after the hearing.

The Rovers will face the Harriers on Saturday for a place in Sunday's final.

Tom Reed, from Leeds, was injured in Marlow on Friday.`,
};

const parsed = parseArticle(feud);

/** Every candidate gatherCandidates keeps for the question in the one sentence holding `needle`, with its doubts. */
function gathered(
  question: string,
  needle: string,
  article = parsed,
): Array<{ text: string; doubts: string[] }> {
  const index = article.sentences.findIndex((s) => s.includes(needle));
  const ranked = [{ index, coverage: 1, bm25: 1, windowCoverage: 1 }];
  return gatherCandidates(article, questionView(parseQuestion(question)), ranked, 1).map((g) => ({
    text: g.candidate.text,
    doubts: [...g.features.keys()].filter((k) => k.startsWith('doubt=')),
  }));
}

/** The texts of the candidates gatherCandidates keeps. */
function kept(question: string, needle: string): string[] {
  return gathered(question, needle).map((g) => g.text);
}

describe('pick rules', () => {
  it('given a town or a body modifying a noun ("two Sydney neighbours", "Union members"), "who" keeps neither alone', () => {
    expect(kept('who was in a row over a garden fence?', 'two Sydney neighbours')).not.toContain('Sydney');
    const charged = kept('who was charged with affray?', 'Union members');
    expect(charged).not.toContain('Union');
  });

  it('given "flown to Melbourne", "where" keeps the place after "to"', () => {
    expect(kept('where was Hale flown?', 'flown to Melbourne')).toEqual(['Melbourne']);
  });

  it('given "X, from Leeds, was injured in Marlow", "where was X injured?" keeps Marlow and "where is X from?" Leeds', () => {
    expect(kept('where was Tom Reed injured?', 'from Leeds')).toEqual(['Marlow']);
    expect(kept('where is Tom Reed from?', 'from Leeds')).toContain('Leeds');
  });

  it('given "on Saturday for a place in Sunday\'s final", "when" keeps Saturday, not Sunday', () => {
    const dates = kept('when will the Rovers face the Harriers?', 'Sunday');
    expect(dates.some((d) => d.includes('Saturday'))).toBe(true);
    expect(dates.some((d) => d.includes('Sunday'))).toBe(false);
  });

  it('given only a possessive date, "when" still keeps it', () => {
    expect(kept('when did Hale admit assault?', 'Tuesday').some((d) => d.includes('Tuesday'))).toBe(true);
  });
});

describe("the question's verb in the sentence", () => {
  it('given an attributive participle before the verb ("of injured guard ... injured him"), the clause verb is found', () => {
    const tokens = tagSentence('Relatives of injured guard Tom Reed said a stranger injured him in Marlow.');
    const view = questionView(parseQuestion('who injured the guard?'));
    const s = sentenceView(tokens, view, { coverage: 1, bm25: 0, rank: 0, gap: 0 });
    expect(tokens[s.verbAt]?.text).toBe('injured');
    expect(tokens[s.verbAt - 1]?.text).toBe('stranger');
  });

  it('given "which agency", a common-noun body stays in with a doubt, for the scorer to weigh', () => {
    const council = parseArticle({
      published: '2024-05-10',
      text: `Bypass plan approved

The plan for a new bypass was approved on Monday by the regional planning committee after a long debate.`,
    });
    const all = gathered('which agency approved the bypass plan?', 'approved on Monday', council);
    const body = all.find((g) => g.text === 'the regional planning committee');
    expect(body?.doubts).toEqual(['doubt=kind-organisation|type=organisation']);
  });

  it('given "what <noun>", a number stays in with a doubt and a date is still dropped', () => {
    const town = parseArticle({
      published: '2024-05-10',
      text: `Census counts Velmora

The census found that Velmora had 48,210 residents in March, officials said.`,
    });
    const population = gathered('what is the population of Velmora?', 'census found', town);
    const count = population.find((g) => g.text.startsWith('48,210'));
    expect(count?.doubts).toEqual(['doubt=thing-number|type=description']);
    const texts = population.map((g) => g.text);
    expect(texts).not.toContain('March');
  });

  it('given "who", a phrase headed by no person noun is still dropped (the "who" checks stay hard)', () => {
    const all = gathered('who was charged with affray?', 'Union members').map((g) => g.text);
    expect(all).not.toContain('affray');
  });
});

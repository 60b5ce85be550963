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

/** The candidates gatherCandidates keeps for the question in the one sentence holding `needle`. */
function kept(question: string, needle: string): string[] {
  const index = parsed.sentences.findIndex((s) => s.includes(needle));
  const ranked = [{ index, coverage: 1, bm25: 1, windowCoverage: 1 }];
  return gatherCandidates(parsed, questionView(parseQuestion(question)), ranked, 1).map(
    (g) => g.candidate.text,
  );
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
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { passiveAgent } from '../src/qa/agent.js';
import { answerQuestion } from '../src/qa/answer.js';
import { lemma } from '../src/qa/lexicon.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/** "Which outlet named X?" in "X, named by the Coast Courier ...": the passive's agent (invented text). */

const top = [{ index: 0, coverage: 1, bm25: 1, windowCoverage: 1 }];

describe('the agent of a passive answers the subject question', () => {
  it('end to end: "which outlet named X as the favourite?"', async () => {
    const text =
      'On Monday, Vela Moranne — named by the Coast Courier as the favourite for the harbour post — told reporters she would decide soon.';
    const store = new SqliteArticleStore(':memory:');
    const { article } = await store.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    const r = await answerQuestion('Which outlet named Moranne as the favourite for the harbour post?', {
      store,
      articleId: article.id,
    });
    await store.close();
    expect(r).toMatchObject({ status: 'answered', answer: 'the Coast Courier' });
  });

  it('takes the title inside the agent phrase and stops at a function word', () => {
    const parsed = parseArticle({
      text: 'The plan was backed by Ada Brook on Friday, officials said.',
    });
    expect(passiveAgent(parsed, lemma('back'), top)?.text).toBe('Ada Brook');
    const titled = parseArticle({ text: 'The plan was backed by Labour councillor Ada Brook in March.' });
    expect(passiveAgent(titled, lemma('backed'), top)?.text).toBe('Labour councillor Ada Brook');
  });

  it('a nationality adjective takes the noun it modifies ("by Norwegian mediators")', () => {
    const parsed = parseArticle({
      text: 'The ferry talks were brokered by Norwegian mediators, with a deal expected in spring.',
    });
    expect(passiveAgent(parsed, lemma('broker'), top)?.text).toBe('Norwegian mediators');
    const named = parseArticle({
      text: 'The ferry talks were brokered by Ada Brook, with a deal expected soon.',
    });
    expect(passiveAgent(named, lemma('broker'), top)?.text).toBe('Ada Brook');
  });

  it('a deadline after "by" is no doer, and another verb is no match', () => {
    const parsed = parseArticle({ text: 'The fee must be paid by Friday, the Tarn Council said.' });
    expect(passiveAgent(parsed, lemma('pay'), top)).toBeNull();
    const other = parseArticle({ text: 'The bridge was built by Tarn Works.' });
    expect(passiveAgent(other, lemma('design'), top)).toBeNull();
  });
});

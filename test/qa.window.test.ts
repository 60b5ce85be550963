import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { sentencesArticle } from './helpers/articles.js';
import { answerQuestion } from '../src/qa/answer.js';
import { articleIndex, rankSentences } from '../src/qa/evidence.js';
import { gatherCandidates } from '../src/qa/pick.js';
import { questionView } from '../src/qa/features.js';
import { parseQuestion } from '../src/qa/question.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';

/**
 * A sentence read with the one before it: news writing names its subject once and goes on with
 * "he" or "the singer", so the sentence that holds the answer often lacks the name the question
 * asks about. Invented sentences.
 */

const article = (sentences: string[]) => sentencesArticle(sentences);

describe('windowCoverage', () => {
  const parsed = article([
    'Singer Tomas Velkov had an operation on his throat on Tuesday.',
    'He is resting after the operation at a clinic in Ostrava.',
    'His label has not said when he will sing again.',
  ]);
  const ranked = rankSentences(
    articleIndex('window-test', parsed),
    parseQuestion('Where is the singer Velkov resting after his throat operation?').focus,
  );
  const byIndex = new Map(ranked.map((r) => [r.index, r]));

  it('credits a sentence with the question words of the sentence before it', () => {
    const follow = byIndex.get(1)!;
    expect(follow.windowCoverage).toBeGreaterThan(follow.coverage);
    expect(follow.windowCoverage).toBeLessThanOrEqual(1);
  });

  it('reads a sentence with the one before it only, never the one after', () => {
    const first = byIndex.get(0)!;
    expect(first.windowCoverage).toBe(first.coverage);
  });
});

describe('the sentence feature of what the sentence before adds', () => {
  it('is positive for a sentence that refers back to the named subject, absent for the one naming it', () => {
    const parsed = article([
      'Singer Tomas Velkov had an operation on his throat on Tuesday.',
      'He is resting at his parents’ home in Ostrava, his agent said.',
    ]);
    const q = parseQuestion('Where is Velkov resting?');
    const ranked = rankSentences(articleIndex('window-feature-test', parsed), q.focus);
    const gathered = gatherCandidates(parsed, questionView(q), ranked, 4);
    const extraOf = (sentence: number) =>
      gathered.find((g) => g.sentence === sentence)?.sentenceFeatures.get('s:wincov_extra') ?? 0;
    expect(gathered.some((g) => g.sentence === 1)).toBe(true);
    expect(extraOf(1)).toBeGreaterThan(0);
    expect(extraOf(0)).toBe(0);
  });
});

describe('answering from a sentence that refers back', () => {
  let store: SqliteArticleStore;
  let articleId: string;
  beforeAll(async () => {
    store = new SqliteArticleStore(':memory:');
    const text = [
      'Singer Tomas Velkov had an operation on his throat on Tuesday and has called off his autumn tour.',
      'He is resting at his parents’ home in Ostrava, his agent said.',
      'His label has not said when he will sing again.',
    ].join('\n\n');
    articleId = (await store.upsertArticle({ raw: text, parsed: parseArticle({ text }), origin: 'test' }))
      .article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers where the named subject is only in the sentence before', async () => {
    const r = await answerQuestion('Where is Velkov resting?', {
      store,
      articleId,
    });
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Ostrava');
  });
});

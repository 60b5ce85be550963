import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { shareForCount } from '../../src/qa/share.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/** A percentage says what share of a group did something, never how many did. Invented text. */

const levy = `Voters in Marlow County approved the harbour levy on Tuesday.
The levy passed with 58% of voters in favour, county clerk Ennis Varga said.
The money will rebuild the Marlow pier by 2031.`;

describe('a share is no count', () => {
  const store = new SqliteArticleStore(':memory:');
  let articleId = '';
  beforeAll(async () => {
    const { article } = await store.upsertArticle({
      raw: levy,
      parsed: parseArticle({ text: levy }),
      origin: 'eval',
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('says it cannot find "how many voters" when the article gives only their share', async () => {
    const r = await answerQuestion('How many voters in Marlow County approved the harbour levy?', {
      store,
      articleId,
    });
    expect(r.status).not.toBe('answered');
  });

  it('still answers a "what share" question with the percentage', async () => {
    const r = await answerQuestion('What share of voters approved the harbour levy?', { store, articleId });
    expect(r.answer).toContain('58%');
  });

  it('takes a percentage for "how many percentage points" and any count for "how many"', () => {
    expect(shareForCount('how many', 'percentag', '4%')).toBe(false);
    expect(shareForCount('how many', 'voter', '4,200')).toBe(false);
    expect(shareForCount('how many', 'voter', '58 percent')).toBe(true);
  });
});

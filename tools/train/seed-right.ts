import { existsSync } from 'node:fs';
import path from 'node:path';
import { fold, loadSeed } from '../../eval/seed-gold.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';

/**
 * How many of the seed article's gold questions the current answerer gets right: the bars and the
 * answerable classifier are chosen only where these stay right (issue 12). Returns a function to
 * call after each change of model; the article is parsed and stored once.
 */
export async function seedRight(evalDir: string): Promise<() => Promise<number>> {
  if (!existsSync(path.join(evalDir, 'seed.gold.json'))) return async () => 0;
  const { gold, text, parsed } = loadSeed(evalDir);
  const store = new SqliteArticleStore(':memory:');
  const { article } = await store.upsertArticle({ raw: text, parsed, origin: 'eval' });
  return async () => {
    let right = 0;
    for (const pair of gold.qa) {
      const r = await answerQuestion(pair.q, { store, articleId: article.id });
      if (r.answer !== null && pair.a.some((a) => fold(r.answer ?? '').includes(fold(a)))) right++;
    }
    return right;
  };
}

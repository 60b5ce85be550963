import { answerQuestion } from '../../src/qa/answer.js';
import { SqliteArticleStore } from '../../src/store/sqlite.js';
import { fold, loadSeed } from '../seed-gold.js';
import type { EvalRow, EvalTask } from '../task.js';

/**
 * Question answering on the seed article's gold questions, through the same store and retrieval
 * the bot uses: an answer counts when it contains one of the acceptable answers.
 */
export const task: EvalTask = {
  name: 'qa',
  needs: ['seed.gold.json'],
  async run(evalDir) {
    const { gold, text, parsed } = loadSeed(evalDir);
    const store = new SqliteArticleStore(':memory:');
    try {
      const { article } = await store.upsertArticle({ raw: text, parsed, origin: 'eval' });
      const missed: string[] = [];
      for (const pair of gold.qa) {
        const result = await answerQuestion(pair.q, { store, articleId: article.id });
        const ok = result.answer !== null && pair.a.some((a) => fold(result.answer ?? '').includes(fold(a)));
        if (!ok) missed.push(`${pair.q} → ${result.answer ?? 'no answer'}`);
      }
      const hits = gold.qa.length - missed.length;
      const row: EvalRow = {
        task: 'qa',
        metric: 'seed article (dev) questions answered',
        value: `${hits}/${gold.qa.length}`,
        target: missed.length
          ? `missed: ${missed.join('; ')}`.slice(0, 160)
          : `${gold.qa.length}/${gold.qa.length}`,
        pass: missed.length === 0,
      };
      return [row];
    } finally {
      await store.close();
    }
  },
};

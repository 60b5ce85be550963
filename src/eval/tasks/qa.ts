import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../../engine/pipeline.js';
import { answerQuestion } from '../../qa/answer.js';
import { SqliteArticleStore } from '../../store/sqlite.js';
import type { EvalRow, EvalTask } from '../task.js';

const QaGold = z.object({
  file: z.string(),
  published: z.string(),
  qa: z.array(z.object({ q: z.string().min(1), a: z.array(z.string().min(1)).min(1), type: z.string() })),
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const fold = (s: string) =>
  s.toLowerCase().replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Question answering on the seed article's gold questions, through the same store and retrieval
 * the bot uses: an answer counts when it contains one of the acceptable answers.
 */
export const task: EvalTask = {
  name: 'qa',
  needs: ['seed.gold.json'],
  async run(evalDir) {
    const gold = QaGold.parse(JSON.parse(readFileSync(path.join(evalDir, 'seed.gold.json'), 'utf8')));
    const text = readFileSync(path.join(repoRoot, gold.file), 'utf8');
    const store = new SqliteArticleStore(':memory:');
    try {
      const parsed = parseArticle({ text, published: gold.published });
      const { article } = store.upsertArticle({ raw: text, parsed, origin: 'eval' });
      const missed: string[] = [];
      for (const pair of gold.qa) {
        const result = answerQuestion(pair.q, { store, articleId: article.id });
        const ok = result.answer !== null && pair.a.some((a) => fold(result.answer ?? '').includes(fold(a)));
        if (!ok) missed.push(`${pair.q} → ${result.answer ?? 'no answer'}`);
      }
      const hits = gold.qa.length - missed.length;
      const row: EvalRow = {
        task: 'qa',
        metric: 'seed questions answered',
        value: `${hits}/${gold.qa.length}`,
        target: missed.length
          ? `missed: ${missed.join('; ')}`.slice(0, 160)
          : `${gold.qa.length}/${gold.qa.length}`,
        pass: missed.length === 0,
      };
      return [row];
    } finally {
      store.close();
    }
  },
};

/**
 * `node --import tsx eval/people-errors.ts`: the news-dev people the pipeline gets wrong, one line
 * each, to study error CLASSES (bodies, works, places taken as people; people missed) rather than
 * single articles. FP: a predicted person no gold person matches; FN: a gold person no prediction
 * matches, paired as the news-dev scorer pairs them. Each line shows the article file and a
 * stretch of its text around the name, read from the eval directory at run time (nothing of the
 * corpus is stored here).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/engine/pipeline.js';
import { articleInputOf } from '../src/sources/metadata.js';
import { loadNewsDev } from './news-dev-data.js';
import { pairPeople } from './news-dev-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = process.env.HERALD_EVAL_DIR ?? path.resolve(here, '../../shared/eval');

function around(text: string, name: string): string {
  const at = Math.max(0, text.indexOf(name));
  return text.slice(Math.max(0, at - 60), at + name.length + 60).replace(/\s+/g, ' ');
}

let falsePeople = 0;
let missed = 0;
for (const article of loadNewsDev(evalDir)) {
  const parsed = parseArticle(articleInputOf({ text: article.text }));
  const pairs = pairPeople([...parsed.people], article.gold.people);
  const matched = new Set(pairs.values());
  for (const p of parsed.people) {
    if (matched.has(p)) continue;
    falsePeople++;
    console.log(
      `FP ${article.file} ${p.name} [${p.aliases.join('|')}] ...${around(article.text, p.name.split(' ')[0] ?? '')}...`,
    );
  }
  for (const g of article.gold.people) {
    if (pairs.has(g)) continue;
    missed++;
    console.log(
      `FN ${article.file} ${g.name} [${g.aliases.join('|')}] ...${around(article.text, g.name)}...`,
    );
  }
}
console.log(`${falsePeople} false people, ${missed} missed`);

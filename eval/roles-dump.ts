/**
 * `node --import tsx eval/roles-dump.ts <out.jsonl> [polnear] [conll]`: every person the pipeline
 * finds in PolNeAR train (840 articles) and CoNLL-2003 eng.train (946 documents), with the roles it
 * gives them, one JSON line per person. Run before and after a role rule and diff the two files to
 * read every person whose roles changed ("holds N of M" is counted over those people). Training
 * text is read from $HERALD_TRAIN_DIR at run time; nothing of the corpus is stored here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../src/engine/pipeline.js';
import { loadConll, plainText } from './conll.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(here, '../../shared/train');
const [out, ...corpora] = process.argv.slice(2);
if (!out) throw new Error('usage: roles-dump.ts <out.jsonl> [polnear] [conll]');
const wanted = corpora.length > 0 ? corpora : ['polnear', 'conll'];

const PolnearArticles = z.array(z.object({ id: z.string(), text: z.string() }));
const docs: { corpus: string; doc: number; text: string }[] = [];
if (wanted.includes('polnear')) {
  const all = PolnearArticles.parse(
    JSON.parse(readFileSync(path.join(trainDir, 'polnear/polnear-train.json'), 'utf8')),
  );
  for (const [doc, a] of all.entries()) docs.push({ corpus: 'polnear', doc, text: a.text });
}
if (wanted.includes('conll'))
  for (const [doc, d] of loadConll(path.join(trainDir, 'conll2003/eng.train')).entries())
    docs.push({ corpus: 'conll', doc, text: plainText(d) });

const lines: string[] = [];
for (const { corpus, doc, text } of docs)
  for (const p of parseArticle({ text }).people)
    lines.push(JSON.stringify({ corpus, doc, name: p.name, aliases: p.aliases, roles: p.roles }));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${docs.length} documents, ${lines.length} people -> ${out}`);

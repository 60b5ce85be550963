import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConll, plainText } from '../eval/conll.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { ArticleInput } from '../src/engine/schema.js';

/**
 * Output parity for speed work: `node --import tsx bench/parity.ts write DIR` parses a fixed sample
 * (PolNeAR train articles 0-299, eng.train documents 0-99, cnndm-dev, the seeds) and writes one
 * JSON line per article; `... check DIR` parses the same sample and names every article whose
 * output differs; `--all-polnear` takes every PolNeAR train article instead of the first 300 (840
 * articles, 3.8 MB; slower, for the final check). An optimisation lands only when check reports no
 * difference. Corpus text stays
 * in the output directory (under /tmp), never in the repository.
 */

const PolnearSchema = z.array(z.object({ id: z.string(), text: z.string() }));
const CnndmLineSchema = z.object({ id: z.string(), article: z.string() });
const SeedMetaSchema = z.object({ url: z.string(), source: z.string(), published: z.string() });

interface Sample {
  name: string;
  input: ArticleInput;
}

function sample(allPolnear: boolean): Sample[] {
  const trainDir = process.env.HERALD_TRAIN_DIR ?? '/work/shared/train';
  const evalDir = process.env.HERALD_EVAL_DIR ?? '/work/shared/eval';
  const out: Sample[] = [];
  const polnear = PolnearSchema.parse(
    JSON.parse(readFileSync(path.join(trainDir, 'polnear/polnear-train.json'), 'utf8')),
  );
  for (const [i, a] of (allPolnear ? polnear : polnear.slice(0, 300)).entries())
    out.push({ name: `polnear-${i}`, input: { text: a.text } });
  for (const [i, d] of loadConll(path.join(trainDir, 'conll2003/eng.train')).slice(0, 100).entries())
    out.push({ name: `conll-${i}`, input: { text: plainText(d), published: '1996-08-22' } });
  const cnndm = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8').split('\n');
  for (const [i, l] of cnndm.filter((x) => x.trim() !== '').entries())
    out.push({ name: `cnndm-${i}`, input: { text: CnndmLineSchema.parse(JSON.parse(l)).article } });
  const seedDir = 'seeds';
  for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt'))) {
    const meta = SeedMetaSchema.parse(
      JSON.parse(readFileSync(path.join(seedDir, f.replace(/\.txt$/, '.meta.json')), 'utf8')),
    );
    out.push({ name: `seed-${f}`, input: { text: readFileSync(path.join(seedDir, f), 'utf8'), ...meta } });
  }
  return out;
}

function main(): number {
  const [mode, dir, option] = process.argv.slice(2);
  if (
    (mode !== 'write' && mode !== 'check') ||
    !dir ||
    (option !== undefined && option !== '--all-polnear')
  ) {
    console.error('usage: parity.ts write|check DIR [--all-polnear]');
    return 2;
  }
  const file = path.join(dir, 'parity.jsonl');
  const lines = sample(option === '--all-polnear').map((s) =>
    JSON.stringify({ name: s.name, out: parseArticle(s.input) }),
  );
  if (mode === 'write') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`wrote ${lines.length} articles to ${file}`);
    return 0;
  }
  const base = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  if (base.length !== lines.length) console.log(`article count ${base.length} -> ${lines.length}`);
  lines.forEach((line, i) => {
    if (line !== base[i]) {
      differ++;
      if (differ <= 10) console.log(`differs: ${(JSON.parse(line) as { name: string }).name}`);
    }
  });
  console.log(
    differ === 0 && base.length === lines.length ? `identical: ${lines.length}` : `DIFFER: ${differ}`,
  );
  return differ === 0 && base.length === lines.length ? 0 : 1;
}

process.exitCode = main();

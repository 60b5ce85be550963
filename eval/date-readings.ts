import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractLocatedDates } from '../src/engine/dates.js';
import { articleDate } from '../src/engine/dates/dateline.js';
import { prepareDoc } from '../src/engine/pipeline.js';
import { detokenise, loadConll } from './conll.js';
import { loadPolnearFile } from './quotes-data.js';

/**
 * Every date Herald reads in a slice of the training news, one line each, for judging samples by
 * hand and for diffing all readings before and after a rule (ADR 018). The corpus text is read at
 * run time and printed, never stored in the repository.
 *
 *   node --import tsx eval/date-readings.ts polnear 730 760 [--brief]
 *   node --import tsx eval/date-readings.ts conll 800 820 [--brief]
 *
 * `--brief` leaves the sentence out (one stable line per reading, for `diff` over all train).
 */

interface TrainText {
  id: string;
  text: string;
  /** Publication day when the corpus gives it (PolNeAR ids); otherwise inferred as Herald would. */
  published: string | null;
}

/** HERALD_TRAIN_DIR, else ../shared/train beside the checkout (or beside a worktree's folder). */
const TRAIN_DIR =
  [process.env.HERALD_TRAIN_DIR, path.resolve('../shared/train'), path.resolve('../../shared/train')].find(
    (d): d is string => d !== undefined && existsSync(d),
  ) ?? path.resolve('../shared/train');

function polnearTexts(): TrainText[] {
  return loadPolnearFile(path.join(TRAIN_DIR, 'polnear', 'polnear-train.json')).map((a) => ({
    id: a.id,
    text: a.text,
    published: /_(\d{4}-\d{2}-\d{2})_/.exec(a.id)?.[1] ?? null,
  }));
}

/** eng.train as a user pastes it: the headline, a blank line, then the body with its dateline run in. */
function conllTexts(): TrainText[] {
  return loadConll(path.join(TRAIN_DIR, 'conll2003', 'eng.train')).map((doc, i) => {
    const [head, ...body] = doc.sentences.map((s) => detokenise(s.tokens));
    const text = `${head ?? ''}\n\n${body.join(' ')}`;
    return { id: `conll-${i}`, text, published: articleDate(text) };
  });
}

function main(): void {
  const [corpus, fromArg, toArg, ...flags] = process.argv.slice(2);
  const texts = corpus === 'conll' ? conllTexts() : polnearTexts();
  const from = Number(fromArg ?? 0);
  const to = Math.min(Number(toArg ?? texts.length), texts.length);
  const brief = flags.includes('--brief');
  for (let i = from; i < to; i++) {
    const t = texts[i];
    if (!t) continue;
    const doc = prepareDoc({ text: t.text, title: '', published: t.published ?? undefined });
    if (!brief) console.log(`\n=== ${i} ${t.id} published ${t.published ?? '-'}`);
    for (const d of extractLocatedDates(doc)) {
      const line = `${i}\t${d.sentence}:${d.start}\t${d.text}\t${d.value ?? '-'}\t${d.granularity}`;
      if (brief) console.log(line);
      else console.log(`${line}\n\t| ${doc.sentences[d.sentence] ?? ''}`);
    }
  }
}

main();

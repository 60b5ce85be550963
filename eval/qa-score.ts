import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Scoring for question answering, shared by the news-dev and XQuAD tasks.
 *
 * News-dev ("right"), as issue 12 measures: an answer counts when it contains one of the
 * acceptable answers as whole words (case, quote marks and spacing folded) and is not a whole
 * sentence where a phrase answers. "Whole sentence" means the answer holds at least 80% of its
 * evidence sentence's words while the longest acceptable answer is under half of them: a reply
 * that just hands back the sentence has not found the phrase. A gold answer of "unknown" counts
 * as right when Herald does not claim an answer (it says it can't find it, or that the article
 * says it is not known).
 *
 * XQuAD: the standard SQuAD v1.1 exact match and token F1 (lower case, punctuation and the
 * articles a/an/the removed, whitespace collapsed; best over the acceptable answers).
 */

export const NewsDevFile = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  line: z.number().int().positive(),
  qa: z.array(z.object({ q: z.string().min(1), a: z.array(z.string().min(1)).min(1), type: z.string() })),
});
export type NewsDevFile = z.infer<typeof NewsDevFile>;

export const CnnDmLine = z.object({ id: z.string(), article: z.string() });

export const SquadFile = z.object({
  data: z.array(
    z.object({
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(
            z.object({
              id: z.string(),
              question: z.string(),
              answers: z.array(z.object({ text: z.string(), answer_start: z.number().int() })),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type SquadFile = z.infer<typeof SquadFile>;

/** Case, quote-mark, dash and spacing differences do not count. */
export function foldAnswer(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `answer` holds `gold` as whole words (not "three" inside "thirty-three"). */
export function containsAnswer(answer: string, gold: string): boolean {
  const a = foldAnswer(answer);
  const g = foldAnswer(gold);
  if (!g) return false;
  for (let at = a.indexOf(g); at >= 0; at = a.indexOf(g, at + 1)) {
    const before = a[at - 1];
    const after = a[at + g.length];
    const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (edge(before) && edge(after)) return true;
  }
  return false;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The answer is (nearly) the whole evidence sentence while a phrase would have answered. */
export function isWholeSentence(answer: string, evidence: string | null, golds: readonly string[]): boolean {
  if (!evidence) return false;
  const sentenceWords = wordCount(evidence);
  const longestGold = Math.max(...golds.map(wordCount));
  return wordCount(answer) >= 0.8 * sentenceWords && longestGold < 0.5 * sentenceWords;
}

export const isUnknownGold = (golds: readonly string[]) => golds.some((g) => foldAnswer(g) === 'unknown');

export interface Judged {
  /** Right as the issue scores it (a phrase, or an honest "not found" for unknown gold). */
  right: boolean;
  /** Holds an acceptable answer at any length. */
  rightAnyLength: boolean;
  wholeSentence: boolean;
}

/** Judge one reply: `claimed` is false when Herald says it can't find it or that it isn't known. */
export function judgeNewsDev(
  golds: readonly string[],
  answer: string | null,
  evidence: string | null,
  claimed: boolean,
): Judged {
  if (isUnknownGold(golds)) {
    return { right: !claimed, rightAnyLength: !claimed, wholeSentence: false };
  }
  if (!claimed || answer === null) return { right: false, rightAnyLength: false, wholeSentence: false };
  const holds = golds.some((g) => containsAnswer(answer, g));
  const whole = isWholeSentence(answer, evidence, golds);
  return { right: holds && !whole, rightAnyLength: holds, wholeSentence: whole };
}

/** SQuAD v1.1 answer normalisation. */
export function normaliseSquad(s: string): string {
  return s
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~‘’“”–—]/g, '')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function exactMatch(prediction: string, golds: readonly string[]): number {
  const p = normaliseSquad(prediction);
  return golds.some((g) => normaliseSquad(g) === p) ? 1 : 0;
}

function f1One(prediction: string, gold: string): number {
  const p = normaliseSquad(prediction).split(' ').filter(Boolean);
  const g = normaliseSquad(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

export function tokenF1(prediction: string, golds: readonly string[]): number {
  return Math.max(0, ...golds.map((g) => f1One(prediction, g)));
}

/** The news-dev files with their article texts from cnndm-dev.jsonl. */
export function loadNewsDev(evalDir: string): Array<NewsDevFile & { text: string }> {
  const lines = readFileSync(path.join(evalDir, 'cnndm-dev.jsonl'), 'utf8').split('\n');
  const dir = path.join(evalDir, 'news-dev');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => {
    const file = NewsDevFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
    const line = lines[file.line - 1];
    if (!line) throw new Error(`news-dev ${f}: line ${file.line} is missing from cnndm-dev.jsonl`);
    return { ...file, text: CnnDmLine.parse(JSON.parse(line)).article };
  });
}

export function loadSquad(file: string): SquadFile {
  return SquadFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

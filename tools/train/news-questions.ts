import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * News training questions for the answer scorer: our own questions and short answer phrases about
 * PolNeAR TRAIN articles (tools/train/data/news-questions.jsonl), written before Herald was run on
 * those articles. The file holds no article text: the trainer reads it from the shared training
 * folder and the manifest records that file's hash beside this one's.
 */

export const NEWS_QUESTIONS_FILE = fileURLToPath(new URL('./data/news-questions.jsonl', import.meta.url));
/**
 * Questions on PolNeAR train articles the scorer is never fitted on: the honest check of what the
 * training questions teach (eval task news-questions). Only the eval reads this file.
 */
export const NEWS_QUESTIONS_BLIND_FILE = fileURLToPath(
  new URL('./data/news-questions-blind.jsonl', import.meta.url),
);
/**
 * The PolNeAR train articles (indexes, inclusive) the blind questions are about. A range fixed here,
 * not read from the blind file, so the trainer's loader can refuse them without opening that file.
 */
export const BLIND_ARTICLES = { first: 720, last: 734 } as const;
export const isBlindArticle = (article: number) =>
  article >= BLIND_ARTICLES.first && article <= BLIND_ARTICLES.last;
export const POLNEAR_TRAIN = 'polnear/polnear-train.json';
/** An answer longer than this is a sentence, not the phrase a reader wants. */
export const MAX_ANSWER_WORDS = 12;

export const QUESTION_TYPES = ['who', 'where', 'what', 'when', 'howmany', 'why', 'yesno', 'unknown'] as const;

export const NewsQuestion = z
  .object({
    /** Index of the article in polnear-train.json. */
    article: z.number().int().nonnegative(),
    /** The PolNeAR article's own id, checked against the text file so a reordered file is caught. */
    id: z.string().min(1),
    type: z.enum(QUESTION_TYPES),
    question: z.string().min(3),
    answers: z.array(z.string().min(1)),
  })
  .strict()
  .refine((q) => q.answers.every((a) => a.trim().split(/\s+/).length <= MAX_ANSWER_WORDS), {
    message: `an answer is a short phrase (at most ${MAX_ANSWER_WORDS} words)`,
  })
  .refine((q) => (q.type === 'unknown') === (q.answers.length === 0), {
    message: 'unanswerable questions, and only they, have no answers',
  });
export type NewsQuestion = z.infer<typeof NewsQuestion>;

export function parseNewsQuestions(jsonl: string): NewsQuestion[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const r = NewsQuestion.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`news-questions line ${i + 1}: ${r.error.message}`);
      return r.data;
    });
}

/** The training questions; a question on a blind article (or the blind file itself) is an error. */
export function loadNewsQuestions(file = NEWS_QUESTIONS_FILE): NewsQuestion[] {
  if (path.resolve(file) === NEWS_QUESTIONS_BLIND_FILE)
    throw new Error('the blind news questions are never trained on');
  const questions = parseNewsQuestions(readFileSync(file, 'utf8'));
  const blind = questions.find((q) => isBlindArticle(q.article));
  if (blind)
    throw new Error(
      `news question "${blind.question}" is on blind article ${blind.article}: never trained on`,
    );
  return questions;
}

/** The blind questions, every one on a blind article. */
export function loadBlindQuestions(file = NEWS_QUESTIONS_BLIND_FILE): NewsQuestion[] {
  const questions = parseNewsQuestions(readFileSync(file, 'utf8'));
  const stray = questions.find((q) => !isBlindArticle(q.article));
  if (stray)
    throw new Error(
      `blind news question "${stray.question}" is on article ${stray.article}, outside ${BLIND_ARTICLES.first}-${BLIND_ARTICLES.last}`,
    );
  return questions;
}

/** The publication day a PolNeAR id carries ("<outlet>_2015-11-10_<slug>"); undefined when it has none. */
export function publishedOf(id: string): string | undefined {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];
}

const PolnearArticle = z.object({ id: z.string(), text: z.string() });

/** The texts the questions are about, by article index; a question whose id disagrees is an error. */
export function articleTexts(trainDir: string, questions: readonly NewsQuestion[]): Map<number, string> {
  const all = z
    .array(PolnearArticle)
    .parse(JSON.parse(readFileSync(path.join(trainDir, POLNEAR_TRAIN), 'utf8')));
  const texts = new Map<number, string>();
  for (const q of questions) {
    const a = all[q.article];
    if (!a || a.id !== q.id)
      throw new Error(`news question "${q.question}": article ${q.article} is not ${q.id}`);
    texts.set(q.article, a.text);
  }
  return texts;
}

/** SHA-256 of the texts the questions read, in article order: the manifest pins the exact text. */
export function textsHash(texts: ReadonlyMap<number, string>): string {
  const h = createHash('sha256');
  for (const [k, t] of [...texts.entries()].sort(([a], [b]) => a - b)) h.update(`${k}\n${t}\n`);
  return h.digest('hex');
}

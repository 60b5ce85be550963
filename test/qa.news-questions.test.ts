import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_DIR } from '../src/qa/model.js';
import { sha256File } from '../tools/train/manifest.js';
import {
  BLIND_ARTICLES,
  isBlindArticle,
  loadBlindQuestions,
  loadNewsQuestions,
  MAX_ANSWER_WORDS,
  NEWS_QUESTIONS_BLIND_FILE,
  NEWS_QUESTIONS_FILE,
  parseNewsQuestions,
  publishedOf,
} from '../tools/train/news-questions.js';

/** The news training questions the answer scorer is fitted on beside XQuAD (issue 12). */

describe('tools/train/data/news-questions.jsonl', () => {
  const questions = loadNewsQuestions();

  it('validates line by line: every answer is a short phrase, only unanswerable questions have none', () => {
    expect(questions.length).toBeGreaterThan(300);
    for (const q of questions) {
      expect(q.answers.length === 0).toBe(q.type === 'unknown');
      for (const a of q.answers) expect(a.trim().split(/\s+/).length).toBeLessThanOrEqual(MAX_ANSWER_WORDS);
    }
  });

  it('holds questions on many articles, a few each, and no article text', () => {
    const perArticle = new Map<number, number>();
    for (const q of questions) perArticle.set(q.article, (perArticle.get(q.article) ?? 0) + 1);
    expect(perArticle.size).toBeGreaterThan(80);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(8);
    expect(Math.max(...questions.map((q) => q.question.length))).toBeLessThan(200);
  });

  it('is the file the shipped model was trained on', () => {
    const manifest = JSON.parse(readFileSync(path.join(MODEL_DIR, 'manifest.json'), 'utf8')) as {
      training_data: Array<{ file: string; sha256: string }>;
    };
    const record = manifest.training_data.find((d) => d.file === 'tools/train/data/news-questions.jsonl');
    expect(record?.sha256).toBe(sha256File(NEWS_QUESTIONS_FILE));
    expect(existsSync(NEWS_QUESTIONS_FILE)).toBe(true);
  });
});

describe('parseNewsQuestions', () => {
  const line = (o: object) => JSON.stringify({ article: 3, id: 'invented-story', type: 'who', ...o });

  it('accepts an invented question with a short answer', () => {
    const [q] = parseNewsQuestions(line({ question: 'Who opened the bakery?', answers: ['Mara Lint'] }));
    expect(q?.answers).toEqual(['Mara Lint']);
  });

  it('rejects an answer that is a whole sentence', () => {
    const sentence =
      'The bakery on Elm Street was opened on Monday by Mara Lint, who said she had waited for years to do it';
    expect(() =>
      parseNewsQuestions(line({ question: 'Who opened the bakery?', answers: [sentence] })),
    ).toThrow(/short phrase/);
  });

  it('rejects an answerable question with no answer and a field it does not know', () => {
    expect(() => parseNewsQuestions(line({ question: 'Who opened the bakery?', answers: [] }))).toThrow();
    expect(() =>
      parseNewsQuestions(line({ question: 'Who opened the bakery?', answers: ['Mara Lint'], text: 'x' })),
    ).toThrow();
  });
});

describe('the blind news questions (never trained on)', () => {
  const training = loadNewsQuestions();
  const blind = loadBlindQuestions();
  const line = (article: number) =>
    JSON.stringify({
      article,
      id: 'invented-outlet_2019-03-02_ferry-strike',
      type: 'who',
      question: 'Who called the ferry strike?',
      answers: ['Dora Vell'],
    });
  const tempFile = (text: string) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'herald-news-questions-')), 'q.jsonl');
    writeFileSync(file, text);
    return file;
  };

  it('are all on blind articles, and no training question is on one: the two sets of articles do not overlap', () => {
    expect(blind.length).toBeGreaterThan(60);
    expect(blind.every((q) => isBlindArticle(q.article))).toBe(true);
    const blindArticles = new Set(blind.map((q) => q.article));
    expect(training.filter((q) => blindArticles.has(q.article) || isBlindArticle(q.article))).toEqual([]);
  });

  it('are refused by the training loader, as a file and as a question on a blind article', () => {
    expect(() => loadNewsQuestions(NEWS_QUESTIONS_BLIND_FILE)).toThrow(/never trained on/);
    expect(() => loadNewsQuestions(tempFile(`${line(BLIND_ARTICLES.first)}\n`))).toThrow(/blind article/);
    expect(loadNewsQuestions(tempFile(`${line(BLIND_ARTICLES.first - 1)}\n`))).toHaveLength(1);
  });

  it('may hold no question outside the blind articles', () => {
    expect(() => loadBlindQuestions(tempFile(`${line(BLIND_ARTICLES.last + 1)}\n`))).toThrow(/outside/);
  });
});

describe('publishedOf', () => {
  it('reads the publication day a PolNeAR id carries, and nothing from an id without one', () => {
    expect(publishedOf('invented-outlet_2019-03-02_ferry-strike')).toBe('2019-03-02');
    expect(publishedOf('invented-ferry-strike')).toBeUndefined();
  });
});

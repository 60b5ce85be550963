import { z } from 'zod';
import type { Candidate } from './candidates.js';
import { lemma, rootMatch } from './lexicon.js';
import type { FocusTerm, QuestionType } from './question.js';
import { words } from './text.js';

/**
 * "Is this reply right?": a logistic regression over what the answerer knows about a reply it is
 * about to give (issue 12, ADR 015 session 12). The coverage and probability bars judge one
 * number each; an unanswerable question's best candidate is often as well covered and as probable
 * as a right one, so the classifier reads them together with signals the bars cannot see: how far
 * the pick stands above the runner-up, whether the question's words sit around the answer itself,
 * whether the question's verb and names are in the evidence or in the article at all. Fitted by
 * `npm run train qa` on the news training questions' replies out of fold (tools/train/answerable.ts);
 * the model holds it only when its bar beat the plain bars on the pooled curve.
 */

/** What is known about a scorer's reply when it is given. */
export interface ReplySignals {
  type: QuestionType;
  /** The pick's probability among all the question's candidates. */
  probability: number;
  /** Its share within its own sentence's candidates. */
  span: number;
  /** Its probability minus the runner-up's (0 when it is alone). */
  margin: number;
  /** Share of the question held by the evidence sentence, and by it with the sentence before. */
  coverage: number;
  windowCoverage: number;
  /** Share of the question's name words the evidence holds (1 when the question names no one). */
  nameShare: number;
  /** Whether the evidence holds the question's verb (or a synonym); true when the question has none. */
  verb: boolean;
  /** Share of the question's other words within a few words of the answer in its sentence. */
  nearAnswer: number;
  /** Share of the question's name words found nowhere in the article. */
  namesAbsent: number;
  /** Share of the question's other words found nowhere in the article. */
  wordsAbsent: number;
  /** Distinct sentences the candidates came from, and candidates in the picked sentence. */
  sentences: number;
  rivals: number;
  /** The answer's kind is the one the question type names outright (a date for "when"). */
  exactKind: boolean;
  /** Share of the answer's words the question already uses. */
  echo: number;
}

/** Words either side of the answer that count as "around" it. */
const NEAR_WORDS = 6;

/** The kind of phrase each question type names outright; others accept several kinds or any. */
const EXACT_KIND: Partial<Record<QuestionType, Candidate['kind']>> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  date: 'date',
  number: 'number',
  reason: 'clause',
};

export interface SignalInput {
  type: QuestionType;
  focus: readonly FocusTerm[];
  picked: {
    candidate: Candidate;
    sentence: number;
    coverage: number;
    nameShare: number;
    verb: boolean;
    probability: number;
    spanProbability: number;
    probabilities: readonly number[];
  };
  /** The sentence every candidate came from, in the order gathered. */
  candidateSentences: readonly number[];
  /** The picked phrase's sentence text. */
  sentence: string;
  windowCoverage: number;
  /** Every sentence's roots (the article index). */
  articleRoots: readonly ReadonlySet<string>[];
}

/** The share of `terms` for which `has` holds; 0 when there are none. */
function share(terms: readonly FocusTerm[], has: (t: FocusTerm) => boolean): number {
  return terms.length === 0 ? 0 : terms.filter(has).length / terms.length;
}

/** The reply's signals, read from the pick, its rivals, its sentence and the article. */
export function replySignals(input: SignalInput): ReplySignals {
  const { picked, focus } = input;
  const probs = [...picked.probabilities].sort((a, b) => b - a);
  const names = focus.filter((t) => t.name);
  const others = focus.filter((t) => !t.name);
  const inArticle = (t: FocusTerm) =>
    input.articleRoots.some((roots) => (t.name ? roots.has(t.lemma) : rootMatch(t.lemma, roots) > 0));
  const c = picked.candidate;
  const before = words(input.sentence.slice(0, c.start)).slice(-NEAR_WORDS);
  const after = words(input.sentence.slice(c.end)).slice(0, NEAR_WORDS);
  const near = new Set([...before, ...after].map(lemma));
  const answerRoots = words(c.text).map(lemma);
  const focusRoots = new Set(focus.map((t) => t.lemma));
  return {
    type: input.type,
    probability: picked.probability,
    span: picked.spanProbability,
    margin: (probs[0] ?? 0) - (probs[1] ?? 0),
    coverage: picked.coverage,
    windowCoverage: input.windowCoverage,
    nameShare: picked.nameShare,
    verb: picked.verb,
    nearAnswer: share(others, (t) => rootMatch(t.lemma, near) > 0),
    namesAbsent: share(names, (t) => !inArticle(t)),
    wordsAbsent: share(others, (t) => !inArticle(t)),
    sentences: new Set(input.candidateSentences).size,
    rivals: input.candidateSentences.filter((s) => s === picked.sentence).length,
    exactKind: EXACT_KIND[input.type] === c.kind,
    echo:
      answerRoots.length === 0 ? 0 : answerRoots.filter((r) => focusRoots.has(r)).length / answerRoots.length,
  };
}

/** The classifier's inputs, by name: numbers scaled to about 0-1, the question type one-hot. */
export function replyFeatures(s: ReplySignals): Map<string, number> {
  const f = new Map<string, number>([
    ['bias', 1],
    ['probability', s.probability],
    ['span', s.span],
    ['margin', s.margin],
    ['coverage', s.coverage],
    ['window', s.windowCoverage],
    ['window_gain', Math.max(0, s.windowCoverage - s.coverage)],
    ['names', s.nameShare],
    ['verb', s.verb ? 1 : 0],
    ['near', s.nearAnswer],
    ['names_absent', s.namesAbsent],
    ['words_absent', s.wordsAbsent],
    ['sentences', Math.min(1, s.sentences / 16)],
    ['rivals', Math.min(1, s.rivals / 10)],
    ['exact_kind', s.exactKind ? 1 : 0],
    ['echo', s.echo],
    ['log_probability', Math.max(-10, Math.log(Math.max(s.probability, 1e-5))) / 10],
  ]);
  f.set(`type:${s.type}`, 1);
  // The verb matters most where the scorer has nothing else to go on: dates and numbers.
  if (s.type === 'date' || s.type === 'number') f.set('typed_verb', s.verb ? 1 : 0);
  return f;
}

export const AnswerableSchema = z.object({
  /** Below this probability of being right, the reply is "can't find" instead. */
  bar: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
});
export type Answerable = z.infer<typeof AnswerableSchema>;

/** The classifier's probability that the reply is right. */
export function rightProbability(signals: ReplySignals, weights: Readonly<Record<string, number>>): number {
  let z = 0;
  for (const [name, value] of replyFeatures(signals)) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the reply may be given: always, without a classifier; else when it is likely enough right. */
export function passesAnswerable(
  signals: ReplySignals | undefined,
  answerable: Answerable | undefined,
): boolean {
  if (!signals || !answerable) return true;
  return rightProbability(signals, answerable.weights) >= answerable.bar;
}

import type { ParsedArticle } from '../engine/schema.js';
import { type Candidate, type CandidateKind, sentenceCandidates } from './candidates.js';
import type { ScoredSentence } from './evidence.js';
import {
  candidateFeatures,
  type Features,
  type QuestionView,
  type SentenceView,
  sentenceView,
} from './features.js';
import { dot, softmax } from './learn.js';
import type { QaModel } from './model.js';
import { lemma } from './lexicon.js';
import type { QuestionType } from './question.js';
import type { Token } from './tags.js';

/**
 * The candidates of a question's best evidence sentences, each with its features: what the
 * trainer learns from and what the answerer scores. One function for both, so the model is
 * always judged on the candidates it will see.
 */

export interface Gathered {
  candidate: Candidate;
  sentence: number;
  coverage: number;
  /** Share of the question's name words the sentence holds. */
  nameShare: number;
  /** Whether the sentence holds the question's verb (or a synonym); true when the question has none. */
  verb: boolean;
  /** The phrase is the doer of the question's verb ("mediated by Omani officials"). */
  doer: boolean;
  features: Features;
}

/**
 * The kinds of phrase that can answer each kind of question: a "who" question is answered by a
 * person, a group of people or an organisation, never by a date or a number. Question kinds not
 * listed ("what ...", yes/no) take any phrase. When no phrase of an allowed kind is in the
 * evidence, the article doesn't say: that is what makes "I can't find that" honest.
 */
/**
 * Within one sentence, the engine's entities of exactly the asked kind come before looser
 * matches (a bare name, a phrase holding one): "who" takes the person the sentence names.
 */
const PREFERRED: Partial<Record<QuestionType, ReadonlySet<CandidateKind>>> = {
  person: new Set(['person', 'people']),
  organisation: new Set(['organisation']),
  place: new Set(['place']),
};

const ALLOWED: Partial<Record<QuestionType, ReadonlySet<CandidateKind>>> = {
  person: new Set(['person', 'people', 'organisation', 'name']),
  organisation: new Set(['organisation', 'name', 'person']),
  place: new Set(['place', 'name', 'organisation']),
  date: new Set(['date']),
  number: new Set(['number']),
  reason: new Set(['clause']),
};

export function gatherCandidates(
  parsed: ParsedArticle,
  view: QuestionView,
  ranked: readonly ScoredSentence[],
  sentences: number,
): Gathered[] {
  const out: Gathered[] = [];
  const best = ranked[0]?.coverage ?? 0;
  ranked.slice(0, sentences).forEach((r, rank) => {
    const { tokens, candidates } = sentenceCandidates(parsed, r.index, { reason: view.q.type === 'reason' });
    const s = sentenceView(tokens, view, {
      coverage: r.coverage,
      bm25: r.bm25,
      rank,
      gap: r.coverage - best,
    });
    const allowed = ALLOWED[view.q.type];
    const kept = candidates.filter((candidate) => {
      // A phrase holding a name may be a person's, a group's or a place's ("Barcelona's training ground").
      const namedPhrase = candidate.kind === 'phrase' && candidate.named && allowed?.has('name');
      // "was brokered by the regional labour commission", "the video maker intervenes": the doer of
      // the question's verb answers "who" even when it is no name.
      const doer = candidate.kind === 'phrase' && allowed?.has('person') && isDoer(candidate, s);
      if (allowed && !allowed.has(candidate.kind) && !namedPhrase && !doer) return false;
      return !saidByQuestion(candidate, tokens, view) && !namesAsked(candidate, tokens, view);
    });
    const preferred = PREFERRED[view.q.type];
    let exact = preferred ? kept.filter((c) => preferred.has(c.kind)) : [];
    // "where were the talks held?": a place the sentence puts something in ("in Oman") before one it only names.
    if (view.q.type === 'place') {
      const placed = exact.filter((c) => LOCATIVE.has(tokens[c.first - 1]?.text.toLowerCase() ?? ''));
      if (placed.length > 0) exact = placed;
    }
    for (const candidate of exact.length > 0 ? exact : kept) {
      out.push({
        candidate,
        sentence: r.index,
        coverage: r.coverage,
        nameShare: s.nameShare,
        verb: view.verbRoots.size === 0 || s.verbAt >= 0,
        doer: isDoer(candidate, s),
        features: candidateFeatures(candidate, s, view),
      });
    }
  });
  return out;
}

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'off',
  'into',
  'across',
  'around',
  'from',
]);

/**
 * What the question asks for, whole: "who mediated the talks?" takes the doer phrase "Omani
 * officials" rather than the name inside it; "who were the officials?" takes every person the
 * sentence names ("Brett McGurk and Abram Paley") rather than one of them.
 */
export function wholeAnswer(picked: Picked, gathered: readonly Gathered[], view: QuestionView): Picked {
  const c = picked.candidate;
  const same = gathered.filter((g) => g.sentence === picked.sentence);
  const covers = (g: Gathered) =>
    g.candidate.start <= c.start && g.candidate.end >= c.end && g.candidate !== c;
  let chosen: Gathered | undefined;
  if (view.q.plural && (c.kind === 'person' || c.kind === 'people')) {
    chosen =
      same.find((g) => g.candidate.kind === 'people' && covers(g)) ??
      same.find((g) => g.candidate.kind === 'people' && g.candidate.cue === 'all');
  } else if (view.q.type === 'person' || view.q.type === 'organisation') {
    chosen = same.filter((g) => g.doer && covers(g)).sort((a, b) => b.candidate.end - a.candidate.end)[0];
  }
  if (!chosen) return picked;
  // The whole answer is as likely as the candidates it is made of, taken together.
  const { start, end } = chosen.candidate;
  let probability = 0;
  gathered.forEach((g, i) => {
    if (g.sentence === picked.sentence && g.candidate.start >= start && g.candidate.end <= end)
      probability += picked.probabilities[i] ?? 0;
  });
  return { ...picked, ...chosen, probability: Math.min(1, Math.max(probability, picked.probability)) };
}

/** The phrase right after "<verb> by", or right before the verb (auxiliaries between): its doer. */
function isDoer(c: Candidate, s: SentenceView): boolean {
  if (s.verbAt < 0) return false;
  if (s.tokens[c.first - 1]?.text.toLowerCase() === 'by' && c.first - 2 === s.verbAt) return true;
  let at = c.last + 1;
  while (at < s.verbAt && (s.tokens[at]?.cls === 'aux' || s.tokens[at]?.cls === 'adv')) at++;
  return at === s.verbAt && c.last < s.verbAt;
}

/**
 * "how many workers": a bare number is read with what it counts when the sentence says it right
 * after ("3,400 workers"), since the number alone doesn't say what was counted.
 */
export function withUnit(picked: Picked, gathered: readonly Gathered[], view: QuestionView): Picked {
  const c = picked.candidate;
  if (c.kind !== 'number' || c.first !== c.last) return picked;
  const longer = gathered.filter(
    (g) =>
      g.sentence === picked.sentence &&
      g.candidate.kind === 'number' &&
      g.candidate.start === c.start &&
      g.candidate.last > c.last &&
      g.candidate.last - c.last <= 3,
  );
  const unit = view.q.unit;
  const counted = longer.find((g) => {
    const text = g.candidate.text.toLowerCase().split(/\s+/);
    return unit ? text.some((w) => lemma(w) === unit) : g.candidate.last === c.last + 1;
  });
  return counted ? { ...picked, candidate: counted.candidate } : picked;
}

/** Every content word of the candidate is in the question: it repeats the question, it can't answer it. */
function saidByQuestion(c: Candidate, tokens: readonly Token[], view: QuestionView): boolean {
  let content = 0;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (t.cls === 'det' || t.cls === 'prep' || t.cls === 'conj' || t.cls === 'punct') continue;
    content++;
    if (!view.lemmas.has(lemma(t.text))) return false;
  }
  return content > 0;
}

/** A name the question itself uses ("Kunis" for "who is suing Mila Kunis?") is who it is about, not the answer. */
function namesAsked(c: Candidate, tokens: readonly Token[], view: QuestionView): boolean {
  if (c.kind === 'clause' || c.kind === 'number' || c.kind === 'date') return false;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (t.cls === 'name' && view.names.has(lemma(t.text))) return true;
  }
  return false;
}

export interface Picked extends Gathered {
  score: number;
  /** The softmax probability among all the question's candidates. */
  probability: number;
  /** Every candidate's probability, in the order gathered. */
  probabilities: number[];
}

/** The best-scored candidate and its probability, or null when there are none. */
export function pickCandidate(gathered: readonly Gathered[], model: QaModel): Picked | null {
  if (gathered.length === 0) return null;
  const scores = gathered.map((g) => dot(model.weights, g.features));
  const probs = softmax(scores);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  return {
    ...gathered[best]!,
    score: scores[best] ?? 0,
    probability: probs[best] ?? 0,
    probabilities: probs,
  };
}

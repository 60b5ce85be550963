import { lemma } from './lexicon.js';
import type { Gathered, Picked } from './pick.js';
import type { FocusTerm } from './question.js';
import { words } from './text.js';

/**
 * "What share backed Kell?" in "51% of voters backed Ruiz, and 38% backed Kell": news writing gives
 * several figures in one sentence as coordinated clauses that each open with their figure, each
 * counting its own thing ("40% backed A, and 35% backed B", "two votes for A, 8 for B"). The
 * figure that answers is the one whose clause holds what the question asks about, the name or
 * the main verb, that the other clauses lack. So when the picked figure's clause holds fewer of
 * the question's names and verb than exactly one other such clause, that clause's figure answers.
 * Words every clause holds decide nothing; the question's other words do not count, since an
 * elliptical second clause ("..., while only 9% did ...") leaves out the frame the first holds.
 */

export interface SentenceFigure {
  /** Character offsets in the sentence. */
  start: number;
  end: number;
}

/**
 * The span of the clause whose figure ties to the question better than the picked figure's, or
 * null when the picked figure ties as well as any (or the sentence is one clause). A figure's tie
 * is read from the figure to its clause's end ("one vote for A"): what stands before it in the
 * first clause ("A's delegates cast their votes:") frames every figure alike.
 */
export function clauseOfAskedFigure(
  sentence: string,
  picked: SentenceFigure,
  figures: readonly SentenceFigure[],
  asked: AskedWords,
): SentenceFigure | null {
  const clauses = clauseSpans(sentence);
  if (clauses.length < 2) return null;
  const clauseOf = (at: number) => clauses.findIndex((c) => at >= c.start && at < c.end);
  const own = clauseOf(picked.start);
  if (own < 0) return null;
  // Each clause's first figure and what follows it to the clause's end.
  const tails = new Map<number, Set<string>>();
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    const k = clauseOf(f.start);
    if (k >= 0 && !tails.has(k)) tails.set(k, tiedWords(sentence.slice(f.start, clauses[k]!.end), asked));
  }
  const ownTail = tails.get(own);
  if (!ownTail || tails.size < 2) return null;
  const all = [...tails.values()];
  const shared = new Set([...all[0]!].filter((w) => all.every((t) => t.has(w))));
  const distinct = (t: Set<string>) => [...t].filter((w) => !shared.has(w)).length;
  const mine = distinct(ownTail);
  const better = [...tails].filter(([k, t]) => k !== own && distinct(t) > mine);
  if (better.length === 0) return null;
  const top = Math.max(...better.map(([, t]) => distinct(t)));
  const chosen = better.filter(([, t]) => distinct(t) === top);
  // Two other clauses tied alike: no one clause is asked about.
  if (chosen.length !== 1) return null;
  return clauses[chosen[0]![0]]!;
}

/** The question's name words and its verb that a clause holds, by root. */
function tiedWords(clause: string, asked: AskedWords): Set<string> {
  const roots = new Set(words(clause).map((w) => lemma(w)));
  const wanted = new Set([
    ...asked.focus.filter((f) => f.name).map((f) => f.lemma),
    ...(asked.verb ? [asked.verb] : []),
  ]);
  return new Set([...wanted].filter((w) => roots.has(w)));
}

/** What ties a clause to the question: the names it asks about and its main verb. */
export interface AskedWords {
  focus: readonly FocusTerm[];
  verb: string | null;
}

/**
 * Coordinated clauses that open with a figure: split at "and", "but", "while", "whereas", a
 * semicolon or a comma right before a figure ("..., and 35% ...", "two votes for A, 8 for B"),
 * never at an "and" inside a list of names ("A, B and C took 58%").
 */
function clauseSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans.filter((s) => s.end > s.start);
}

const CLAUSE_BREAK =
  /(?:(?:,\s*|\s+)(?:and|but|while|whereas)\s+|;\s+|,\s+)(?=(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|only\s+|just\s+|some\s+)?[$€£]?\d)/g;

/**
 * The scorer's pick moved to the figure of the clause the question asks about (see
 * clauseOfAskedFigure): among that clause's figures, the one the scorer rates highest.
 */
export function withAskedFigure(
  picked: Picked,
  gathered: readonly Gathered[],
  sentence: string,
  asked: AskedWords,
): Picked {
  if (picked.candidate.kind !== 'number') return picked;
  const figures = gathered
    .map((g, i) => ({ g, p: picked.probabilities[i] ?? 0 }))
    .filter(({ g }) => g.sentence === picked.sentence && g.candidate.kind === 'number');
  const clause = clauseOfAskedFigure(
    sentence,
    picked.candidate,
    figures.map(({ g }) => g.candidate),
    asked,
  );
  if (!clause) return picked;
  const inClause = figures
    .filter(({ g }) => g.candidate.start >= clause.start && g.candidate.start < clause.end)
    .sort((a, b) => b.p - a.p)[0];
  return inClause ? { ...picked, ...inClause.g, probability: inClause.p } : picked;
}

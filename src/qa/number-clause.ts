import type { ParsedArticle } from '../engine/schema.js';
import type { Gathered, Picked } from './pick.js';
import { lemma } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { isStopWord, words } from './text.js';
import { CARDINAL_WORDS } from '../engine/lexicon/number-words.js';

/**
 * "Two people were killed and more than 90 were injured": a sentence that counts several things
 * gives each count its own clause, and the question's words say which clause is asked about
 * ("how many were injured?"). When the scorer's number stands in a clause holding none of the
 * question's words that tell the clauses apart, and exactly one other clause with a number holds
 * some, that clause's number is the answer. Words every counted clause shares ("support" in "43%
 * support A, and 42% support B") and the counted unit ("people") tell nothing apart.
 */
export function numberOfAskedClause(
  picked: Picked,
  gathered: readonly Gathered[],
  parsed: Pick<ParsedArticle, 'sentences'>,
  q: Pick<ParsedQuestion, 'type' | 'focus' | 'unit'>,
): Picked {
  if (q.type !== 'number' || picked.candidate.kind !== 'number') return picked;
  const sentence = parsed.sentences[picked.sentence] ?? '';
  const clauses = clausesOf(sentence);
  const numbers = gathered.filter((g) => g.sentence === picked.sentence && g.candidate.kind === 'number');
  const clauseOf = (g: Gathered) =>
    clauses.findIndex((c) => g.candidate.start >= c.start && g.candidate.start < c.end);
  const counted = new Set(numbers.map(clauseOf).filter((i) => i >= 0));
  if (counted.size < 2) return picked;
  const asked = q.focus.map((f) => f.lemma);
  const held = new Map<number, Set<string>>();
  for (const i of counted) {
    const clause = clauses[i];
    if (!clause) continue;
    // The clause's own words, not those of the counts in it ("Three people" says what is counted,
    // not which clause the question asks about).
    let text = sentence.slice(clause.start, clause.end);
    for (const g of numbers) if (clauseOf(g) === i) text = text.replace(g.candidate.text, ' ');
    const roots = new Set(
      words(text)
        .filter((w) => !isStopWord(w))
        .map(lemma),
    );
    held.set(i, new Set(asked.filter((l) => roots.has(l))));
  }
  // Words found in more than one counted clause do not tell them apart.
  const telling = (i: number) =>
    [...(held.get(i) ?? [])].filter((l) => [...counted].every((j) => j === i || !held.get(j)?.has(l)));
  const own = clauseOf(picked);
  if (own < 0 || telling(own).length > 0) return picked;
  const others = [...counted].filter((i) => i !== own && telling(i).length > 0);
  if (others.length !== 1) return picked;
  const chosen = numbers.find(
    (g) =>
      clauseOf(g) === others[0] &&
      countsNothingElse(g.candidate.text, sentence.slice(g.candidate.end), q.unit),
  );
  return chosen ? { ...picked, ...chosen } : picked;
}

interface Clause {
  start: number;
  end: number;
  words: string[];
}

/**
 * The sentence cut at a comma, semicolon, colon or dash before a space, and at "and", "but",
 * "while", "whereas" between words; "1,237" and "between 20 and 30" hold no cut (a digit after the
 * comma; "and" between two numbers).
 */
function clausesOf(sentence: string): Clause[] {
  const cuts = [...sentence.matchAll(CLAUSE_CUT)].map((m) => ({ at: m.index ?? 0, len: m[0].length }));
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of [...cuts, { at: sentence.length, len: 0 }]) {
    const text = sentence.slice(start, cut.at);
    clauses.push({ start, end: cut.at, words: words(text).filter((w) => !isStopWord(w)) });
    start = cut.at + cut.len;
  }
  return clauses;
}

const CLAUSE_CUT = /[,;:—–](?=\s)|\s(?:and|but|while|whereas)\s(?![\d$£€])/gu;

/** Words a count is written with that say nothing of what it counts: "more than 90", "about 40". */
const COUNT_WORDS =
  /^(?:more|than|less|fewer|about|nearly|almost|some|over|under|roughly|around|at|least|just|only|up|to|and|a|an|the|million|billion|thousand|hundred|dozen)$/i;

/**
 * "more than 90" (the counted thing left to the clause) or "90 people" when people are asked:
 * not a count of something else ("1 percent", "two ferries") when the question names what it counts.
 */
function countsNothingElse(text: string, after: string, unit: string | null): boolean {
  if (!unit) return true;
  if (/%/.test(text)) return false;
  const own = words(text)
    .filter((w) => /\p{L}/u.test(w) && !COUNT_WORDS.test(w) && !(w.toLowerCase() in CARDINAL_WORDS))
    .every((w) => lemma(w) === unit);
  // The word after it: the asked unit, a small word or a participle ("90 were hurt", "90 injured").
  const next = /^[\s-]*(\p{L}+)/u.exec(after)?.[1];
  return own && (!next || lemma(next) === unit || isStopWord(next) || /ed$/i.test(next));
}

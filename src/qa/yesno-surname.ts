import type { ParsedArticle, Person } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';
import type { FocusTerm, ParsedQuestion } from './question.js';
import { findName, words } from './text.js';
import { type YesNo, yesNoAnswer } from './yesno.js';

/**
 * "Was Ada Kell charged?" in an article that writes "Ada Kell" once and then "Although Kell was not
 * charged, ...": news writing names a person in full at first mention and by the surname after, so
 * the sentence that settles the claim seldom holds the given name, and the given name, weighed as a
 * name, keeps it under the yes/no coverage bar. When nothing answers with the question read as
 * typed, the question is read again with each full name cut to the surname the article itself
 * uses for that person, only when no other person of the article carries that surname (the
 * "Clinton" of a Bill and a Hillary Clinton stands for neither). The answering sentence must then
 * write each of those surnames: a sentence that holds the
 * claim's words about other people ("A and B appeared on Sunday shows") says nothing of the asked one.
 */
export interface SurnameReading {
  question: ParsedQuestion;
  /** The surnames the full names were cut to: the answering sentence must write each. */
  names: string[];
}

export function withSurnamesOnly(q: ParsedQuestion, people: readonly Person[]): SurnameReading | null {
  const dropped = new Set<string>();
  const names: string[] = [];
  for (const name of q.names) {
    const parts = words(name);
    const surname = parts.at(-1);
    if (!surname || parts.length < 2) continue;
    const person = people.find((p) => p.name === name || p.aliases.includes(name));
    if (!person?.aliases.includes(surname)) continue;
    const sharing = people.filter((p) => words(p.name).at(-1) === surname);
    if (sharing.length !== 1) continue;
    for (const given of parts.slice(0, -1)) dropped.add(lemma(given));
    names.push(surname);
  }
  if (dropped.size === 0) return null;
  const focus = q.focus.filter((f) => !(f.name && dropped.has(f.lemma)));
  return focus.length === q.focus.length ? null : { question: { ...q, focus }, names };
}

/** The yes/no reply read with surnames only, from the sentences that write every cut surname. */
export function yesNoBySurname(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  rank: (focus: readonly FocusTerm[]) => ScoredSentence[],
): YesNo | null {
  const short = withSurnamesOnly(q, parsed.people);
  if (!short) return null;
  const naming = rank(short.question.focus).filter((r) =>
    short.names.every((name) => findName(parsed.sentences[r.index] ?? '', name) >= 0),
  );
  return yesNoAnswer(parsed, short.question, naming);
}
